/**
 * What pasting from Word or WeChat breaks in Chinese text, mended — each change recorded, so the
 * import can print it with the source paragraph: invisible characters, manual line breaks, indent
 * spaces, spaces between Chinese characters, half-width punctuation in Chinese, straight quotes,
 * broken dashes and ellipses. The text is a list of cells (one UTF-16 unit each) that remember
 * their weight, so bold survives every rule.
 */
import type { Run } from './blocks.js';
import { CJK, CLOSING, FULL_WIDTH, HAN, OPENING, isCjk, isHan } from '../proofread/chars.js';

export type RuleId = 'invisible' | 'nbsp' | 'line-break' | 'indent' | 'trailing' | 'space' | 'half-width' | 'quotes' | 'dash' | 'ellipsis';

export interface Change {
  rule: RuleId;
  /** A few characters around the change, before and after it. */
  before: string;
  after: string;
}

interface Cell {
  ch: string;
  bold: boolean;
}

const CONTEXT = 4;

/**
 * One rule over the cells: every match of `re` (global) replaced by what `to` returns for it
 * (`undefined`: leave it). Returns the new cells; changes are appended to `changes`.
 */
function apply(cells: Cell[], rule: RuleId, re: RegExp, to: (m: RegExpExecArray, s: string) => string | undefined, changes: Change[]): Cell[] {
  const s = cells.map((c) => c.ch).join('');
  const out: Cell[] = [];
  let last = 0;
  for (const m of s.matchAll(re)) {
    const rep = to(m, s);
    if (rep === undefined || rep === m[0]) continue;
    const at = m.index;
    const end = at + m[0].length;
    const bold = (cells[at] ?? cells[at - 1])?.bold ?? false;
    out.push(...cells.slice(last, at));
    for (const ch of rep.split('')) out.push({ ch, bold });
    last = end;
    const left = s.slice(Math.max(0, at - CONTEXT), at);
    const right = s.slice(end, end + CONTEXT);
    changes.push({ rule, before: left + m[0] + right, after: left + rep + right });
  }
  if (last === 0) return cells;
  out.push(...cells.slice(last));
  return out;
}

const re = (source: string) => new RegExp(source, 'gu');

/**
 * Straight quotes paired in order, one change a pair: "…" → “…”, '…' → ‘…’. Only in Chinese text
 * (an English quotation keeps its own), and an apostrophe inside a Latin word is not a quote.
 * A quote left without a partner stays as it is (the pasted-text check reports it).
 */
function pairQuotes(cells: Cell[], changes: Change[]): Cell[] {
  if (!cells.some((c) => isHan(c.ch))) return cells;
  let out = apply(cells, 'quotes', /"([^"]*)"/gu, (m) => `“${m[1]}”`, changes);
  out = apply(out, 'quotes', /(?<![A-Za-z])'((?:[^']|(?<=[A-Za-z])'(?=[A-Za-z]))*)'/gu, (m) => `‘${m[1]}’`, changes);
  return out;
}

/** Runs of text (manual line breaks as "\n") made clean; each change in `changes`, in order. */
export function normaliseRuns(runs: readonly Run[]): { cells: { ch: string; bold: boolean }[]; changes: Change[] } {
  const changes: Change[] = [];
  let cells: Cell[] = runs.flatMap((r) => r.text.split('').map((ch) => ({ ch, bold: r.bold })));
  const cjkAround = (s: string, at: number, end: number) => isCjk(s[at - 1]) || isCjk(s[end]);

  cells = apply(cells, 'invisible', /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, () => '', changes);
  cells = apply(cells, 'nbsp', /\u00A0/gu, () => ' ', changes);
  // A manual line break: nothing between Chinese characters, a space between Latin words.
  cells = apply(cells, 'line-break', /[ \t]*[\n\r\v\f\u2028\u2029]+[ \t\u3000]*/gu, (m, s) => {
    const at = m.index;
    const end = at + m[0].length;
    return at === 0 || end === s.length || cjkAround(s, at, end) ? '' : ' ';
  }, changes);
  cells = apply(cells, 'indent', /^[\s\u3000]+/gu, () => '', changes);
  cells = apply(cells, 'trailing', /[\s\u3000]+$/gu, () => '', changes);
  // Spaces between Chinese characters, and around full-width marks, go; between Latin words one stays.
  cells = apply(cells, 'space', re(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}])`), () => '', changes);
  cells = apply(cells, 'space', re(`[ \\t\\u3000]+(?=[${CLOSING}])|(?<=[${OPENING}，。、；：？！])[ \\t\\u3000]+`), () => '', changes);
  cells = apply(cells, 'space', /[\t\u3000]+| {2,}/gu, () => ' ', changes);
  // Half-width punctuation after Chinese text, with any spaces around it.
  cells = apply(cells, 'half-width', re(`(?<=[${CJK}]) *([,;:?!]) *`), (m) => FULL_WIDTH[m[1]!], changes);
  cells = apply(cells, 'half-width', /\(([^()]*)\)/gu, (m, s) => {
    const inner = m[1]!;
    const near = [...inner].some(isHan) || isCjk(s[m.index - 1]) || isCjk(s[m.index + m[0].length]);
    return near ? `（${inner.trim()}）` : undefined;
  }, changes);
  cells = apply(cells, 'half-width', re(`(?<=[${CJK}])\\.(?=[${CJK}]|$)`), () => '。', changes);
  cells = pairQuotes(cells, changes);
  // Dashes and ellipses whole: two em dashes, two ellipsis characters.
  cells = apply(cells, 'dash', /(?<!—)(?:—|—{3,}|―{1,2})(?!—)/gu, () => '——', changes);
  cells = apply(cells, 'dash', re(`(?<=[${CJK}])(?:--+|－－+)(?=[${CJK}])`), () => '——', changes);
  cells = apply(cells, 'ellipsis', /(?<!…)(?:…|…{3,})(?!…)/gu, () => '……', changes);
  cells = apply(cells, 'ellipsis', re(`(?<=[${CJK}])(?:\\.{3,}|。{3,}|·{3,})`), () => '……', changes);
  return { cells, changes };
}

/** Cells as the issue format writes them: bold stretches within `**…**`. */
export function withEmphasis(cells: readonly { ch: string; bold: boolean }[]): string {
  let out = '';
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j < cells.length && cells[j]!.bold === cells[i]!.bold) j++;
    const text = cells.slice(i, j).map((c) => c.ch).join('');
    if (cells[i]!.bold && text.trim()) {
      const lead = /^\s*/u.exec(text)![0];
      const tail = /\s*$/u.exec(text)![0];
      out += `${lead}**${text.trim()}**${tail}`;
    } else {
      out += text;
    }
    i = j;
  }
  return out;
}
