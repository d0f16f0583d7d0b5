/**
 * The fonts of one issue: the `fonts:` values of its issue and series files resolved (relative paths
 * from the file giving them), problems positioned at those values.
 */
import path from 'node:path';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedIssue } from '../load/issue.js';
import { locate } from '../load/locate.js';
import { nodeAt } from '../load/source.js';
import { FONT_ROLES, type FontRole } from '../model/issue.js';
import { FontError } from './face.js';
import { openResolvedFontSet, withFolioFace, type FontSet } from './fontset.js';
import { FontIndex, resolveFonts, type FontRequest, type FontResolution, type ResolveOptions } from './resolve.js';

/** The fonts named in the issue and series files, each with the folder its relative path starts from. */
export function fontRequests(loaded: LoadedIssue): Partial<Record<FontRole, FontRequest[]>> {
  const out: Partial<Record<FontRole, FontRequest[]>> = {};
  for (const role of FONT_ROLES) {
    const value = loaded.issue.fonts?.[role];
    if (value === undefined) continue;
    const at = ['fonts', role];
    const source = loaded.sources.find((s) => nodeAt(s, at).exact) ?? loaded.sources[0]!;
    const baseDir = path.dirname(path.resolve(source.file));
    out[role] = (Array.isArray(value) ? value : [value]).map((v, i) => ({ value: v, baseDir, path: Array.isArray(value) ? [...at, i] : at }));
  }
  return out;
}

/** Resolutions without problems, by folder list and requests: an archive's issues mostly ask the same. */
const resolutions = new Map<string, FontResolution>();

/** Resolves an issue's fonts; a configured font that cannot be found is an error at its YAML value. */
export function resolveIssueFonts(loaded: LoadedIssue, given: ResolveOptions = {}): FontResolution {
  // `fonts: { systemFonts: false }` in the series or issue: as --ignore-system-fonts.
  const opts = loaded.issue.fonts?.systemFonts === false ? { ...given, systemDirs: [] } : given;
  // One scan per process and folder list (FontIndex.shared): a batch build resolves many issues.
  const requests = fontRequests(loaded);
  const key = JSON.stringify([opts.fontPath ?? [], opts.systemDirs ?? null, opts.cacheFile ?? null, requests]);
  const known = resolutions.get(key);
  if (known) return known;
  const { fonts, problems } = resolveFonts(requests, opts, FontIndex.shared(opts));
  if (!problems.length) resolutions.set(key, fonts);
  if (problems.length) {
    const located = problems.map((p) => locate(loaded, p.path, p.text, p.hint ? { hint: p.hint } : {}));
    throw new DiagnosticError(located.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : 0)));
  }
  return fonts;
}

/** The faces of an issue, opened; a configured file fontkit cannot read is an error at its value. */
export function openIssueFonts(loaded: LoadedIssue, opts: ResolveOptions = {}): { resolution: FontResolution; fonts: FontSet } {
  let resolution = resolveIssueFonts(loaded, opts);
  try {
    resolution = withFolioFace(resolution);
    return openResolvedFontSet(resolution);
  } catch (e) {
    if (!(e instanceof FontError)) throw e;
    const role = FONT_ROLES.find((r) => [resolution[r].primary, ...resolution[r].fallbacks].some((f) => f.file === e.file && f.reason === 'explicit'));
    if (!role) throw e;
    throw new DiagnosticError([locate(loaded, ['fonts', role], e.text)]);
  }
}
