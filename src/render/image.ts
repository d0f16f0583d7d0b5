/**
 * Photos in the PDF. pdfkit embeds a JPEG file's bytes as they are (DCTDecode, no recompression);
 * a PNG is decoded and stored deflated, its alpha as a soft mask. Each file is embedded once, however
 * often it is drawn.
 */
import type { ImageBox } from '../page/display.js';
import { mmToPt } from '../page/units.js';

export function drawImage(pdf: PDFKit.PDFDocument, image: ImageBox): void {
  pdf.image(image.file, mmToPt(image.x), mmToPt(image.y), { width: mmToPt(image.width), height: mmToPt(image.height) });
}
