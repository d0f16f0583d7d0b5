/**
 * Photos embedded at the resolution print needs: a photo with more pixels than `resolution` pixels
 * per inch at its printed size (a 4000 × 3000 phone photo printed 11 cm wide has ~1300 dpi) is
 * resampled with sharp (libvips) to that resolution, so the PDF does not carry pixels no printer
 * shows. A photo within it is embedded as its file is, byte for byte (a JPEG is not recompressed).
 * A photo drawn at several sizes is resampled for the largest. When the resampled data would not
 * be smaller than the file (a photo only slightly over, saved at a lower quality), the file is kept.
 *
 * Resampled JPEGs are written at quality 90, PNGs stay PNG (lossless, alpha kept); EXIF orientation
 * is applied to the pixels (the layout measured the photo upright). The same file and size give the
 * same bytes: libvips' resampling and encoders are deterministic.
 */
import { statSync } from 'node:fs';
import type { ImageBox, LaidOutDocument } from '../page/display.js';

export const JPEG_QUALITY = 90;

/** The photo's data for pdfkit: its file (unchanged) or resampled bytes. */
export type PhotoSource = string | Buffer;

/** Pixels `mm` needs at `dpi`. */
const pixelsFor = (mm: number, dpi: number) => Math.ceil((mm / 25.4) * dpi);

/** What a photo becomes at `resolution`: null when it is within it and is embedded as it is. */
export function resampledSize(image: Pick<ImageBox, 'width' | 'height' | 'pixelWidth' | 'pixelHeight'>, resolution: number): { width: number; height: number } | null {
  const width = pixelsFor(image.width, resolution);
  if (image.pixelWidth <= width) return null;
  return { width, height: Math.max(1, Math.round((width * image.pixelHeight) / image.pixelWidth)) };
}

/** The source of every photo of `doc`, resampled where it exceeds `resolution` (null: none is). */
export async function preparePhotos(doc: LaidOutDocument, resolution: number | null): Promise<Map<string, PhotoSource>> {
  const largest = new Map<string, ImageBox>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.type !== 'image') continue;
      const seen = largest.get(item.file);
      if (!seen || item.width > seen.width) largest.set(item.file, item);
    }
  }
  const sources = new Map<string, PhotoSource>();
  for (const [file, image] of largest) {
    const size = resolution === null ? null : resampledSize(image, resolution);
    const bytes = size ? await resample(image, size) : null;
    sources.set(file, bytes && bytes.length < statSync(file).size ? bytes : file);
  }
  return sources;
}

async function resample(image: ImageBox, size: { width: number; height: number }): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const pipeline = sharp(image.file, { failOn: 'error' }).rotate().resize(size.width, size.height, { fit: 'fill', kernel: 'lanczos3' });
  return image.format === 'png' ? pipeline.png({ compressionLevel: 9 }).toBuffer() : pipeline.jpeg({ quality: JPEG_QUALITY, mozjpeg: false }).toBuffer();
}
