/**
 * Photos in the PDF. pdfkit embeds JPEG data as it is (DCTDecode, no recompression); a PNG is
 * decoded and stored deflated, its alpha as a soft mask. Each photo is embedded once, however often
 * it is drawn. What is embedded — the file, or pixels resampled to the print resolution — is
 * decided before drawing (photo-resample.ts).
 */
import type { ImageBox } from '../page/display.js';
import { mmToPt } from '../page/units.js';
import type { PhotoSource } from './photo-resample.js';

export function drawImage(pdf: PDFKit.PDFDocument, image: ImageBox, source: PhotoSource = image.file): void {
  pdf.image(source as string, mmToPt(image.x), mmToPt(image.y), { width: mmToPt(image.width), height: mmToPt(image.height) });
}
