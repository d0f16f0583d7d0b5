/**
 * The long image: pages one below the other, as on paper laid end to end, separated by a band of
 * light grey so a reader scrolling on a phone sees where a page ends.
 */
import type { Canvas } from './rasterize.js';

/** Grey band between two pages, as a fraction of the width (12 px at 1080). */
export const PAGE_GAP = 1 / 90;
export const GAP_COLOUR = '#e6e6e6';

export function stackPages(canvas: typeof import('@napi-rs/canvas'), pages: Canvas[]): Canvas {
  const width = Math.max(...pages.map((p) => p.width));
  const gap = Math.round(width * PAGE_GAP);
  const height = pages.reduce((h, p) => h + p.height, 0) + gap * (pages.length - 1);
  const out = canvas.createCanvas(width, height);
  const ctx = out.getContext('2d');
  ctx.fillStyle = GAP_COLOUR;
  ctx.fillRect(0, 0, width, height);
  let y = 0;
  for (const page of pages) {
    ctx.drawImage(page, 0, y);
    y += page.height + gap;
  }
  return out;
}
