/**
 * Placeholders: text a draft (`bulletin init`) leaves for a person to replace, marked 【待填写】
 * ("to fill in"). A draft builds — a committed draft does not turn CI red — but every placeholder
 * left is a warning at its line, and so an error under --strict.
 */
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedIssue } from './issue.js';
import { placeOf } from './locate.js';

export const PLACEHOLDER = '【待填写】';

/** A placeholder: the mark, then what to write there (【待填写】标题). */
export const placeholder = (what: string): string => `${PLACEHOLDER}${what}`;

function* stringsOf(value: unknown, at: (string | number)[]): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path: at, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsOf(v, [...at, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* stringsOf(v, [...at, k]);
}

/** A warning at each value of the issue (or its series) still holding a placeholder. */
export function placeholderWarnings(loaded: LoadedIssue): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { path, text } of stringsOf(loaded.issue, [])) {
    const offset = text.indexOf(PLACEHOLDER);
    if (offset === -1) continue;
    const at = placeOf(loaded, path, { text, offset });
    out.push(diagnostic({ ...at, length: PLACEHOLDER.length }, 'placeholder-left', { text }, { severity: 'warning', path, hint: { id: 'hint-placeholder', params: {} } }));
  }
  return sortDiagnostics(out, loaded.sources.map((s) => s.file));
}
