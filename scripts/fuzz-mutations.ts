/**
 * The fuzzer's mutations of YAML text: syntax damage, deletions, duplicated and swapped lines,
 * re-indentation, type swaps, misspelt and removed keys, random Unicode, huge values and numbers,
 * deep nesting, alias bombs, truncation, and damage to the bytes after encoding.
 */
export type Rng = () => number;

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Rng, n: number) => Math.floor(r() * n);
export const pick = <T>(r: Rng, list: readonly T[]): T => list[int(r, list.length)]!;

const SYNTAX = [':', ': ', '-', '- ', '"', "'", '[', ']', '{', '}', '\t', '#', '&', '*', '!', '|', '>', '?', '%', '@', '`', ',', '\n', ' ', '  ', '\r', '\\', '---\n', '...\n'];
const VALUES = [
  '14', '-1', '0', '1.5', 'true', 'null', '~', '[]', '{}', '""', "''", '十四', '2021.7.16', '2021-02-30', '2021年13月1日', '20210716',
  '[a, b]', '{a: 1}', '!!binary aGk=', '!foo bar', '*nowhere', '&a x', '1e309', '0x1F', '.nan', '-.inf', '|\n  block', '>-\n  folded',
  '"\\u4e00\\x"', "'it''s'", '? complex', '[[[[[[]]]]]]', '2021-07-16T00:00:00Z', '"\\uD800"',
];
const KEYS = ['masthead', 'number', 'date', 'columns', 'heading', 'articles', 'title', 'paragraphs', 'footer', 'name', 'office', 'series', 'copies', 'total', 'marks', 'typography', 'hanLatinSpace', 'fonts', '报', '送'];

/** A random character: mostly CJK, with astral, controls, combining marks, RTL, zero-width, emoji. */
function randomChar(r: Rng): string {
  const kind = int(r, 10);
  const cp =
    kind < 3 ? 0x4e00 + int(r, 0x5200) // CJK unified
    : kind === 3 ? 0x20000 + int(r, 0xa6e0) // extension B (mostly not in the fonts)
    : kind === 4 ? int(r, 0x20) // C0 controls, NUL included
    : kind === 5 ? 0x300 + int(r, 0x70) // combining marks
    : kind === 6 ? pick(r, [0x200b, 0x200d, 0x202e, 0xfeff, 0x2028, 0x85, 0x3000, 0xfffd, 0x2f00, 0x30fb, 0xff10])
    : kind === 7 ? 0x1f300 + int(r, 0x300) // emoji
    : kind === 8 ? 0x3000 + int(r, 0x40) // CJK punctuation
    : 0x20 + int(r, 0x5f); // ASCII
  return String.fromCodePoint(cp);
}

type Mutation = (text: string, r: Rng) => string;

const lines = (t: string) => t.split('\n');
const at = (t: string, r: Rng) => int(r, t.length + 1);

export const MUTATIONS: Record<string, Mutation> = {
  insertSyntax: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + pick(r, SYNTAX) + t.slice(i);
  },
  deleteRange: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i + 1 + int(r, 60));
  },
  deleteLine: (t, r) => {
    const ls = lines(t);
    ls.splice(int(r, ls.length), 1 + int(r, 3));
    return ls.join('\n');
  },
  duplicateLine: (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    ls.splice(i, 0, ls[i]!);
    return ls.join('\n');
  },
  swapLines: (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    const j = int(r, ls.length);
    [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    return ls.join('\n');
  },
  reindent: (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    ls[i] = r() < 0.5 ? ' '.repeat(1 + int(r, 3)) + ls[i] : ls[i]!.replace(/^ {1,3}/u, '');
    return ls.join('\n');
  },
  swapValue: (t, r) => {
    const ls = lines(t);
    const candidates = ls.map((l, i) => (/:\s*\S|^\s*- \S/u.test(l) && !/^\s*#/u.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return t;
    const i = pick(r, candidates);
    ls[i] = ls[i]!.replace(/(:\s*|^\s*- )(.*)$/u, (_, lead: string) => lead + pick(r, VALUES));
    return ls.join('\n');
  },
  misspellKey: (t, r) => {
    const key = pick(r, KEYS);
    const k = [...key];
    const i = int(r, k.length);
    if (r() < 0.5 && k.length > 1) [k[i], k[(i + 1) % k.length]] = [k[(i + 1) % k.length]!, k[i]!];
    else k.splice(i, 1);
    return t.replace(new RegExp(`(^|\\s)${key}:`, 'u'), `$1${k.join('')}:`);
  },
  removeKey: (t, r) => t.replace(new RegExp(`^\\s*${pick(r, KEYS)}:.*$`, 'mu'), ''),
  randomUnicode: (t, r) => {
    const i = at(t, r);
    let s = '';
    for (let n = 1 + int(r, 5); n > 0; n--) s += randomChar(r);
    return t.slice(0, i) + s + t.slice(i);
  },
  hugeValue: (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    const n = pick(r, [500, 5_000, 50_000, 300_000, 800_000]);
    const unit = pick(r, ['字', 'x', '长标题', '1', ' ']);
    ls[i] = /:\s*\S/u.test(ls[i]!) ? ls[i]!.replace(/:\s*.*$/u, `: ${unit.repeat(n)}`) : `${ls[i]}${unit.repeat(n)}`;
    return ls.join('\n');
  },
  hugeNumber: (t, r) =>
    t.replace(/(number|total|copies|hanLatinSpace): .*/u, `$1: ${pick(r, ['1e400', '9'.repeat(400), '-0', '1e-400', '0.5000001', '2e9', String(Number.MAX_SAFE_INTEGER + 2)])}`),
  deepNesting: (t, r) => {
    const n = pick(r, [20, 40, 200, 5_000]);
    const i = at(t, r);
    if (r() < 0.5) return `${t.slice(0, i)}${'['.repeat(n)}${']'.repeat(n)}${t.slice(i)}`;
    return `${t}\nx:\n${Array.from({ length: Math.min(n, 200) }, (_, d) => `${' '.repeat(d + 1)}k${d}:`).join('\n')} 1\n`;
  },
  aliasBomb: (t) =>
    `${t}\nbomb0: &b0 [x, x, x, x, x, x, x, x, x, x]\nbomb1: &b1 [*b0, *b0, *b0, *b0, *b0, *b0, *b0, *b0, *b0, *b0]\nbomb2: &b2 [*b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1]\nbomb3: [*b2, *b2, *b2, *b2, *b2, *b2, *b2, *b2, *b2, *b2]\n`,
  truncate: (t, r) => t.slice(0, at(t, r)),
  empty: () => '',
  seriesKey: (t, r) => `series: ${pick(r, ['nope.yaml', 'bulletin.yaml', '.', '/', '""', '[a]', 'issue.yaml', '../x.yaml'])}\n${t}`,
};

/** Byte-level damage, applied after encoding: invalid UTF-8, NUL, a UTF-16 BOM. */
export function damageBytes(bytes: Buffer, r: Rng): Buffer {
  if (r() < 0.1) return Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]);
  const i = int(r, bytes.length + 1);
  const junk = pick(r, [[0xff], [0xc3], [0xe4, 0xb8], [0x00], [0xc4, 0xe3, 0xba, 0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]);
  return Buffer.concat([bytes.subarray(0, i), Buffer.from(junk), bytes.subarray(i)]);
}
