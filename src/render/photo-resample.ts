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
 *
 * An archive draws the same photos in many issues: a process resamples a photo once for a given
 * size and keeps the result, keyed by the file's content (its sha256), never by its name or date,
 * so a photo changed between two issues is resampled again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
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
    sources.set(file, (size && (await smallerResampled(image, size))) ?? file);
  }
  return sources;
}

/** Resampled photos of this process by content and size; null: the file itself is smaller. */
const resampled = new Map<string, Buffer | null>();
let resampledBytes = 0;
/** What the memo may hold: an archive's photos, not every photo of a long watch session. */
const MEMO_LIMIT = 32 * 1024 * 1024;

/** The photo resampled to `size` when that is smaller than its file, else null (embed the file). */
async function smallerResampled(image: ImageBox, size: { width: number; height: number }): Promise<Buffer | null> {
  const file = readFileSync(image.file);
  const key = `${createHash('sha256').update(file).digest('hex')} ${size.width}x${size.height} ${image.format}`;
  const known = resampled.get(key);
  if (known !== undefined) return known;
  const bytes = await resample(file, image.format, size);
  const kept = bytes.length < file.length ? bytes : null;
  for (const [k, v] of resampled) {
    if (resampledBytes + (kept?.length ?? 0) <= MEMO_LIMIT) break;
    resampled.delete(k);
    resampledBytes -= v?.length ?? 0;
  }
  resampled.set(key, kept);
  resampledBytes += kept?.length ?? 0;
  return kept;
}

type Sharp = typeof import('sharp').default;
let sharpReady: Promise<Sharp> | undefined;

/**
 * sharp, loaded on first use. libvips' own cache of decoded images and operations is turned off:
 * the memo above keeps what is reused, and the cache only held memory. In an archive's worker
 * threads, one libvips thread per operation: the workers already keep every core busy, and each
 * libvips thread costs memory. (The output is the same with any number of threads.)
 */
function loadSharp(): Promise<Sharp> {
  return (sharpReady ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    if (!isMainThread) sharp.concurrency(1);
    return sharp;
  }));
}

async function resample(file: Buffer, format: ImageBox['format'], size: { width: number; height: number }): Promise<Buffer> {
  const sharp = await loadSharp();
  const pipeline = sharp(file, { failOn: 'error' }).rotate().resize(size.width, size.height, { fit: 'fill', kernel: 'lanczos3' });
  return format === 'png' ? pipeline.png({ compressionLevel: 9 }).toBuffer() : pipeline.jpeg({ quality: JPEG_QUALITY, mozjpeg: false }).toBuffer();
}
