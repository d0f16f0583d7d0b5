/**
 * The fonts of one issue: the `fonts:` values of its issue and series files resolved (relative paths
 * from the file giving them), problems positioned at those values, and the coverage of its text
 * turned into warnings (fallback faces) and errors (no face at all).
 */
import path from 'node:path';
import type { Block } from '../compose/blocks.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedIssue } from '../load/issue.js';
import { locate, placeOf } from '../load/locate.js';
import { msg } from '../diagnostics/messages.js';
import { nodeAt } from '../load/source.js';
import { FONT_ROLES, type FontRole } from '../model/issue.js';
import { uncoveredCharacters, type Uncovered } from './coverage.js';
import { FontError } from './face.js';
import { openResolvedFontSet, withFolioFace, type FontSet } from './fontset.js';
import { resolveFonts, type FontIndex, type FontRequest, type FontResolution, type ResolveOptions } from './resolve.js';

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

const indexes = new Map<string, FontIndex>();

/** Resolves an issue's fonts; a configured font that cannot be found is an error at its YAML value. */
export function resolveIssueFonts(loaded: LoadedIssue, given: ResolveOptions = {}): FontResolution {
  // `fonts: { systemFonts: false }` in the series or issue: as --ignore-system-fonts.
  const opts = loaded.issue.fonts?.systemFonts === false ? { ...given, systemDirs: [] } : given;
  // One scan per process and folder list: a batch build resolves many issues.
  const memo = JSON.stringify([opts.fontPath ?? [], opts.systemDirs ?? null, opts.cacheFile ?? null]);
  const { fonts, problems, index } = resolveFonts(fontRequests(loaded), opts, indexes.get(memo));
  indexes.set(memo, index);
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

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Coverage of the issue's text: a warning per field and fallback face, an error per character no face has. */
export function coverageDiagnostics(loaded: LoadedIssue, blocks: Block[], fonts: FontSet): { errors: Diagnostic[]; warnings: Diagnostic[]; uncovered: Uncovered[] } {
  const uncovered = uncoveredCharacters(blocks, fonts);
  // A control character (U+0007, U+001B, ...) would print as a blank gap: an error at it, whatever the fonts say.
  const controls = uncovered.filter((m) => m.control).map((m) => {
    return locate(loaded, m.path, msg('control-char', { code: hex(m.ch) }), { at: m, hint: msg('hint-control-char') });
  });
  const errors = uncovered
    .filter((m) => !m.servedBy && !m.control)
    .map((m) => {
      const chain = [fonts[m.role], ...(fonts[m.role].fallbacks ?? [])].map((f) => f.familyName).join(', ');
      return locate(loaded, m.path, msg('char-not-covered', { char: m.ch, code: hex(m.ch), role: m.role, tried: chain }), {
        at: m,
        hint: msg('hint-char-font', { role: m.role }),
      });
    });
  const groups = new Map<string, Uncovered[]>();
  for (const m of uncovered) {
    if (!m.servedBy) continue;
    const key = `${JSON.stringify(m.path)}|${m.role}|${m.servedBy.key}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const warnings = [...groups.values()].map((group) => {
    const first = group[0]!;
    // Each character once, with where it occurs (line:column), the first few places spelled out.
    const byChar = new Map<string, string[]>();
    for (const m of group) {
      const d = placeOf(loaded, m.path, m);
      byChar.set(m.ch, [...(byChar.get(m.ch) ?? []), `${d.line}:${d.column}`]);
    }
    const chars = [...byChar].map(([ch, at]) => ({ ch, code: hex(ch), at: at.slice(0, 4).join(', '), more: Math.max(0, at.length - 4) }));
    return locate(loaded, first.path, msg('char-fallback', { family: fonts[first.role].familyName, role: first.role, chars, fallback: first.servedBy!.familyName }), {
      at: first,
      severity: 'warning',
    });
  });
  return { errors: [...controls, ...errors], warnings, uncovered };
}
