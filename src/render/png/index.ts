/**
 * `--format png`: every page at the chosen resolution (`base-1.png`, `base-2.png`, …).
 * `--format long-png`: all pages stacked in one image (`base-long.png`) at a phone's width, the
 * common form for posting a bulletin on WeChat or an intranet. Both are drawn from our own PDF.
 */
import type { Renderer } from '../formats.js';
import { loadRasterizer, rasterize } from './rasterize.js';
import { stackPages } from './stack.js';

export const pngRenderer: Renderer = {
  format: 'png',
  async ready() {
    await loadRasterizer('png');
  },
  async render(source, base) {
    const pages = await rasterize(await source.pdf(), { pixelsPerPoint: source.settings.dpi / 72 }, 'png');
    return pages.map((page, i) => ({ file: `${base}-${i + 1}.png`, bytes: page.toBuffer('image/png') }));
  },
};

export const longPngRenderer: Renderer = {
  format: 'long-png',
  async ready() {
    await loadRasterizer('long-png');
  },
  async render(source, base) {
    const pages = await rasterize(await source.pdf(), { widthPx: source.settings.longWidth }, 'long-png');
    const { canvas } = await loadRasterizer('long-png');
    return [{ file: `${base}-long.png`, bytes: stackPages(canvas, pages).toBuffer('image/png') }];
  },
};
