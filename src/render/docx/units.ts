/**
 * The page of GB/T 9704 as Word describes it: twentieths of a point (twips) for the page and
 * margins, the document grid (docGrid linesAndChars: 22 lines of 28 characters), half-points for
 * type sizes, eighths of a point for borders.
 */
import { GBT9704 } from '../../page/geometry.js';
import { mmToPt } from '../../page/units.js';

export const twips = (mm: number) => Math.round(mmToPt(mm) * 20);
/** Word counts type sizes in half-points. */
export const halfPoints = (pt: number) => Math.round(pt * 2);
/** Border widths in eighths of a point. */
export const eighths = (mm: number) => Math.round(mmToPt(mm) * 8);

const g = GBT9704;
export const PAGE = {
  width: twips(g.pageWidth),
  height: twips(g.pageHeight),
  top: twips(g.blockTop),
  left: twips(g.blockLeft),
  right: twips(g.pageWidth - g.blockLeft - g.blockWidth),
  bottom: twips(g.pageHeight - g.blockTop - g.blockHeight),
};

/** Width of the text block, twips. */
export const BLOCK_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * Line pitch of the grid, twips, rounded down: Word fits floor(block height / pitch) lines, so
 * 579.8 rounded up to 580 would leave room for 21 lines only.
 */
export const LINE_PITCH = Math.floor((mmToPt(g.blockHeight) / g.linesPerPage) * 20);

/**
 * Character pitch as Word writes it: the difference from the Normal style's size, in 1/4096 pt,
 * rounded down so that 28 characters fit the block (156 mm / 28 = 15.793 pt = 16 pt − 848/4096).
 */
export const CHAR_SPACE = Math.floor((mmToPt(g.blockWidth) / g.charsPerLine - g.bodySize) * 4096);

/** The page number's top edge is 7 mm below the block; Word measures the footer from the paper's bottom edge. */
export const FOOTER_DISTANCE = twips(g.pageHeight - g.blockTop - g.blockHeight - 7 - 6.5);
