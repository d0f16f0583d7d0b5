/**
 * Photos of a contribution written beside the issue, in `photos/`, under names a person can read
 * and that stay the same on a second import: the contribution's file name and the photo's number
 * (漯河市科协-1.jpg). A file already there is never overwritten: the same bytes are reused, other
 * bytes get the next free name.
 */
import type { Localised } from '../diagnostics/messages.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { probePhoto } from '../compose/photo-file.js';
import type { PhotoBlock } from './blocks.js';

export type PhotoOutcome =
  | { ok: true; file: string; /** Relative to the issue file, as the YAML names it. */ ref: string; reused: boolean }
  | { ok: false; reason: Localised };

/** A file name's stem made safe for any file system, keeping Chinese and Latin letters and digits. */
export function stemOf(file: string): string {
  const stem = path.basename(file, path.extname(file)).normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/gu, '');
  return [...stem].slice(0, 40).join('') || 'photo';
}

/** Writes `bytes` to the first of name.ext, name-2.ext, ... that is free or already holds them. */
function writeOnce(folder: string, name: string, ext: string, bytes: Buffer): { file: string; reused: boolean } {
  for (let k = 1; ; k++) {
    const file = path.join(folder, `${name}${k === 1 ? '' : `-${k}`}.${ext}`);
    try {
      writeFileSync(file, bytes, { flag: 'wx' });
      return { file, reused: false };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let there: Buffer | undefined;
      try {
        there = readFileSync(file);
      } catch {
        there = undefined;
      }
      if (there?.equals(bytes)) return { file, reused: true };
    }
  }
}

/** The `index`th photo (1-based) of the contribution `source`, for the issue at `issueFile`. */
export function savePhoto(photo: PhotoBlock, index: number, source: string, issueFile: string): PhotoOutcome {
  const probe = probePhoto(photo.bytes);
  if ('error' in probe) return { ok: false, reason: probe.error };
  const folder = path.join(path.dirname(issueFile), 'photos');
  mkdirSync(folder, { recursive: true });
  const { file, reused } = writeOnce(folder, `${stemOf(source)}-${index}`, probe.format === 'jpeg' ? 'jpg' : 'png', photo.bytes);
  return { ok: true, file, ref: path.relative(path.dirname(issueFile), file).split(path.sep).join('/'), reused };
}
