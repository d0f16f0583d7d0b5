/**
 * Our own PDF drawn to pixels by a real PDF reader (pdfjs-dist) on a canvas (@napi-rs/canvas), so a
 * picture shows exactly what prints: the same embedded fonts, positions and photos. Both packages
 * are optional peers: they are imported only here, and a missing one is named with what to install.
 */
import { RenderError } from '../formats.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type CanvasModule = typeof import('@napi-rs/canvas');
export type Canvas = import('@napi-rs/canvas').Canvas;

let loaded: Promise<{ pdfjs: Pdfjs; canvas: CanvasModule }> | undefined;

/** pdfjs-dist and @napi-rs/canvas, or a RenderError naming the missing ones. */
export function loadRasterizer(format = 'png'): Promise<{ pdfjs: Pdfjs; canvas: CanvasModule }> {
  return (loaded ??= (async () => {
    const missing: string[] = [];
    const canvas = await import('@napi-rs/canvas').catch(() => void missing.push('@napi-rs/canvas'));
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs').catch(() => void missing.push('pdfjs-dist'));
    if (!canvas || !pdfjs) {
      loaded = undefined;
      throw new RenderError('output-needs-packages', { packages: missing.join(' '), format });
    }
    return { pdfjs, canvas };
  })());
}

/**
 * Each page of `pdf` drawn at `pixelsPerPoint` (dpi / 72) on white, in page order. `widthPx` fixes
 * the pixel width instead (the height follows the page's proportions).
 */
export async function rasterize(pdf: Uint8Array, size: { pixelsPerPoint: number } | { widthPx: number }, format: string): Promise<Canvas[]> {
  const { pdfjs, canvas } = await loadRasterizer(format);
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: Canvas[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const unit = page.getViewport({ scale: 1 });
      const scale = 'widthPx' in size ? size.widthPx / unit.width : size.pixelsPerPoint;
      const viewport = page.getViewport({ scale });
      // Whole pixels covering the page, as pdftoppm counts them (595.28 pt at 72 dpi → 596).
      const target = canvas.createCanvas(Math.ceil(viewport.width - 1e-6), Math.ceil(viewport.height - 1e-6));
      const ctx = target.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, target.width, target.height);
      // @napi-rs/canvas stands in for the DOM canvas pdfjs is typed for.
      type RenderParameters = Parameters<typeof page.render>[0];
      await page.render({ canvas: target as unknown as RenderParameters['canvas'], canvasContext: ctx as unknown as RenderParameters['canvasContext'], viewport }).promise;
      page.cleanup();
      pages.push(target);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
