/** How a kind of text is set: which face, what size, on what character pitch. */
import type { FontRole } from '../model/issue.js';
import type { Face } from '../fonts/face.js';
import { DEFAULT_SETTINGS } from '../compose/blocks.js';
import type { CoverageSink } from './coverage.js';

export interface TextStyle {
  font: FontRole;
  face: Face;
  /** Type size, pt. */
  size: number;
  /** Advance of one full-width character, pt: the grid's 15.79 pt for body text, else the size. */
  pitch: number;
  /** Space between Han characters and Latin letters or digits, pt (0 turns it off). */
  autospace: number;
  /**
   * Baseline offset, pt (positive: lower), of a fallback face whose ideographic em box sits
   * differently from the primary face's, so both boxes align on the line.
   */
  baselineShift?: number;
  /** Set in one of the role's fallback faces (a character its primary face lacks). */
  fallback?: boolean;
  /** Where characters of written text this style's faces cannot set are reported (coverage.ts). */
  coverage?: CoverageSink;
}

/** `autospaceEm`: the Han–Latin space in ems, by default the issue setting's default (a quarter em). */
export function styleOf(face: Face, font: FontRole, size: number, pitch = size, autospaceEm = DEFAULT_SETTINGS.hanLatinSpace): TextStyle {
  return { font, face, size, pitch, autospace: size * autospaceEm };
}
