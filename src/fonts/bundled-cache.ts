/**
 * The metrics-cache entries of the bundled fonts, made by `npm run build` (scripts/bundle.mjs) into
 * dist/face-cache/, so that no build — not the first after installing, nor a test with an empty
 * cache folder — parses a bundled font. Entries still matching their font are kept.
 */
import { closeSync, openSync } from 'node:fs';
import { BUNDLED_FONTS, LAST_RESORT } from './bundled.js';
import { hasBundledEntry, identityOf, storeBundledEntry } from './face-cache.js';
import { measureFile } from './face.js';

/** Makes the missing or outdated entries; returns the faces measured. */
export function makeBundledFaceCaches(): string[] {
  const specs = new Map([...Object.values(BUNDLED_FONTS), ...Object.values(LAST_RESORT)].map((s) => [`${s.file}#${s.postscriptName ?? ''}`, s]));
  const made: string[] = [];
  for (const spec of specs.values()) {
    const fd = openSync(spec.file, 'r');
    try {
      if (hasBundledEntry(spec.file, spec.postscriptName ?? '', identityOf(fd))) continue;
      const { metrics, identity } = measureFile(spec.file, spec.postscriptName, fd);
      storeBundledEntry(spec.file, spec.postscriptName ?? '', identity, metrics);
      made.push(`${spec.file}#${spec.postscriptName ?? ''}`);
    } finally {
      closeSync(fd);
    }
  }
  return made;
}
