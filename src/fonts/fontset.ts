/** The faces a document is set in, one per role, each with its fallback chain. */
import { FONT_ROLES, type FontRole } from '../model/issue.js';
import { BUNDLED_FONTS, type FontSpec } from './bundled.js';
import { FontError, embeddingOf, openFace, type Face, type FaceEmbedding } from './face.js';
import type { FontResolution, ResolvedFont } from './resolve.js';

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
class ChainedFace implements Face, FaceEmbedding {
  private opened?: readonly Face[];
  constructor(
    private readonly primary: Face,
    private readonly open: () => readonly Face[],
  ) {}
  /** Opened on first use: most documents never need a fallback, and CJK fonts are big. */
  get fallbacks(): readonly Face[] {
    return (this.opened ??= this.open());
  }
  get key() { return this.primary.key; }
  get file() { return this.primary.file; }
  get postscriptName() { return this.primary.postscriptName; }
  get familyName() { return this.primary.familyName; }
  get unitsPerEm() { return this.primary.unitsPerEm; }
  get ascender() { return this.primary.ascender; }
  get descender() { return this.primary.descender; }
  get font() { return embeddingOf(this.primary).font; }
  get cached() { return embeddingOf(this.primary).cached; }
  has(cp: number) { return this.primary.has(cp); }
  advance(cp: number) { return this.primary.advance(cp); }
  ink(cp: number) { return this.primary.ink(cp); }
}

/** `primary` with the faces for characters it lacks (a list, or a function opening them when first needed). */
export function withFallbacks(primary: Face, fallbacks: readonly Face[] | (() => readonly Face[])): Face {
  if (Array.isArray(fallbacks)) return fallbacks.length ? new ChainedFace(primary, () => fallbacks) : primary;
  return new ChainedFace(primary, fallbacks as () => readonly Face[]);
}

/**
 * Opens a font of a chain; an installed or bundled font fontkit cannot read is left out (the next
 * one serves), a font the user named is an error (positioned by the caller).
 */
function openInChain(f: ResolvedFont): Face | undefined {
  try {
    return openFace(f.file, f.postscriptName);
  } catch (e) {
    if (e instanceof FontError && f.reason !== 'explicit') return undefined;
    throw e;
  }
}

/**
 * Opens the faces a resolution chose: each role's primary face, with its fallbacks. Returns the
 * resolution as used: a role whose chosen font would not open starts at the next one.
 */
export function openResolvedFontSet(resolution: FontResolution): { fonts: FontSet; resolution: FontResolution } {
  const set = {} as FontSet;
  const used = { ...resolution };
  for (const role of FONT_ROLES) {
    const chain = [resolution[role].primary, ...resolution[role].fallbacks];
    // The first face that opens is the primary (the last one is opened regardless, to report why not).
    let at = 0;
    let face: Face | undefined;
    while (!(face = at === chain.length - 1 ? openFace(chain[at]!.file, chain[at]!.postscriptName) : openInChain(chain[at]!))) at++;
    const fallbacks = chain.slice(at + 1);
    set[role] = fallbacks.length ? withFallbacks(face, () => fallbacks.map(openInChain).filter((f): f is Face => f !== undefined)) : face;
    if (at > 0) used[role] = { role, primary: chain[at]!, fallbacks };
  }
  return { fonts: set, resolution: used };
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
  const hasAll = (f: ResolvedFont) => {
    const face = f.reason === 'explicit' ? openFace(f.file, f.postscriptName) : openInChain(f);
    return face !== undefined && [...FOLIO_CHARS].every((ch) => face.has(ch.codePointAt(0)!));
  };
  const able = chain.findIndex(hasAll);
  if (able <= 0) return resolution;
  const [first, ...rest] = [chain[able]!, ...chain.filter((_, i) => i !== able)];
  return { ...resolution, pageNumber: { role: 'pageNumber', primary: first!, fallbacks: rest } };
}
