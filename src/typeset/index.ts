/**
 * Typeset: blocks become frames — the masthead, the flow of body rows, and the footer — each a
 * whole number of grid rows. Pure: faces come in already parsed; no PDF, no I/O.
 */
import { msg } from '../diagnostics/messages.js';
import { DEFAULT_SETTINGS, type Block, type Settings } from '../compose/blocks.js';
import type { FontSet } from '../fonts/fontset.js';
import type { Grid } from '../page/geometry.js';
import { ZIHAO } from '../page/units.js';
import { blankRow, type Frame } from './frame.js';
import { typesetFooter } from './footer.js';
import { typesetHeading } from './heading.js';
import { NAME_MAX_PT, typesetMasthead } from './masthead.js';
import { typesetParagraph } from './paragraph.js';
import { styleOf, type TextStyle } from './style.js';
import { typesetTitle } from './title.js';
import { LayoutError } from './errors.js';
import type { PhotoCatalog } from '../compose/photos.js';
import { typesetContents } from './contents.js';
import { typesetPhotos } from './image.js';
import { typesetNote, typesetQuote, typesetSource } from './note.js';
import { typesetSubheading } from './subheading.js';

export interface TypesetDocument {
  masthead: Frame;
  flow: Frame[];
  footer?: Frame;
}

export interface Styles {
  body: TextStyle;
  heading: TextStyle;
  title: TextStyle;
  footer: TextStyle;
  mastheadName: TextStyle;
  mastheadLine: TextStyle;
  marks: TextStyle;
  /** 楷体 on the body grid: notes, quotations, sources, 本期要目. */
  kai: TextStyle;
  /** Photo captions: 4号 楷体. */
  caption: TextStyle;
}

/** The standard's sizes: body and headings 3号 on the grid pitch, titles 2号, footer 4号. */
export function stylesFor(fonts: FontSet, grid: Grid, settings: Pick<Settings, 'hanLatinSpace'> = DEFAULT_SETTINGS): Styles {
  const space = settings.hanLatinSpace;
  return {
    body: styleOf(fonts.body, 'body', grid.bodySize, grid.charPitch, space),
    heading: styleOf(fonts.heading, 'heading', grid.bodySize, grid.charPitch, space),
    title: styleOf(fonts.title, 'title', ZIHAO.二号, ZIHAO.二号, space),
    footer: styleOf(fonts.footer, 'footer', ZIHAO.四号, ZIHAO.四号, space),
    mastheadName: styleOf(fonts.masthead, 'masthead', NAME_MAX_PT, NAME_MAX_PT, space),
    mastheadLine: styleOf(fonts.body, 'body', ZIHAO.三号, ZIHAO.三号, space),
    marks: styleOf(fonts.heading, 'heading', ZIHAO.三号, ZIHAO.三号, space),
    kai: styleOf(fonts.kai, 'kai', grid.bodySize, grid.charPitch, space),
    caption: styleOf(fonts.kai, 'kai', ZIHAO.四号, ZIHAO.四号, space),
  };
}

export function typeset(
  blocks: Block[],
  fonts: FontSet,
  grid: Grid,
  settings: Settings = DEFAULT_SETTINGS,
  photos: PhotoCatalog = new Map(),
): TypesetDocument {
  const styles = stylesFor(fonts, grid, settings);
  let masthead: Frame | undefined;
  let footer: Frame | undefined;
  const flow: Frame[] = [];
  const articles = articleNumbers();
  let previous: Block['kind'] | undefined;
  for (const block of blocks) {
    const article = articles(block.path);
    let frames: Frame[] = [];
    switch (block.kind) {
      case 'masthead':
        masthead = typesetMasthead(block.masthead, { name: styles.mastheadName, line: styles.mastheadLine, marks: styles.marks }, grid);
        break;
      case 'heading':
        frames = typesetHeading(block.text, styles.heading, grid, flow.length > 0 ? 1 : 0);
        break;
      case 'title':
        // Air in whole rows (GB/T 9704 §7.3.1–7.3.2): a blank row above the title (after a heading
        // too) and one between the title and its text.
        frames = typesetTitle(block.text, styles.title, grid, { spaceBefore: previous === undefined || previous === 'masthead' ? 0 : 1, outlineLevel: 1, path: block.path, ...(block.lines ? { lines: block.lines } : {}) });
        frames.push(blankRow());
        break;
      case 'paragraph':
        frames = typesetParagraph(block.text, styles.body, grid, styles.heading);
        break;
      case 'footer':
        footer = typesetFooter(block.footer, styles.footer, grid);
        // Pinned to one page, a 版记 taller than the page would lose its first lines off the top.
        if (footer.rows > grid.geometry.linesPerPage) throw new LayoutError(msg('footer-too-long', { rows: footer.rows, max: grid.geometry.linesPerPage }), block.path);
        break;
      default:
        frames = typesetContent(block, styles, grid, photos);
    }
    if (article !== undefined) for (const f of frames) f.article = article;
    flow.push(...frames);
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

/** The content kinds of issue 7: photos, notes, quotations, sources, sub-headings, 本期要目. */
function typesetContent(block: Extract<Block, { kind: 'image' | 'note' | 'source' | 'subheading' | 'quote' | 'contents' }>, styles: Styles, grid: Grid, photos: PhotoCatalog): Frame[] {
  const kai = { kai: styles.kai, strong: styles.heading };
  switch (block.kind) {
    case 'image':
      return [typesetPhotos(block, photos, styles.caption, grid)];
    case 'note':
      return typesetNote(block.label, block.text, kai, grid);
    case 'quote':
      return typesetQuote(block.text, kai, grid);
    case 'source':
      return typesetSource(block.text, kai, grid);
    case 'subheading':
      return typesetSubheading(block.text, block.level, { body: styles.body, ...kai }, grid);
    case 'contents':
      return typesetContents(block.titles, kai, grid);
  }
}
