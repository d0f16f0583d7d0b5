/**
 * Page geometry of GB/T 9704-2012 clause 5: A4, a 156 × 225 mm text block (版心) at 37 mm from the
 * top and 28 mm from the left, body text on a grid of 22 lines × 28 characters.
 */
import { ZIHAO, mmToPt } from './units.js';

export interface PageGeometry {
  /** Paper, mm. */
  pageWidth: number;
  pageHeight: number;
  /** Text block (版心), mm from the page's top-left corner. */
  blockLeft: number;
  blockTop: number;
  blockWidth: number;
  blockHeight: number;
  /** Grid: lines a page and characters a line. */
  linesPerPage: number;
  charsPerLine: number;
  /** Body type size, pt. */
  bodySize: number;
}

export const GBT9704: PageGeometry = {
  pageWidth: 210,
  pageHeight: 297,
  blockLeft: 28,
  blockTop: 37,
  blockWidth: 156,
  blockHeight: 225,
  linesPerPage: 22,
  charsPerLine: 28,
  bodySize: ZIHAO.三号,
};

/** Derived grid measures in points. */
export interface Grid {
  geometry: PageGeometry;
  /** Width of the block, pt. */
  measure: number;
  /** Distance between two body characters' origins, pt (156 mm / 28 ≈ 15.79 pt). */
  charPitch: number;
  /** Distance between two body baselines, pt (225 mm / 22 ≈ 28.99 pt). */
  linePitch: number;
  /** Body size, pt. */
  bodySize: number;
}

export function gridOf(g: PageGeometry = GBT9704): Grid {
  return {
    geometry: g,
    measure: mmToPt(g.blockWidth),
    charPitch: mmToPt(g.blockWidth) / g.charsPerLine,
    linePitch: mmToPt(g.blockHeight) / g.linesPerPage,
    bodySize: g.bodySize,
  };
}
