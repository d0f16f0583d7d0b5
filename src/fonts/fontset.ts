/** The faces a document is set in, one per role, each with its fallback chain. */
import { FONT_ROLES, type FontRole } from '../model/issue.js';
import { BUNDLED_FONTS, type FontSpec } from './bundled.js';
import { openFace, type Face } from './face.js';
import type { FontResolution } from './resolve.js';

export type FontSet = Record<FontRole, Face>;

/** Opens the face of each role (parsed once per process, shared between documents). */
export function openFontSet(specs: Partial<Record<FontRole, FontSpec>> = {}): FontSet {
  const set = {} as FontSet;
  for (const role of FONT_ROLES) {
    const spec = specs[role] ?? BUNDLED_FONTS[role];
    set[role] = openFace(spec.file, spec.postscriptName);
  }
  return set;
}

/**
 * A role's primary face together with its fallbacks. It measures and draws as the primary face (same
 * key, same embedded font); the layout asks `fallbacks` for characters the primary lacks.
 */
class ChainedFace implements Face {
  constructor(
    private readonly primary: Face,
    readonly fallbacks: readonly Face[],
  ) {}
  get key() { return this.primary.key; }
  get file() { return this.primary.file; }
  get postscriptName() { return this.primary.postscriptName; }
  get familyName() { return this.primary.familyName; }
  get unitsPerEm() { return this.primary.unitsPerEm; }
  get ascender() { return this.primary.ascender; }
  get descender() { return this.primary.descender; }
  get font() { return this.primary.font; }
  has(cp: number) { return this.primary.has(cp); }
  advance(cp: number) { return this.primary.advance(cp); }
  ink(cp: number) { return this.primary.ink(cp); }
}

export function withFallbacks(primary: Face, fallbacks: readonly Face[]): Face {
  return fallbacks.length ? new ChainedFace(primary, fallbacks) : primary;
}

/** Opens the faces a resolution chose: each role's primary face, with its fallbacks. */
export function openResolvedFontSet(resolution: FontResolution): FontSet {
  const set = {} as FontSet;
  for (const role of FONT_ROLES) {
    const { primary, fallbacks } = resolution[role];
    set[role] = withFallbacks(
      openFace(primary.file, primary.postscriptName),
      fallbacks.map((f) => openFace(f.file, f.postscriptName)),
    );
  }
  return set;
}

/** What page numbers are set in ("— 12 —"): they have no fallback, so their face must have all of it. */
export const FOLIO_CHARS = '—0123456789';

/**
 * The resolution with the page-number role's chain starting at the first face that has every
 * character of a page number (an office 宋体 without "—" would print empty boxes).
 */
export function withFolioFace(resolution: FontResolution): FontResolution {
  const { primary, fallbacks } = resolution.pageNumber;
  const chain = [primary, ...fallbacks];
  const able = chain.findIndex((f) => [...FOLIO_CHARS].every((ch) => openFace(f.file, f.postscriptName).has(ch.codePointAt(0)!)));
  if (able <= 0) return resolution;
  const [first, ...rest] = [chain[able]!, ...chain.filter((_, i) => i !== able)];
  return { ...resolution, pageNumber: { role: 'pageNumber', primary: first!, fallbacks: rest } };
}
