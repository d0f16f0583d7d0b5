/**
 * Typeset: blocks become frames — the masthead, the flow of body rows, and the footer — each a
 * whole number of grid rows. Pure: faces come in already parsed; no PDF, no I/O.
 */
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
  };
}

export function typeset(blocks: Block[], fonts: FontSet, grid: Grid, settings: Settings = DEFAULT_SETTINGS): TypesetDocument {
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
        flow.push(...typesetHeading(block.text, styles.heading, grid, flow.length > 0 ? 1 : 0));
        break;
      case 'title':
        flow.push(...typesetTitle(block.text, styles.title, grid, { spaceBefore: previous === 'heading' ? 0 : 1, outlineLevel: 1, path: block.path }));
        break;
      case 'paragraph': {
        const frames = typesetParagraph(block.text, styles.body, grid);
        // A title or heading keeps at least two lines of its text with it.
        if (previous === 'title' || previous === 'heading') frames[0]!.keepWithNext = true;
        flow.push(...frames);
        break;
      }
      case 'footer':
        footer = typesetFooter(block.footer, styles.footer, grid);
        break;
    }
    previous = block.kind;
  }
  if (!masthead) throw new LayoutError('an issue needs a masthead', ['masthead']);
  return { masthead, flow, ...(footer ? { footer } : {}) };
}
