/**
 * The photos of an issue as files: their absolute paths (inputs of a build, for a cache to hash)
 * and their pixel sizes, read once before layout. A missing, unreadable, damaged or unsupported
 * file, a pipe or a device, a file over the size limit or a photo of more pixels than the limit
 * is an error at the image's value in the YAML — in `check` too; layout itself stays pure.
 */
import path from 'node:path';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { msg, type Localised, type MessageId, type Params } from '../diagnostics/messages.js';
import { LIMITS, readRegular, shownSize } from '../files/read.js';
import type { LoadedIssue } from '../load/issue.js';
import { locate } from '../load/locate.js';
import { checkPhotoBytes, DEFAULT_MAX_MEGAPIXELS } from '../photos/check.js';
import { photosOf } from './content.js';
import { probePhoto, type PhotoFormat } from './photo-file.js';

export interface PhotoInfo extends PhotoFormat {
  /** Absolute path of the file. */
  file: string;
}

/** Photos by the path written in the issue. */
export type PhotoCatalog = ReadonlyMap<string, PhotoInfo>;

/** Where a photo named `written` in the issue file `issueFile` is. */
export function photoFile(issueFile: string, written: string): string {
  return path.resolve(path.dirname(issueFile), written);
}

/** The image files an issue uses (absolute, each once, in order of appearance): inputs of its build. */
export function imageFiles(loaded: LoadedIssue): string[] {
  return [...new Set(photosOf(loaded.issue).map((p) => photoFile(loaded.file, p.file)))];
}

/** A catalogue message at the value at `at` of the issue. */
const at = (loaded: LoadedIssue, where: (string | number)[], id: MessageId, params: Params, hint?: Localised): Diagnostic =>
  locate(loaded, where, msg(id, params), hint ? { hint } : {});

/** Reads and checks every photo the issue names; all problems are reported at once. */
export function readPhotos(loaded: LoadedIssue): PhotoCatalog {
  const catalog = new Map<string, PhotoInfo>();
  const errors: Diagnostic[] = [];
  const maxMegapixels = loaded.issue.photos?.maxMegapixels ?? DEFAULT_MAX_MEGAPIXELS;
  const failed = new Set<string>();
  for (const ref of photosOf(loaded.issue)) {
    if (catalog.has(ref.file) || failed.has(ref.file)) continue;
    failed.add(ref.file); // until it passes: each problem is reported once, at its first use
    const file = photoFile(loaded.file, ref.file);
    const read = readRegular(file, LIMITS.photo);
    if ('failure' in read) {
      const why = read.failure;
      if (why.reason === 'too-large') errors.push(at(loaded, ref.path, 'photo-too-large', { file: ref.file, size: shownSize(why.size), limit: shownSize(why.limit) }));
      else if (why.reason === 'missing') errors.push(at(loaded, ref.path, 'photo-unreadable', { file: ref.file, reason: why.reason }, msg('hint-photo-looked', { path: file })));
      else errors.push(at(loaded, ref.path, 'photo-unreadable', { file: ref.file, reason: 'code' in why ? why.code : why.reason }));
      continue;
    }
    const probe = probePhoto(read.bytes);
    if ('error' in probe) {
      errors.push(at(loaded, ref.path, probe.error.id, { ...probe.error.params, file: ref.file }));
      continue;
    }
    const problem = checkPhotoBytes(read.bytes, probe.format, maxMegapixels * 1e6);
    if (problem && 'pixels' in problem) {
      const { width, height } = problem.pixels;
      errors.push(at(loaded, ref.path, 'photo-too-many-pixels', { file: ref.file, width, height, megapixels: ((width * height) / 1e6).toFixed(1), limit: maxMegapixels }, msg('hint-photo-pixels')));
    } else if (problem) {
      errors.push(at(loaded, ref.path, 'photo-damaged', { file: ref.file, detail: problem.damage }, msg('hint-photo-resave')));
    } else {
      failed.delete(ref.file);
      catalog.set(ref.file, { ...probe, file });
    }
  }
  if (errors.length) throw new DiagnosticError(errors);
  return catalog;
}
