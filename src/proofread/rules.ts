/**
 * The faults text pasted from Word or a web page brings, found in one value: spaces between
 * Chinese characters (from folding, from pasting), half-width punctuation between Chinese
 * characters, leading indent spaces, and quotes or brackets not closed within the paragraph.
 * Each finding is an index into the value, a catalogue message and a hint.
 */
import type { Localised } from '../diagnostics/diagnostic.js';
import { FULL_WIDTH, isCjk, isHan } from './chars.js';

export interface Finding {
  index: number;
  length: number;
  text: Localised;
  hint: Localised;
}


/** How many Chinese characters run from `i` in direction `step` (+1 or -1). */
function hanRun(text: string, i: number, step: 1 | -1): number {
  let n = 0;
  for (let k = i; k >= 0 && k < text.length && isHan(text[k]); k += step) n++;
  return n;
}

/**
 * Spaces between two Chinese characters or marks. One ordinary space between two words of two or
 * more characters is the documented word gap (众心向党 自立自强) and passes; anything else — a space
 * YAML made of a folded line break, a full-width or non-breaking space, several spaces, a space
 * beside a full-width mark, characters spaced one by one (学 史 增 信) — is a fault. `folded` gives,
 * for each UTF-16 unit of the text, whether YAML folded it from a line break (asked only for a space
 * between Chinese text: working it out walks the source).
 */
export function spaceFindings(text: string, folded: () => readonly boolean[]): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/[ \u3000\u00A0\t]+/gu)) {
    const at = m.index;
    const end = at + m[0].length;
    const left = text[at - 1];
    const right = text[end];
    if (!isCjk(left) || !isCjk(right) || at === 0) continue;
    if (folded().slice(at, end).some(Boolean)) {
      out.push({ index: at, length: m[0].length, text: { id: 'pasted-space-folded', params: {} }, hint: { id: 'hint-pasted-space-folded', params: {} } });
      continue;
    }
    const wordGap = m[0] === ' ' && isHan(left) && isHan(right) && hanRun(text, at - 1, -1) >= 2 && hanRun(text, end, 1) >= 2;
    if (wordGap) continue;
    const what = m[0] === '\u3000' ? 'full-width' : m[0] === '\u00A0' ? 'non-breaking' : m[0].length > 1 ? 'several' : 'plain';
    out.push({ index: at, length: m[0].length, text: { id: 'pasted-space', params: { what } }, hint: { id: 'hint-pasted-space', params: {} } });
  }
  return out;
}

/** Half-width , ; : ? ! . ( ) with Chinese on both sides (spaces around them allowed). */
export function halfWidthFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/[,;:?!.()]/gu)) {
    const at = m.index;
    const mark = m[0];
    let l = at - 1;
    while (text[l] === ' ') l--;
    let r = at + 1;
    while (text[r] === ' ') r++;
    const between = mark === '(' ? isHan(text[r]) && isCjk(text[l]) : mark === ')' ? isHan(text[l]) && (isCjk(text[r]) || r >= text.length) : isCjk(text[l]) && isHan(text[r]);
    if (!between) continue;
    out.push({ index: at, length: 1, text: { id: 'pasted-half-width', params: { mark } }, hint: { id: 'hint-pasted-half-width', params: { full: FULL_WIDTH[mark]! } } });
  }
  return out;
}

/** Spaces before the text: the layout indents the first line itself, so typed ones double it. */
export function indentFindings(text: string): Finding[] {
  const m = /^[\u3000 \u00A0\t]+/u.exec(text);
  return m ? [{ index: 0, length: m[0].length, text: { id: 'pasted-indent', params: {} }, hint: { id: 'hint-pasted-indent', params: {} } }] : [];
}

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '(': ')', '《': '》', '【': '】', '「': '」', '『': '』', '〔': '〕', '〈': '〉' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** Every opening and closing mark of PAIRS: the text is scanned for them natively, not character by character. */
const PAIR_MARKS = new RegExp(`[${Object.entries(PAIRS).flat().join('').replace(/[\\\]^-]/gu, '\\$&')}]`, 'gu');

/** Quotes and brackets opened and not closed within the text, or closed without being opened. */
export function pairFindings(text: string): Finding[] {
  const out: Finding[] = [];
  const open: { ch: string; at: number }[] = [];
  const report = (ch: string, at: number, opened: boolean) =>
    out.push({ index: at, length: 1, text: { id: 'unpaired-mark', params: { mark: ch, opened: opened ? 1 : '', other: opened ? PAIRS[ch]! : CLOSERS.get(ch)! } }, hint: { id: 'hint-unpaired-mark', params: { other: opened ? PAIRS[ch]! : CLOSERS.get(ch)! } } });
  for (const m of text.matchAll(PAIR_MARKS)) {
    const ch = m[0];
    const i = m.index;
    // An apostrophe in a Latin word (it’s) is not a closing quote.
    if (ch === '’' && /[A-Za-z]/u.test(text[i - 1] ?? '') && /[A-Za-z]/u.test(text[i + 1] ?? '')) continue;
    if (PAIRS[ch]) {
      open.push({ ch, at: i });
      continue;
    }
    const opener = CLOSERS.get(ch);
    if (!opener) continue;
    const k = open.map((o) => o.ch).lastIndexOf(opener);
    if (k === -1) {
      report(ch, i, false);
      continue;
    }
    // Whatever was opened inside and not closed before this closes is left open.
    const inner = open.splice(k); // inner[0] is the opener this closes
    for (const o of inner.slice(1)) report(o.ch, o.at, true);
  }
  for (const o of open) report(o.ch, o.at, true);
  return out.sort((a, b) => a.index - b.index);
}
