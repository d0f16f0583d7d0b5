/**
 * The text of the files diagnostics point into, for printing the offending line. The loader
 * remembers what it parsed (so the line printed is the line that was read); other files are read
 * on demand.
 */
import { readFileSync, statSync } from 'node:fs';

const remembered = new Map<string, string>();
const KEEP = 32;
const READ_LIMIT = 4 * 1024 * 1024;

export function rememberSource(file: string, text: string): void {
  remembered.delete(file);
  remembered.set(file, text);
  if (remembered.size > KEEP) remembered.delete(remembered.keys().next().value!);
}

/** The text of `file`, or undefined when it cannot be had (missing, binary, huge). */
export function sourceText(file: string): string | undefined {
  const hit = remembered.get(file);
  if (hit !== undefined) return hit;
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
