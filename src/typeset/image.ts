/**
 * Photos: one, or two or three side by side at one height, each with its caption below. A photo
 * block is one frame, never split: photos and captions with air above and below round up to whole
 * grid rows, so the text after it stays on the grid. It never overflows the block: too wide is
 * narrowed to the block, too tall for a page is scaled down to fit one. Unless fixed, the frame
 * floats within its article (paginate/floats.ts).
 */
import { msg } from '../diagnostics/messages.js';
import type { ContentBlock, PhotoRef } from '../compose/content.js';
import type { PhotoCatalog, PhotoInfo } from '../compose/photos.js';
import type { Width } from '../model/content.js';
import type { DisplayItem, GlyphRun, ImageBox } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { ptToMm } from '../page/units.js';
import { CAPTION_LEADING, captionLines } from './caption.js';
import { LayoutError } from './errors.js';
import type { Frame } from './frame.js';
import type { TextStyle } from './style.js';

/**
 * Air at least between a photo block and the rows of text above and below it, mm: with the text's
 * own inset in its row (2.3 mm) more than the 4.6 mm between two body lines, so a caption never
 * reads as part of the paragraph below it.
 */
export const PHOTO_AIR_MM = 4;
/** Between a photo's lower edge and its caption's first line (its ideographic em box), mm. */
export const CAPTION_GAP_MM = 2;
/** Default width: a single photo 0.75 of the block, a row the whole block. */
export const DEFAULT_WIDTH = { single: 0.75, row: 1 } as const;
/**
 * To fit what is left of a page, a photo block may be set narrower: down to MIN_SCALE of its width
 * as written, but never below MIN_BLOCK_SHARE of the block (a block written narrower than that is
 * never narrowed).
 */
export const MIN_SCALE = 0.75;
export const MIN_BLOCK_SHARE = 0.5;

type ImageBlock = Extract<ContentBlock, { kind: 'image' }>;

/** A width as written, in mm, never more than the block. */
export function widthMm(width: Width | undefined, photos: number, blockWidth: number): number {
  const w = width ?? (photos === 1 ? DEFAULT_WIDTH.single : DEFAULT_WIDTH.row);
  const mm = typeof w === 'number' ? w * blockWidth : Number.parseFloat(w);
  return Math.min(mm, blockWidth);
}

function infoOf(ref: PhotoRef, photos: PhotoCatalog): PhotoInfo {
  const info = photos.get(ref.file);
  if (!info) throw new LayoutError(msg('photo-not-read', { file: ref.file }), ref.path);
  return info;
}

/**
 * A photo block is one frame of whole grid rows: the photos, then their captions. What the rows
 * leave over is shared equally above the photos and below the captions, so the air is the same on
 * both sides (at least PHOTO_AIR_MM); at a page top (`atPageTop`) the photos start on the block's
 * top edge. When it does not fit, the page breaker may take one of `smaller`, the same block
 * narrowed a row at a time down to its minimum width (paginate/floats.ts).
 */
export function typesetPhotos(block: ImageBlock, photos: PhotoCatalog, caption: TextStyle, grid: Grid): Frame {
  const g = grid.geometry;
  const rowMm = ptToMm(grid.linePitch);
  const gap = ptToMm(grid.charPitch); // one character between photos of a row
  const infos = block.photos.map((p) => infoOf(p, photos));
  const aspects = infos.map((i) => i.width / i.height);
  const sumAspect = aspects.reduce((a, b) => a + b, 0);
  const gaps = gap * (infos.length - 1);
  const heightFor = (width: number) => (width - gaps) / sumAspect;
  const layout = (height: number, atTop: boolean) => layoutPhotos(block, infos, aspects.map((a) => a * height), gap, caption, grid, atTop);
  // One height for the row: the widths add up to the width asked for.
  const written = widthMm(block.width, infos.length, g.blockWidth);
  let height = heightFor(written);
  // Too tall for a page with its captions: scale down (narrower captions may need more rows).
  for (let tries = 0; tries < 4; tries++) {
    const fit = layout(height, false);
    if (fit.rows <= g.linesPerPage) break;
    height = Math.max(1, height - ((fit.rows - g.linesPerPage) * rowMm) - 1e-6);
  }
  const full = layout(height, false);
  if (full.rows > g.linesPerPage) {
    // Captions do not shrink with the photo: one too long for a page would run off it, silently.
    const longest = block.photos.reduce((a, b) => ((b.caption?.length ?? 0) > (a.caption?.length ?? 0) ? b : a));
    throw new LayoutError(msg('photo-too-tall', { rows: full.rows, max: g.linesPerPage }), [...longest.path.slice(0, -1), 'caption']);
  }
  const float = !block.fixed;
  const minWidth = Math.min(written, Math.max(MIN_SCALE * written, MIN_BLOCK_SHARE * g.blockWidth));
  const frame = (l: { rows: number; items: DisplayItem[] }): Frame => ({ rows: l.rows, items: l.items, role: 'photo', float });
  /** The tallest photos (not below the minimum width) whose block takes at most `rows` rows. */
  const tallestIn = (rows: number, atTop: boolean) => {
    let h = Math.min(height, rows * rowMm - (atTop ? 1 : 2) * PHOTO_AIR_MM - (full.content - height));
    let l = h > 0 ? layout(h, atTop) : undefined;
    while (l && l.rows > rows && h > 1) l = layout((h -= 0.5), atTop); // narrower captions may wrap more
    return l && l.rows <= rows && h * sumAspect + gaps >= minWidth - 1e-6 ? l : undefined;
  };
  const smaller: Frame[] = [];
  for (let rows = full.rows - 1; rows > 0; rows--) {
    const l = tallestIn(rows, false);
    if (!l) break;
    smaller.push(frame(l));
  }
  // At a page top all the spare falls below the caption: when it is half a row or more, the photos
  // are set smaller by less than half a row (not below the minimum) to save the row.
  let top = layout(height, true);
  if (top.rows * rowMm - top.content - PHOTO_AIR_MM >= rowMm / 2) top = tallestIn(top.rows - 1, true) ?? top;
  return { ...frame(full), ...(smaller.length ? { smaller } : {}), atPageTop: frame(top) };
}

/** The photos at these widths and their captions, centred in the block, in whole rows. */
function layoutPhotos(block: ImageBlock, infos: PhotoInfo[], widths: number[], gap: number, style: TextStyle, grid: Grid, atTop: boolean) {
  const g = grid.geometry;
  const rowMm = ptToMm(grid.linePitch);
  const height = widths[0]! / (infos[0]!.width / infos[0]!.height);
  const total = widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  const left = g.blockLeft + (g.blockWidth - total) / 2;
  const captions = layoutCaptions(block.photos, widths, gap, style, grid, left);
  const em = ptToMm(style.size);
  const captionHeight = captions.lines ? CAPTION_GAP_MM + (captions.lines - 1) * ptToMm(CAPTION_LEADING * style.size) + em : 0;
  const content = height + captionHeight;
  const rows = Math.ceil((content + (atTop ? 1 : 2) * PHOTO_AIR_MM) / rowMm - 1e-9);
  const top = atTop ? 0 : (rows * rowMm - content) / 2;
  const items: DisplayItem[] = [];
  let x = left;
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
  const captionTop = top + height + CAPTION_GAP_MM;
  items.push(...captions.runs.map((r) => ({ ...r, y: r.y + captionTop })));
  return { rows, items, content };
}

/** A single photo's caption may run wider than a narrow photo, up to this share of the block. */
export const SINGLE_CAPTION_MIN = 0.6;

/**
 * Each photo's caption under it, its first line's em box at 0; `lines` is the most lines a caption
 * takes. A row's captions keep to their photo's width; a single photo's caption may use
 * SINGLE_CAPTION_MIN of the block.
 */
function layoutCaptions(refs: PhotoRef[], widths: number[], gap: number, style: TextStyle, grid: Grid, left: number) {
  let lines = 0;
  const runs: GlyphRun[] = [];
  let x = left;
  const block = grid.geometry.blockWidth;
  refs.forEach((ref, i) => {
    if (ref.caption) {
      const w = widths[i]!;
      const measure = refs.length === 1 ? Math.min(block, Math.max(w, SINGLE_CAPTION_MIN * block)) : w;
      const set = captionLines(ref.caption, style, x + (w - measure) / 2, measure, 0, [...ref.path.slice(0, -1), 'caption']);
      lines = Math.max(lines, set.length);
      runs.push(...set.flat());
    }
    x += widths[i]! + gap;
  });
  return { lines, runs };
}
