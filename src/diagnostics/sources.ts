/**
 * The text of the files diagnostics point into, for printing the offending line when the
 * diagnostic does not carry it: a diagnostic made from a parsed file carries its line as read
 * (`lineText`, set by the loader), so nothing is remembered here between calls; other files are
 * read on demand.
 */
import { readFileSync, statSync } from 'node:fs';

const READ_LIMIT = 4 * 1024 * 1024;

/** The text of `file`, or undefined when it cannot be had (missing, binary, huge). */
export function sourceText(file: string): string | undefined {
  try {
    if (statSync(file).size > READ_LIMIT) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Line `line` (1-based) of `text`, without its line break. */
export function lineOf(text: string, line: number): string | undefined {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return undefined;
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end).replace(/\r$/u, '');
}
