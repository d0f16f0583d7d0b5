/**
 * Font coverage as diagnostics. The typesetter reports, while it sets the issue, every character a
 * style's face lacks (typeset/coverage.ts); here those reports become warnings at the value (set in a
 * fallback face) and errors at the character (no face has it, or a control character).
 */
import { compose } from '../compose/blocks.js';
import { readPhotos } from '../compose/photos.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { msg } from '../diagnostics/messages.js';
import type { FontSet } from '../fonts/fontset.js';
import type { LoadedIssue } from '../load/issue.js';
import { locate, placeOf } from '../load/locate.js';
import { CoverageSink, type Uncovered } from '../typeset/coverage.js';
import { LayoutError } from '../typeset/errors.js';
import { layoutContext, typeset } from '../typeset/index.js';

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What the typesetter reported of the issue's text (typeset/coverage.ts) as diagnostics: a warning
 * per value and fallback face, an error per character no face has and per control character.
 */
export function coverageDiagnostics(loaded: LoadedIssue, uncovered: Uncovered[], fonts: FontSet): { errors: Diagnostic[]; warnings: Diagnostic[]; uncovered: Uncovered[] } {
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
  return { errors: inReadingOrder([...controls, ...errors]), warnings: inReadingOrder(warnings), uncovered };
}

/** Diagnostics by file (in the order the files first come), then line and column: the typesetter reports in the order it sets (a masthead's marks before its office line). */
function inReadingOrder(list: Diagnostic[]): Diagnostic[] {
  const files = [...new Set(list.map((d) => d.file))];
  return [...list].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line || a.column - b.column);
}

/**
 * The issue set once to hear what the typesetter reports, for `bulletin fonts`; a layout that cannot
 * be made (a title too long, ...) ends the report where it stopped, as the build would report it.
 */
export function issueCoverage(loaded: LoadedIssue, fonts: FontSet): Uncovered[] {
  const { blocks, settings } = compose(loaded.issue);
  const coverage = new CoverageSink();
  try {
    typeset(blocks, layoutContext(fonts, settings, { photos: readPhotos(loaded), coverage }));
  } catch (e) {
    if (!(e instanceof LayoutError)) throw e;
  }
  return coverage.found;
}
