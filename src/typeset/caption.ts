/** Photo captions: 楷体, centred under their photo, broken to its width, lines CAPTION_LEADING em apart. */
import type { GlyphRun } from '../page/display.js';
import { mmToPt } from '../page/units.js';
import type { SourcePath } from '../compose/blocks.js';
import { normaliseSpaces, written } from './boxes.js';
import { setText } from './setter.js';
import type { TextStyle } from './style.js';

/** Distance between the baselines of a caption's lines, in ems of the caption's size. */
export const CAPTION_LEADING = 1.5;

/**
 * The caption's lines as runs, each centred on [x, x + width] mm; the first line's ideographic em
 * box starts `top` mm below the frame's top, the next lines CAPTION_LEADING em apart. `path`: where
 * the caption was written.
 */
export function captionLines(text: string, style: TextStyle, x: number, width: number, top: number, path: SourcePath = []): GlyphRun[][] {
  const measure = mmToPt(width);
  return setText(written(path, [{ text: normaliseSpaces(text), style }]), {
    kind: 'caption',
    x: mmToPt(x),
    width: measure,
    // Fewer than four characters a line would be unreadable: let a caption that narrow overhang.
    measure: Math.max(measure, 4 * style.pitch),
    // Centred lines are set at their natural width; a long caption's full lines fill the photo's width.
    align: 'center',
    baseline: mmToPt(top) + (style.face.ascender / style.face.unitsPerEm) * style.size,
    leading: CAPTION_LEADING * style.size,
  }).map((line) => line.runs);
}
