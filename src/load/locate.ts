/**
 * Where a value of a loaded issue sits in its YAML: a path into the merged issue (as zod and the
 * composer's blocks carry it) becomes file:line:column in the issue file or in its series file.
 * Later stages use this to put their own errors and warnings (fonts, fitting, images) at the value.
 */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { LoadedIssue } from './issue.js';
import { nodeAt, positionOf } from './source.js';

/**
 * A diagnostic at the value at `path`; `offset` (UTF-16 units into a one-line scalar) points at one
 * character of it, e.g. a character no font covers.
 */
export function locate(
  loaded: LoadedIssue,
  path: (string | number)[],
  message: string,
  opts: { offset?: number; severity?: Severity; hint?: string } = {},
): Diagnostic {
  const offset = opts.offset ?? 0;
  const severity = opts.severity ?? 'error';
  const extra = opts.hint ? { hint: opts.hint } : {};
  for (const source of loaded.sources) {
    const found = nodeAt(source, path);
    if (!found.exact) continue;
    const pos = positionOf(source, found.node);
    // Inside a one-line scalar the character's own column can be given (past an opening quote).
    const quoted = /^["']/.test(source.text.slice(found.node!.range![0]));
    const column = pos.length > offset ? pos.column + offset + (quoted ? 1 : 0) : pos.column;
    return { severity, file: source.file, line: pos.line, column, length: opts.offset === undefined ? pos.length : 1, message, path, ...extra };
  }
  return { severity, file: loaded.file, line: 1, column: 1, message, path, ...extra };
}
