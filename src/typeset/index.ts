/**
 * Typeset: blocks become frames — the masthead, the flow of body rows, and the footer — each a
 * whole number of grid rows. Pure: faces come in already parsed (in the layout context); no PDF,
 * no I/O. Each kind of block is set by its entry in SETTERS, the one place a new kind is added here
 * (the type makes a kind without an entry fail to compile).
 */
import { msg } from '../diagnostics/messages.js';
import type { Block } from '../compose/blocks.js';
import { LayoutError } from './errors.js';
import { blankRow, type Frame } from './frame.js';
import type { LayoutContext } from './context.js';
import { typesetContents } from './contents.js';
import { typesetFooter } from './footer.js';
import { typesetHeading } from './heading.js';
import { typesetPhotos } from './image.js';
import { typesetMasthead } from './masthead.js';
import { typesetNote, typesetQuote, typesetSource } from './note.js';
import { typesetParagraph } from './paragraph.js';
import { typesetSubheading } from './subheading.js';
import { typesetTitle } from './title.js';

export { layoutContext, stylesFor, type LayoutContext, type Styles } from './context.js';

export interface TypesetDocument {
  masthead: Frame;
  flow: Frame[];
  footer?: Frame;
}

/** What a setter knows of the blocks before its own. */
interface Before {
  /** The kind of the block before, if any. */
  previous: Block['kind'] | undefined;
  /** Whether anything is in the flow yet. */
  flowStarted: boolean;
}

type Setter<K extends Block['kind']> = (block: Extract<Block, { kind: K }>, ctx: LayoutContext, before: Before) => Frame[];

/**
 * How each kind of block is set. The masthead and the 版记 come back as one frame of their role,
 * which typeset() takes out of the flow (the page breaker places them).
 */
export const SETTERS: { [K in Block['kind']]: Setter<K> } = {
  masthead: (b, { styles, grid }) => [typesetMasthead(b.masthead, { name: styles.mastheadName, line: styles.mastheadLine, marks: styles.marks }, grid, b.path)],
  heading: (b, { styles, grid }, before) => typesetHeading(b.text, styles.heading, grid, before.flowStarted ? 1 : 0, b.path),
  // Air in whole rows (GB/T 9704 §7.3.1–7.3.2): a blank row above the title (after a heading
  // too) and one between the title and its text.
  title: (b, { styles, grid }, { previous }) => [
    ...typesetTitle(b.text, styles.title, grid, { spaceBefore: previous === undefined || previous === 'masthead' ? 0 : 1, outlineLevel: 1, path: b.path, ...(b.lines ? { lines: b.lines } : {}) }),
    blankRow(),
  ],
  paragraph: (b, { styles, grid }) => typesetParagraph(b.text, styles.body, grid, styles.heading, b.path),
  footer: (b, { styles, grid }) => {
    const footer = typesetFooter(b.footer, styles.footer, grid, b.path);
    // Pinned to one page, a 版记 taller than the page would lose its first lines off the top.
    if (footer.rows > grid.geometry.linesPerPage) throw new LayoutError(msg('footer-too-long', { rows: footer.rows, max: grid.geometry.linesPerPage }), b.path);
    return [footer];
  },
  image: (b, { styles, grid, photos }) => [typesetPhotos(b, photos, styles.caption, grid)],
  note: (b, { styles, grid }) => typesetNote(b.label, b.text, styles, grid, b.path),
  quote: (b, { styles, grid }) => typesetQuote(b.text, styles, grid, b.path),
  source: (b, { styles, grid }) => typesetSource(b.text, styles, grid, b.path),
  subheading: (b, { styles, grid }) => typesetSubheading(b.text, b.level, styles, grid, b.path),
  contents: (b, { styles, grid }) => typesetContents(b.titles, styles, grid, b.titlePaths, b.path),
};

function setBlock<K extends Block['kind']>(block: Extract<Block, { kind: K }>, ctx: LayoutContext, before: Before): Frame[] {
  return (SETTERS[block.kind] as Setter<K>)(block, ctx, before);
}

export function typeset(blocks: Block[], ctx: LayoutContext): TypesetDocument {
  let masthead: Frame | undefined;
  let footer: Frame | undefined;
  const flow: Frame[] = [];
  const articles = articleNumbers();
  let previous: Block['kind'] | undefined;
  for (const block of blocks) {
    const article = articles(block.path);
    for (const frame of setBlock(block, ctx, { previous, flowStarted: flow.length > 0 })) {
      if (frame.role === 'masthead') masthead = frame;
      else if (frame.role === 'footer') footer = frame;
      else {
        if (article !== undefined) frame.article = article;
        flow.push(frame);
      }
    }
    previous = block.kind;
  }
  if (!masthead) throw new LayoutError(msg('masthead-missing'), ['masthead']);
  return { masthead, flow, ...(footer ? { footer } : {}) };
}

/** Numbers articles in issue order from a block's path (columns[c].articles[a]…); undefined outside one. */
function articleNumbers(): (path: (string | number)[]) => number | undefined {
  const seen = new Map<string, number>();
  return (path) => {
    if (path[0] !== 'columns' || path[2] !== 'articles') return undefined;
    const key = `${path[1]}/${path[3]}`;
    if (!seen.has(key)) seen.set(key, seen.size);
    return seen.get(key);
  };
}
