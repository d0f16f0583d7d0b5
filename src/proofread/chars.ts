/** Classes of characters the import's normaliser and the pasted-text checks agree on. */

/** Chinese characters (including 〇). */
export const HAN = '\\p{Script=Han}\\u3007';
/** Full-width punctuation and marks: CJK symbols, full-width forms, curly quotes, dashes, ellipses. */
export const CJK_PUNCT = '\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65“”‘’—…·';
/** Either: what counts as "Chinese text" around a space or a half-width mark. */
export const CJK = `${HAN}${CJK_PUNCT}`;

/** Marks that close: no space belongs before them. */
export const CLOSING = '，。、；：？！）》」』】〕”’';
/** Marks that open: no space belongs after them. */
export const OPENING = '（《「『【〔“‘';

const HAN_CHAR = new RegExp(`^[${HAN}]$`, 'u');
const CJK_CHAR = new RegExp(`^[${CJK}]$`, 'u');
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN_CHAR.test(ch);
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK_CHAR.test(ch);

/** Half-width marks and the full-width ones they stand for in Chinese text. */
export const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };
