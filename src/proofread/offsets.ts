/**
 * Where each character of a text value sits in its YAML source, whatever its style: plain, quoted
 * (with escapes), literal `|` or folded `>` blocks. The value and the source are walked together:
 * a character of the value is found at or after the last one; a space YAML made of a line break
 * (folding) is found at that line break, which is how a check can say a gap came from `>`.
 */
import { Scalar } from 'yaml';

export interface Offsets {
  /** Source offset of each UTF-16 unit of the value. */
  at: number[];
  /** For each unit: it is a space that folding made of a line break in the source. */
  folded: boolean[];
}

/** Length of a double-quoted escape starting at `i` (the backslash). */
function escapeLength(src: string, i: number): number {
  const c = src[i + 1];
  if (c === 'x') return 4;
  if (c === 'u') return 6;
  if (c === 'U') return 10;
  return 2;
}

/** Undefined when the walk loses its way (then a check falls back to the value's start). */
export function offsetsOf(node: Scalar, src: string): Offsets | undefined {
  const value = node.value;
  if (typeof value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  let i = start;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) i++;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) i = src.indexOf('\n', start) + 1;
  const at: number[] = [];
  const folded: boolean[] = [];
  for (let k = 0; k < value.length; k++) {
    const ch = value[k]!;
    let found = -1;
    let fold = false;
    for (let j = i; j < end && j < src.length; j++) {
      const s = src[j]!;
      const folds = node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.QUOTE_SINGLE && node.type !== Scalar.QUOTE_DOUBLE;
      if (ch === ' ' && (s === '\n' || (s === ' ' && folds && /^[ \t]*\r?\n/u.test(src.slice(j, end))))) {
        // A line break folded into a space (trailing spaces before it are dropped by YAML).
        const nl = src.indexOf('\n', j);
        if (node.type !== Scalar.BLOCK_LITERAL) {
          found = nl;
          fold = true;
          break;
        }
      }
      if (s === ch) {
        found = j;
        break;
      }
      if (s === '\\' && node.type === Scalar.QUOTE_DOUBLE) {
        // An escape stands for this character (or for a line break to be dropped).
        if (src[j + 1] === '\n' || src[j + 1] === '\r') {
          j++;
          continue;
        }
        found = j;
        i = j + escapeLength(src, j);
        break;
      }
      // Only whitespace, quotes and line breaks may lie between two characters of the value.
      if (!/[\s'"]/u.test(s)) return undefined;
    }
    if (found === -1) return undefined;
    at.push(found);
    folded.push(fold);
    if (src[found] !== '\\') i = found + 1;
    // A quote doubled in a single-quoted value stands for one.
    if (ch === "'" && node.type === Scalar.QUOTE_SINGLE && src[i] === "'") i++;
  }
  return { at, folded };
}
