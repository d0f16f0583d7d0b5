/**
 * Photos: one, or two or three side by side at one height, each with its caption below. A photo
 * block is one frame, never split: the photos' height (with a little air above and below) rounds up
 * to whole grid rows, and each caption line takes one row, so the text after it stays on the grid.
 * It never overflows the block: too wide is narrowed to the block, too tall for a page is scaled
 * down to fit one. Unless fixed, the frame floats (see paginate).
 */
import { msg } from '../diagnostics/messages.js';
import type { ContentBlock, PhotoRef } from '../compose/content.js';
import type { PhotoCatalog, PhotoInfo } from '../compose/photos.js';
import type { Width } from '../model/content.js';
import type { DisplayItem, ImageBox } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { ptToMm } from '../page/units.js';
import { captionLines } from './caption.js';
import { LayoutError } from './errors.js';
import type { Frame } from './frame.js';
import type { TextStyle } from './style.js';

/** Air at least between a photo and the text above or below it, mm; and above its caption. */
export const PHOTO_AIR_MM = 2.5;
export const CAPTION_AIR_MM = 1;
/** Default width: a single photo 0.75 of the block, a row the whole block. */
export const DEFAULT_WIDTH = { single: 0.75, row: 1 } as const;

type ImageBlock = Extract<ContentBlock, { kind: 'image' }>;

/** A width as written, in mm, never more than the block. */
export function widthMm(width: Width | undefined, photos: number, blockWidth: number): number {
  const w = width ?? (photos === 1 ? DEFAULT_WIDTH.single : DEFAULT_WIDTH.row);
  const mm = typeof w === 'number' ? w * blockWidth : Number.parseFloat(w);
  return Math.min(mm, blockWidth);
}

/** Air a photo block needs in its photo rows: above, and below (less when a caption follows). */
const air = (captionRows: number) => PHOTO_AIR_MM + (captionRows ? CAPTION_AIR_MM : PHOTO_AIR_MM);

function infoOf(ref: PhotoRef, photos: PhotoCatalog): PhotoInfo {
  const info = photos.get(ref.file);
  if (!info) throw new LayoutError(msg('photo-not-read', { file: ref.file }), ref.path);
  return info;
}

export function typesetPhotos(block: ImageBlock, photos: PhotoCatalog, caption: TextStyle, grid: Grid): Frame {
  const g = grid.geometry;
  const rowMm = ptToMm(grid.linePitch);
  const gap = ptToMm(grid.charPitch); // one character between photos of a row
  const infos = block.photos.map((p) => infoOf(p, photos));
  const aspects = infos.map((i) => i.width / i.height);
  const sumAspect = aspects.reduce((a, b) => a + b, 0);
  const gaps = gap * (infos.length - 1);
  // One height for the row: the widths add up to the width asked for.
  let height = (widthMm(block.width, infos.length, g.blockWidth) - gaps) / sumAspect;
  let captions = layoutCaptions(block.photos, aspects.map((a) => a * height), gap, caption, grid, 0);
  // Too tall for a page with its captions: scale down (narrower captions may need more rows).
  for (let tries = 0; tries < 4; tries++) {
    const maxHeight = (g.linesPerPage - captions.rows) * rowMm - air(captions.rows);
    if (height <= maxHeight + 1e-9) break;
    height = maxHeight;
    captions = layoutCaptions(block.photos, aspects.map((a) => a * height), gap, caption, grid, 0);
  }
  const photoRows = Math.ceil((height + air(captions.rows)) / rowMm - 1e-9);
  const widths = aspects.map((a) => a * height);
  const total = widths.reduce((a, b) => a + b, 0) + gaps;
  // What the rows leave over goes above a captioned photo (it stays close to its caption), else is shared.
  const slack = photoRows * rowMm - height - air(captions.rows);
  const top = PHOTO_AIR_MM + (captions.rows ? slack : slack / 2);
  const items: DisplayItem[] = [];
  let x = g.blockLeft + (g.blockWidth - total) / 2;
  infos.forEach((info, i) => {
    const width = widths[i]!;
    const box: ImageBox = {
      type: 'image',
      x,
      y: top,
      width,
      height,
      file: info.file,
      format: info.format,
      pixelWidth: info.width,
      pixelHeight: info.height,
      dpi: info.width / (width / 25.4),
      path: block.photos[i]!.path,
    };
    items.push(box);
    x += width + gap;
  });
  items.push(...layoutCaptions(block.photos, widths, gap, caption, grid, photoRows, g.blockLeft + (g.blockWidth - total) / 2).runs);
  return { rows: photoRows + captions.rows, items, keepWithNext: false, float: !block.fixed };
}

/** A single photo's caption may run wider than a narrow photo, up to this share of the block. */
export const SINGLE_CAPTION_MIN = 0.6;

/**
 * Each photo's caption under it; `rows` is the tallest caption's line count. A row's captions keep
 * to their photo's width; a single photo's caption may use SINGLE_CAPTION_MIN of the block.
 */
function layoutCaptions(refs: PhotoRef[], widths: number[], gap: number, style: TextStyle, grid: Grid, row: number, left = 0) {
  let rows = 0;
  const runs: DisplayItem[] = [];
  let x = left;
  const block = grid.geometry.blockWidth;
  refs.forEach((ref, i) => {
    if (ref.caption) {
      const w = widths[i]!;
      const measure = refs.length === 1 ? Math.min(block, Math.max(w, SINGLE_CAPTION_MIN * block)) : w;
      const lines = captionLines(ref.caption, style, grid, x + (w - measure) / 2, measure, row);
      rows = Math.max(rows, lines.length);
      runs.push(...lines.flat());
    }
    x += widths[i]! + gap;
  });
  return { rows, runs };
}
