/**
 * Frames: the pieces the flow is cut into. A frame is a whole number of grid rows tall and holds
 * display items placed relative to its top (x is already absolute on the page).
 */
import type { DisplayItem } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import type { TextStyle } from './style.js';

/**
 * What a frame is, for the page breaker (src/paginate/keeps.ts decides from it which frames keep
 * together): a column heading, an article title, a line of a paragraph-like text (body, note,
 * quotation), a sub-heading, a source line, a photo block, a blank row, an entry of 本期要目.
 */
export type FrameRole = 'heading' | 'title' | 'text' | 'subheading' | 'source' | 'photo' | 'blank' | 'contents' | 'masthead' | 'footer';

export interface Frame {
  rows: number;
  items: DisplayItem[];
  role: FrameRole;
  /** A line of a block of text: its index and the block's number of lines (widows and orphans). */
  line?: { index: number; count: number };
  /** The article (numbered in issue order) the frame belongs to; headings and 本期要目 belong to none. */
  article?: number;
  /** An entry for the PDF outline (bookmarks). */
  outline?: { title: string; level: number };
  /** A photo that may move to the top of the next page, text of its article after it filling the gap. */
  float?: boolean;
  /**
   * The same photo block set smaller, largest first, for a page with less room; and set to start at
   * the block's top edge (no air above) for a page top. Each is a whole frame of its own.
   */
  smaller?: Frame[];
  atPageTop?: Frame;
}

/** A blank grid row: air above a heading or title, below a title; it disappears at a page top. */
export const blankRow = (): Frame => ({ rows: 1, items: [], role: 'blank' });

/**
 * The baseline of text of `size` pt centred on a grid row: its ideographic em box sits in the
 * middle of the row, pt below the row's top.
 */
export function baselineInRow(grid: Grid, style: TextStyle, rows = 1): number {
  const { face, size } = style;
  const ascent = (face.ascender / face.unitsPerEm) * size;
  return (grid.linePitch * rows - size) / 2 + ascent;
}
