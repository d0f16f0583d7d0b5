/**
 * Where a value of a loaded issue sits in its YAML: a path into the merged issue (as zod and the
 * composer's blocks carry it) becomes file:line:column in the issue file or in its series file.
 * Later stages use this to put their own errors and warnings (fonts, fitting, images) at the value,
 * or at one character of it: they say which character by its offset in the text they hold (the
 * composed text of the value), so this stage needs to know nothing of how that text was made.
 */
import { diagnostic, type Diagnostic, type Localised, type Place, type Severity } from '../diagnostics/diagnostic.js';
import type { LoadedIssue } from './issue.js';
import { lineTextOf, nodeAt, positionOf, type SourceFile } from './source.js';

/** One character of a value: its UTF-16 offset in `text`, the value as a later stage holds it (normalised, joined). */
export interface CharAt {
  text: string;
  offset: number;
}

/**
 * The source offset of the character at `offset` of the composed text of a value: the same
 * character, counted the same number of times, within the value's node. This holds for plain,
 * quoted and block scalars and for lists (whose items the composer joins), whatever whitespace,
 * quotes or line breaks the YAML has around the text.
 */
function sourceOffsetOf(source: SourceFile, range: readonly number[], composed: string, offset: number): { at: number; length: number } | undefined {
  const ch = String.fromCodePoint(composed.codePointAt(offset) ?? 0);
  if (composed.codePointAt(offset) === undefined) return undefined;
  let nth = 0;
  for (let i = composed.indexOf(ch); i !== -1 && i < offset; i = composed.indexOf(ch, i + ch.length)) nth++;
  const slice = source.text.slice(range[0], range[1]);
  let i = slice.indexOf(ch);
  while (i !== -1 && nth > 0) {
    i = slice.indexOf(ch, i + ch.length);
    nth--;
  }
  return i === -1 ? undefined : { at: range[0]! + i, length: ch.length };
}

const lineOf = (source: SourceFile, line: number) => {
  const lineText = lineTextOf(source, line);
  return lineText === undefined ? {} : { lineText };
};

/** Where the value at `path` sits (file, line, column, length), or the character `at` of it. */
export function placeOf(loaded: LoadedIssue, path: (string | number)[], at?: CharAt): Place {
  for (const source of loaded.sources) {
    const found = nodeAt(source, path);
    if (!found.exact || !found.node) continue;
    const pos = positionOf(source, found.node);
    if (at !== undefined && found.node.range) {
      const hit = sourceOffsetOf(source, found.node.range, at.text, at.offset);
      if (hit) {
        const p = source.lines.linePos(hit.at);
        return { file: source.file, line: p.line, column: p.col, length: hit.length, ...lineOf(source, p.line) };
      }
    }
    return { file: source.file, line: pos.line, column: pos.column, length: pos.length, ...lineOf(source, pos.line) };
  }
  return { file: loaded.file, line: 1, column: 1 };
}

/**
 * A diagnostic (a catalogue message) at the value at `path`; `at` points at one character of it,
 * e.g. a character no font covers.
 */
export function locate(
  loaded: LoadedIssue,
  path: (string | number)[],
  text: Localised,
  opts: { at?: CharAt; severity?: Severity; hint?: Localised } = {},
): Diagnostic {
  return diagnostic(placeOf(loaded, path, opts.at), text.id, text.params, { path, ...(opts.severity ? { severity: opts.severity } : {}), ...(opts.hint ? { hint: opts.hint } : {}) });
}
