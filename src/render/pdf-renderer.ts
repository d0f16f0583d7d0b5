/** The PDF as one renderer of the seam (formats.ts): the bytes pdf.ts draws from the display list. */
import type { Renderer } from './formats.js';

export const pdfRenderer: Renderer = {
  format: 'pdf',
  async render(source, base) {
    return [{ file: `${base}.pdf`, bytes: await source.pdf() }];
  },
};
