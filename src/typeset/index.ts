/**
 * Typeset: blocks become frames — the masthead, the flow of body rows, and the footer — each a
 * whole number of grid rows. Pure: faces come in already parsed; no PDF, no I/O.
 */
import { msg } from '../diagnostics/messages.js';
import { DEFAULT_SETTINGS, type Block, type Settings } from '../compose/blocks.js';
import type { FontSet } from '../fonts/fontset.js';
import type { Grid } from '../page/geometry.js';
import { ZIHAO } from '../page/units.js';
import type { Frame } from './frame.js';
import { typesetFooter } from './footer.js';
import { typesetHeading } from './heading.js';
import { NAME_MAX_PT, typesetMasthead } from './masthead.js';
import { typesetParagraph } from './paragraph.js';
import { styleOf, type TextStyle } from './style.js';
import { typesetTitle } from './title.js';
import { LayoutError } from './errors.js';
import type { PhotoCatalog } from '../compose/photos.js';
import { typesetContents } from './contents.js';
import { hasEmphasis, emphasisSpans } from './emphasis.js';
import { typesetPhotos } from './image.js';
import { typesetNote, typesetQuote, typesetSource } from './note.js';
import { typesetSubheading } from './subheading.js';
import { typesetText } from './textblock.js';
import { normaliseSpaces } from './boxes.js';

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
export function stylesFor(fonts: FontSet, grid: Grid, settings: Settings = DEFAULT_SETTINGS): Styles {
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
  let previous: Block['kind'] | undefined;
  for (const block of blocks) {
    switch (block.kind) {
      case 'masthead':
        masthead = typesetMasthead(block.masthead, { name: styles.mastheadName, line: styles.mastheadLine, marks: styles.marks }, grid);
        break;
      case 'heading':
        flow.push(...barrier(typesetHeading(block.text, styles.heading, grid, flow.length > 0 ? 1 : 0)));
        break;
      case 'title':
        flow.push(...barrier(typesetTitle(block.text, styles.title, grid, { spaceBefore: previous === 'heading' ? 0 : 1, outlineLevel: 1, path: block.path })));
        break;
      case 'paragraph': {
        const frames = hasEmphasis(block.text)
          ? typesetText(emphasisSpans(normaliseSpaces(block.text), styles.body, styles.heading), styles.body, grid, { kind: 'body', first: 2 })
          : typesetParagraph(block.text, styles.body, grid);
        // A title or heading keeps at least two lines of its text with it.
        if (previous === 'title' || previous === 'heading') frames[0]!.keepWithNext = true;
        flow.push(...frames);
        break;
      }
      case 'footer':
        footer = typesetFooter(block.footer, styles.footer, grid);
        break;
      default:
        // A source line stays on the page of the text it closes.
        if (block.kind === 'source' && flow.length) flow[flow.length - 1]!.keepWithNext = true;
        flow.push(...typesetContent(block, styles, grid, photos, previous));
    }
    previous = block.kind;
  }
  if (!masthead) throw new LayoutError(msg('masthead-missing'), ['masthead']);
  return { masthead, flow, ...(footer ? { footer } : {}) };
}

/** Frames a floating photo of the article before them does not move past. */
function barrier(frames: Frame[]): Frame[] {
  for (const f of frames) f.barrier = true;
  return frames;
}

/** The content kinds of issue 7: photos, notes, quotations, sources, sub-headings, 本期要目. */
function typesetContent(block: Extract<Block, { kind: 'image' | 'note' | 'source' | 'subheading' | 'quote' | 'contents' }>, styles: Styles, grid: Grid, photos: PhotoCatalog, previous: Block['kind'] | undefined) {
  const kai = { kai: styles.kai, strong: styles.heading };
  let frames;
  switch (block.kind) {
    case 'image':
      return [typesetPhotos(block, photos, styles.caption, grid)];
    case 'note':
      frames = typesetNote(block.label, block.text, kai, grid);
      break;
    case 'quote':
      frames = typesetQuote(block.text, kai, grid);
      break;
    case 'source':
      frames = typesetSource(block.text, kai, grid);
      break;
    case 'subheading':
      frames = typesetSubheading(block.text, block.level, { body: styles.body, ...kai }, grid);
      break;
    case 'contents':
      return typesetContents(block.titles, kai, grid);
  }
  // Like a paragraph: a title or heading keeps at least its first line with it.
  if (frames.length && (previous === 'title' || previous === 'heading')) frames[0]!.keepWithNext = true;
  return frames;
}
