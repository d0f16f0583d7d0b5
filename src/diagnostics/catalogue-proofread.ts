/** Messages of the pasted-text checks (src/proofread/) and the series checks (src/series/). */
import type { Entry } from './words.js';

const SPACE_EN: Record<string, string> = { 'full-width': 'a full-width space', 'non-breaking': 'a non-breaking space', several: 'several spaces', plain: 'a space' };
const SPACE_ZH: Record<string, string> = { 'full-width': '全角空格', 'non-breaking': '不换行空格', several: '多个空格', plain: '空格' };

export const PROOFREAD_MESSAGES = {
  'pasted-space-folded': {
    en: () => 'a line break here became a space between Chinese characters: a folded value (`>`, or a plain value continued on the next line) joins its lines with spaces',
    zh: () => '此处的换行变成了中文之间的空格：折叠块（`>`，或续写到下一行的普通值）会用空格连接各行',
  },
  'pasted-space': { en: (p) => `${SPACE_EN[String(p.what)] ?? 'a space'} between Chinese characters`, zh: (p) => `中文之间有${SPACE_ZH[String(p.what)] ?? '空格'}` },
  'pasted-half-width': { en: (p) => `half-width \`${p.mark}\` between Chinese characters`, zh: (p) => `中文之间用了半角的“${p.mark}”` },
  'pasted-indent': { en: () => 'spaces before the paragraph: the layout indents the first line itself, so they double the indent', zh: () => '段首有空格：排版会自动首行缩进，手工空格会使缩进加倍' },
  'unpaired-mark': {
    en: (p) => (p.opened ? `this ${p.mark} is not closed within the paragraph` : `this ${p.mark} closes nothing opened within the paragraph`),
    zh: (p) => (p.opened ? `这个 ${p.mark} 在本段内没有与之配对的 ${p.other}` : `这个 ${p.mark} 之前在本段内没有与之配对的 ${p.other}`),
  },
  'duplicate-paragraph': { en: (p) => `this paragraph is the same as the one on line ${p.first}`, zh: (p) => `本段与第 ${p.first} 行的段落完全相同` },
  'hint-pasted-space-folded': {
    en: () => 'write the paragraph on one line, or use a literal block (`|`): its line breaks are removed without a space',
    zh: () => '请把段落写在一行内，或改用字面块（`|`）：其中的换行会被去掉而不加空格',
  },
  'hint-pasted-space': { en: () => 'remove it; a deliberate gap between two words is one ordinary space', zh: () => '请删除；确需在两个词之间留空时，只用一个普通空格' },
  'hint-pasted-half-width': { en: (p) => `write the full-width \`${p.full}\``, zh: (p) => `请改用全角的“${p.full}”` },
  'hint-pasted-indent': { en: () => 'remove the spaces', zh: () => '请删除这些空格' },
  'hint-unpaired-mark': { en: (p) => `add the matching ${p.other}, or remove this one`, zh: (p) => `请补上对应的 ${p.other}，或删去这一个` },
  'hint-duplicate-paragraph': { en: () => 'remove one of them, unless it is meant to be given twice', zh: () => '如非有意重复，请删去其中一段' },
  // Across a series (src/series/continuity.ts).
  'series-number-repeated': {
    en: (p) => `issue number ${p.number} of ${p.year} is also ${p.other}'s number`,
    zh: (p) => `${p.year}年第${p.number}期与 ${p.other} 的期号重复`,
  },
  'series-date-backwards': {
    en: (p) => `issue ${p.number} is dated ${p.date}, before issue ${p.otherNumber} (${p.other}, ${p.otherDate})`,
    zh: (p) => `第${p.number}期的日期 ${p.date} 早于第${p.otherNumber}期（${p.other}，${p.otherDate}）`,
  },
  'series-total-gap': {
    en: (p) => `总第${p.total}期 leaves a gap: issue ${p.otherNumber} (${p.other}) is 总第${p.otherTotal}期, so this one would be 总第${p.expected}期`,
    zh: (p) => `总期号不连续：第${p.otherNumber}期（${p.other}）为总第${p.otherTotal}期，本期应为总第${p.expected}期，这里是总第${p.total}期`,
  },
  'series-total-repeated': {
    en: (p) => `总第${p.total}期 repeats or goes back: issue ${p.otherNumber} (${p.other}) is already 总第${p.otherTotal}期`,
    zh: (p) => `总期号重复或倒退：第${p.otherNumber}期（${p.other}）已是总第${p.otherTotal}期，这里是总第${p.total}期`,
  },
  'hint-series-number': { en: () => 'give this issue the next free number', zh: () => '请为本期改用下一个未用的期号' },
  'hint-series-date': { en: () => 'check the date: a later issue is not dated before an earlier one', zh: () => '请核对日期：后一期的日期不应早于前一期' },
  'hint-series-total': { en: (p) => `write \`total: ${p.expected}\`, or check the issues between`, zh: (p) => `请写作 \`total: ${p.expected}\`，或核对其间各期` },
} satisfies Record<string, Entry>;
