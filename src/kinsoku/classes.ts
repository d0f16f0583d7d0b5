/**
 * Character classes for Chinese line breaking (W3C clreq, GB/T 15834 punctuation) — which
 * characters may not start or end a line, and which pairs may not be split.
 */

/** Never at the start of a line: closing marks, pause and stop marks, connectors, separators. */
export const NOT_AT_LINE_START = new Set([
  ...'，。、；：？！）］｝〕〉》」』】〗〙〛”’…—～·％‰／－•‧・',
  ...',.;:?!)]}%',
  '\u2013', // – en dash
  '\u2015', // ― horizontal bar (often used for 破折号)
  '\u2E3A', // ⸺ two-em dash
  '\u22EF', // ⋯ midline ellipsis
]);

/** Never at the end of a line: opening brackets and quotes. */
export const NOT_AT_LINE_END = new Set([...'（［｛〔〈《「『【〖〘〚“‘', ...'([{']);

/** Marks that come in pairs and are never split across lines: —— and ……. */
export const INSEPARABLE = new Set(['—', '…', '\u2015', '\u22EF']);

/** Full-width punctuation: occupies one em (a grid cell) and may be compressed to half. */
export const FULLWIDTH_PUNCT = new Set([
  ...'，。、；：？！（）［］｛｝〔〕〈〉《》「」『』【】〖〗〘〙〚〛“”‘’…—～·／－',
  '\u2015',
  '\u22EF',
]);

/** Spacing punctuation that closes a run (its ink sits to the left in mainland style). */
export function isFullwidthPunct(ch: string): boolean {
  return FULLWIDTH_PUNCT.has(ch);
}

const HAN_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf], // Ext A
  [0x4e00, 0x9fff], // URO
  [0xf900, 0xfaff], // compatibility ideographs
  [0x20000, 0x3134f], // Ext B–G
  [0x3005, 0x3007], // 々〆〇
];

export function isHan(cp: number): boolean {
  return HAN_RANGES.some(([a, b]) => cp >= a && cp <= b);
}

/** Latin letters and digits form unbreakable runs ("MV", "1800", "2.4"). */
export function isAlnum(ch: string): boolean {
  return /^[0-9A-Za-z\u00C0-\u024F]$/.test(ch);
}

/** Characters that continue a Latin/digit run when followed by an alnum: "2.4", "1,800", "A-B", "x/y". */
export function isRunJoiner(ch: string): boolean {
  return ch === '.' || ch === ',' || ch === '-' || ch === '/' || ch === ':' || ch === '\'' || ch === '_' || ch === '&';
}

/** Full-width digits, letters and ideographic space folded for layout (NFKC does the rest). */
export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\u00A0';
}
