/**
 * The photos of an issue as files: their absolute paths (inputs of a build, for a cache to hash)
 * and their pixel sizes, read once before layout. A missing, unreadable or unsupported file is an
 * error at the image's value in the YAML; layout itself stays pure.
 */
import { msg, type Localised } from '../diagnostics/messages.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedIssue } from '../load/issue.js';
import { locate } from '../load/locate.js';
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

function readError(e: unknown, file: string): Localised {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return msg('photo-missing', { file });
  if (code === 'EISDIR') return msg('photo-folder', { file });
  if (code === 'EACCES') return msg('photo-permission', { file });
  return msg('photo-unreadable', { file, reason: String(code ?? e) });
}

/** Reads the header of every photo the issue names; all problems are reported at once. */
export function readPhotos(loaded: LoadedIssue): PhotoCatalog {
  const catalog = new Map<string, PhotoInfo>();
  const errors: Diagnostic[] = [];
  for (const ref of photosOf(loaded.issue)) {
    if (catalog.has(ref.file)) continue;
    const file = photoFile(loaded.file, ref.file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      errors.push(locate(loaded, ref.path, readError(e, ref.file), { hint: msg('hint-photo-looked', { path: file }) }));
      continue;
    }
    const probe = probePhoto(bytes);
    if ('error' in probe) errors.push(locate(loaded, ref.path, msg(probe.error.id, { ...probe.error.params, file: ref.file })));
    else catalog.set(ref.file, { ...probe, file });
  }
  if (errors.length) throw new DiagnosticError(errors);
  return catalog;
}
