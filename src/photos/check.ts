/**
 * The photo check, a step of its own before layout (and before any resampling): the whole file's
 * structure and its declared pixel count, for the formats the PDF can carry.
 */
import { checkJpeg } from './jpeg.js';
import { checkPng } from './png.js';
import type { PhotoProblem } from './problems.js';

export { DEFAULT_MAX_MEGAPIXELS, type PhotoProblem } from './problems.js';

/** Null when the file is whole and within `maxPixels`; the format itself was recognised by probePhoto. */
export function checkPhotoBytes(bytes: Buffer, format: 'jpeg' | 'png', maxPixels: number): PhotoProblem | null {
  return format === 'png' ? checkPng(bytes, maxPixels) : checkJpeg(bytes, maxPixels);
}
