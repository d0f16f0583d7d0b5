/**
 * The verifier's own line-breaking rules, written from the standards and not taken from the line
 * breaker (src/kinsoku/): a verifier that read the breaker's table would agree with any mistake in
 * it. Sources:
 * - GB/T 15834-2011 《标点符号用法》, clause 5 and appendix A (positions of the marks):
 *   句号、逗号、顿号、分号、冒号、问号、叹号 never begin a line; the first half of 引号、括号、书名号
 *   never ends a line and the second half never begins one; 破折号 and 省略号 (two cells each) are
 *   never split between lines; 连接号 and 间隔号 never begin a line; 分隔号 neither begins nor ends one.
 * - W3C "Requirements for Chinese Text Layout" (clreq) §3.1.7 行首行尾禁则: the same classes, and
 *   the signs that belong to the number before them (％ ‰) never begin a line.
 * - clreq §3.2.4: a run of Western letters or digits is one unit, never broken between lines.
 */

/** 点号 (pause and end marks) of GB/T 15834 §4.1–4.7, full width and as typed half width. */
const STOPS = '。，、；：？！' + ',.;:?!';
/** The second halves of 引号 (§4.8), 括号 (§4.9) and 书名号 (§4.15). */
const CLOSING = '”’」』）］｝〕〗〙〛】〉》' + ')]}';
/** The first halves of the same pairs. */
const OPENING = '“‘「『（［｛〔〖〘〚【〈《' + '([{';
/** 破折号 —— and 省略号 …… (§4.10, §4.11), each two cells: their halves stay on one line. */
const TWO_CELL = '—…⋯―';
/** 连接号 (§4.13: 一字线, 浪纹线 ～, 短横线 -), 间隔号 · (§4.14), 分隔号 ／ (§4.17); ％ ‰ (clreq). */
const CONNECTORS = '～~–·・／％‰';

/** Never the first character of a line. */
export const NEVER_STARTS_LINE: ReadonlySet<string> = new Set([...STOPS, ...CLOSING, ...TWO_CELL, ...CONNECTORS]);
/** Never the last character of a line. */
export const NEVER_ENDS_LINE: ReadonlySet<string> = new Set([...OPENING]);
/** Marks whose two cells may not be split: "——" and "……" across a line end. */
export const NEVER_SPLIT_PAIR: ReadonlySet<string> = new Set([...TWO_CELL]);

/** A Western letter or digit (ASCII and Latin-1/Latin Extended-A/B letters): parts of one unbreakable run. */
export const isLetterOrDigit = (ch: string): boolean => /^[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]$/u.test(ch);

/** A Han character (Unicode Script=Han: the unified ideographs and their extensions, 〇 and 々). */
export const isHanChar = (ch: string): boolean => /^\p{Script=Han}$/u.test(ch);
