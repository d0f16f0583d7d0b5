/** Photo captions: 楷体, centred under their photo, broken to its width, lines CAPTION_LEADING em apart. */
import { BLACK, type GlyphRun } from '../page/display.js';
import { mmToPt } from '../page/units.js';
import { boxesOf, normaliseSpaces } from './boxes.js';
import { runsOf } from './frame.js';
import { breakLines } from './linebreak.js';
import type { TextStyle } from './style.js';

/** Distance between the baselines of a caption's lines, in ems of the caption's size. */
export const CAPTION_LEADING = 1.5;

/**
 * The caption's lines as runs, each centred on [x, x + width] mm; the first line's ideographic em
 * box starts `top` mm below the frame's top, the next lines CAPTION_LEADING em apart.
 */
export function captionLines(text: string, style: TextStyle, x: number, width: number, top: number): GlyphRun[][] {
  const boxes = boxesOf(normaliseSpaces(text), style);
  const measure = mmToPt(width);
  // Fewer than four characters a line would be unreadable: let a caption that narrow overhang.
  const lines = breakLines(boxes, { first: Math.max(measure, 4 * style.pitch), rest: Math.max(measure, 4 * style.pitch) });
  const baseline = mmToPt(top) + (style.face.ascender / style.face.unitsPerEm) * style.size;
  return lines.map((line, k) => {
    // Centred lines are set at their natural width; a long caption's full lines fill the photo's width.
    const x0 = mmToPt(x) + (measure - line.width) / 2;
    return runsOf(boxes, line, x0, baseline + k * CAPTION_LEADING * style.size, 'caption', BLACK);
  });
}
