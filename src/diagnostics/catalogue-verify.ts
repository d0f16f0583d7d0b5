/**
 * Messages of `bulletin verify` (src/verify/, the PDF read back and measured against GB/T 9704):
 * what each check is, each violation it finds, the report's summary and its furniture lines.
 * Positions are millimetres, given already rounded (`x: '30.00'`).
 */
import { items, type Entry, type Params } from './words.js';

/** What each check holds to, for the report's check list (`check` is its name: start, end, …). */
const CHECK_EN: Record<string, (p: Params) => string> = {
  start: () => 'body lines start at the block edge or the two-character indent',
  end: (p) => `non-final body lines end on the block's right edge (± ${p.tolerance} mm)`,
  grid: () => 'body baselines on one grid of 22 rows, the same on every page',
  pitch: () => 'Han characters never closer than the 15.79 pt character pitch',
  kinsoku: () => 'no forbidden character at a line start or end, no split —— …… or number',
  block: () => 'nothing beyond the text block but the page numbers',
  folio: () => 'page numbers "— N —" below the block, odd pages right and even left, one character in; none on blank pages before the footer and its page',
  footer: () => "the footer's last rule on the block's bottom edge, on an even page (double-sided)",
  masthead: () => 'page one opens with the masthead above a red rule across the block',
  keep: () => 'no page ends with a title, column heading or sub-heading',
  orphan: () => "no paragraph's first line alone at the foot of a page",
  widow: () => "no paragraph's last line alone at the top of a page",
  photo: () => 'photos stay in their article: never after its source line, never opening a page above a title',
};
const CHECK_ZH: Record<string, (p: Params) => string> = {
  start: () => '正文各行起于版心左边缘或段首空二字处',
  end: (p) => `段落中非末行的正文行止于版心右边缘（± ${p.tolerance} 毫米）`,
  grid: () => '正文基线落在同一个 22 行网格上，各页相同',
  pitch: () => '相邻汉字间距不小于 15.79 磅的标准字距',
  kinsoku: () => '行首行尾无禁用标点，不拆分“——”“……”和数字',
  block: () => '除页码外，没有内容超出版心',
  folio: () => '页码“— N —”在版心下方，单页居右、双页居左，各空一字；版记前的空白页和版记页不标页码',
  footer: () => '版记末条线与版心下边缘重合，双面印刷时版记在双页',
  masthead: () => '第一页以报头开始，报头下有通栏红色分隔线',
  keep: () => '页末不留标题、栏目名称或小标题',
  orphan: () => '段落首行不单独留在页末',
  widow: () => '段落末行不单独排在页首',
  photo: () => '图片不离开所属文章：不排在其来源行之后，也不在页首排在标题之上',
};

/** A check's description from its table, or its bare name. */
const described = (table: Record<string, (p: Params) => string>, p: Params) => table[String(p.check)]?.(p) ?? String(p.check ?? '');

/** What the keep check found at a page foot. */
const KIND: Record<string, { en: string; zh: string }> = {
  title: { en: 'title', zh: '标题' },
  heading: { en: 'column heading', zh: '栏目名称' },
  subheading: { en: 'sub-heading', zh: '小标题' },
};
const kindOf = (k: Params[string] | undefined, lang: 'en' | 'zh') => KIND[String(k)]?.[lang] ?? String(k);

/** How a glyph leaves the block: each side with the position it reaches. */
const SIDE = {
  left: { en: (mm: string) => `starts at ${mm} mm, left of the block`, zh: (mm: string) => `起于 ${mm} 毫米，在版心左侧` },
  right: { en: (mm: string) => `ends at ${mm} mm, right of the block`, zh: (mm: string) => `止于 ${mm} 毫米，在版心右侧` },
  above: { en: (mm: string) => `rises to ${mm} mm, above the block`, zh: (mm: string) => `上沿到 ${mm} 毫米，高出版心` },
  below: { en: (mm: string) => `reaches ${mm} mm, below the block`, zh: (mm: string) => `下沿到 ${mm} 毫米，低于版心` },
} as const;
const sides = (p: Params, lang: 'en' | 'zh') => items(p.sides).map((s) => SIDE[String(s.side) as keyof typeof SIDE][lang](String(s.mm)));

const n = (v: Params[string] | undefined, one: string, many: string) => `${v} ${Number(v) === 1 ? one : many}`;

export const VERIFY_MESSAGES = {
  // The checks (src/verify/grid.ts, furniture.ts, order.ts, page-breaks.ts).
  'verify-start': {
    en: (p) => `starts at ${p.x} mm, neither the block edge (${p.left} mm) nor the two-character indent (${p.indent} mm)`,
    zh: (p) => `起于 ${p.x} 毫米，既不在版心左边缘（${p.left} 毫米），也不在段首空二字处（${p.indent} 毫米）`,
  },
  'verify-end': {
    en: (p) => `ends at ${p.x} mm, not on the block's right edge (${p.right} mm ± ${p.tolerance}), but the paragraph goes on`,
    zh: (p) => `止于 ${p.x} 毫米，未到版心右边缘（${p.right} 毫米 ± ${p.tolerance}），而段落并未结束`,
  },
  'verify-grid-off': {
    en: (p) => `baseline at ${p.y} mm is ${p.off} mm off the grid (rows of ${p.row} mm, baselines ${p.depth} mm into a row)`,
    zh: (p) => `基线在 ${p.y} 毫米，偏离网格 ${p.off} 毫米（行高 ${p.row} 毫米，基线在行顶下 ${p.depth} 毫米）`,
  },
  'verify-grid-row': {
    en: (p) => `baseline at ${p.y} mm is on row ${p.row}, outside the ${p.rows} rows of the block`,
    zh: (p) => `基线在 ${p.y} 毫米，落在第 ${p.row} 行，超出版心的 ${p.rows} 行`,
  },
  'verify-pitch': {
    en: (p) => `"${p.pair}" are ${p.distance} mm apart, closer than the ${p.cell} mm character pitch`,
    zh: (p) => `“${p.pair}”相距 ${p.distance} 毫米，小于 ${p.cell} 毫米的标准字距`,
  },
  'verify-kinsoku-end': { en: (p) => `ends with "${p.ch}", which may not end a line`, zh: (p) => `行末是“${p.ch}”，这个符号不能出现在行末` },
  'verify-kinsoku-start': { en: (p) => `starts with "${p.ch}", which may not begin a line`, zh: (p) => `行首是“${p.ch}”，这个符号不能出现在行首` },
  'verify-kinsoku-pair': { en: (p) => `splits "${p.pair}" across lines`, zh: (p) => `把“${p.pair}”拆在了两行` },
  'verify-kinsoku-run': { en: (p) => `splits the run "${p.a}|${p.b}" of letters or digits across lines`, zh: (p) => `把字母或数字串“${p.a}|${p.b}”拆在了两行` },
  'verify-block-text': { en: () => 'text below the block that is not a page number "— N —"', zh: () => '版心下方有不是页码“— N —”的文字' },
  'verify-block-glyph': { en: (p) => `"${p.ch}" ${sides(p, 'en').join(', ')}`, zh: (p) => `“${p.ch}”超出版心：${sides(p, 'zh').join('，')}` },
  'verify-block-rule': { en: (p) => `a rule from ${p.x1} to ${p.x2} mm at ${p.y} mm lies outside the block`, zh: (p) => `位于 ${p.y} 毫米、从 ${p.x1} 到 ${p.x2} 毫米的线在版心之外` },
  'verify-block-image': { en: (p) => `an image at ${p.x1}–${p.x2} × ${p.y1}–${p.y2} mm reaches outside the block`, zh: (p) => `位于 ${p.x1}–${p.x2} × ${p.y1}–${p.y2} 毫米的图片超出版心` },
  'verify-folio-unnumbered': {
    en: () => 'carries a page number, but a blank page before the footer and the footer page carry none (GB/T 9704 §7.5)',
    zh: () => '标了页码，但版记前的空白页和版记页不标页码（GB/T 9704 §7.5）',
  },
  'verify-folio-missing': { en: () => 'has no page number below the block', zh: () => '版心下方没有页码' },
  'verify-folio-text': { en: (p) => `reads "${p.text}", not "${p.want}"`, zh: (p) => `页码是“${p.text}”，应为“${p.want}”` },
  'verify-folio-odd': {
    en: (p) => `ends at ${p.x} mm: an odd page's number ends one character (${p.one} mm) inside the right edge, at ${p.want} mm`,
    zh: (p) => `止于 ${p.x} 毫米：单页页码应右空一字（${p.one} 毫米），止于 ${p.want} 毫米`,
  },
  'verify-folio-even': {
    en: (p) => `starts at ${p.x} mm: an even page's number starts one character (${p.one} mm) inside the left edge, at ${p.want} mm`,
    zh: (p) => `起于 ${p.x} 毫米：双页页码应左空一字（${p.one} 毫米），起于 ${p.want} 毫米`,
  },
  'verify-masthead-missing': { en: () => 'has no masthead: no text above a rule across the block', zh: () => '没有报头：通栏分隔线上方没有文字' },
  'verify-masthead-colour': { en: (p) => `the masthead rule is ${p.color}, not red`, zh: (p) => `报头分隔线的颜色是 ${p.color}，不是红色` },
  'verify-footer-odd': {
    en: (p) => `the footer stands on page ${p.page}, an odd page: printed double-sided it belongs on an even page, the back of a sheet`,
    zh: (p) => `版记在第 ${p.page} 页，是单页：双面印刷时版记应在双页，即纸张的背面`,
  },
  'verify-footer-bottom': {
    en: (p) => `the footer's last rule lies at ${p.y} mm, not on the block's bottom edge (${p.bottom} mm)`,
    zh: (p) => `版记末条线在 ${p.y} 毫米，不在版心下边缘（${p.bottom} 毫米）`,
  },
  'verify-keep': {
    en: (p) => `a ${kindOf(p.kind, 'en')} ends the page: its text begins on the next page`,
    zh: (p) => `${kindOf(p.kind, 'zh')}留在了页末，其下的正文到下一页才开始`,
  },
  'verify-photo-after-source': {
    en: (p) => `a photo at ${p.y} mm follows the source line "${p.source}" that closed its article`,
    zh: (p) => `位于 ${p.y} 毫米的图片排在了结束其文章的来源行“${p.source}”之后`,
  },
  'verify-photo-above-title': {
    en: (p) => `a photo opens the page above the ${kindOf(p.kind, 'en')} "${p.text}": it is out of its article`,
    zh: (p) => `图片在页首，位于${kindOf(p.kind, 'zh')}“${p.text}”之上：离开了所属文章`,
  },
  'verify-orphan': {
    en: (p) => `a paragraph's first line stands alone at the foot of the page; the paragraph goes on on page ${p.next}`,
    zh: (p) => `段落首行单独留在页末，段落在第 ${p.next} 页继续`,
  },
  'verify-widow': {
    en: (p) => `a paragraph's last line stands alone at the top of the page; the paragraph began on page ${p.previous}`,
    zh: (p) => `段落末行单独排在页首，段落始于第 ${p.previous} 页`,
  },
  // The report (src/verify/report.ts).
  'verify-summary': {
    en: (p) => `${p.file}: ${n(p.pages, 'page', 'pages')}, ${p.body} body lines (${p.justified} justified, ${p.ends} paragraph ends), ${p.depth === '' ? 'no body text' : `baselines ${p.depth} mm below each row's top`}`,
    zh: (p) => `${p.file}：${p.pages} 页，正文 ${p.body} 行（两端对齐 ${p.justified} 行，段末 ${p.ends} 行），${p.depth === '' ? '没有正文' : `基线在各行顶下 ${p.depth} 毫米`}`,
  },
  'verify-on-pitch': { en: (p) => `${p.count} body lines set on the bare character pitch, without any adjustment`, zh: (p) => `${p.count} 行正文完全按标准字距排列，未作任何调整` },
  'verify-check': {
    en: (p) => `${Number(p.failed) ? 'FAIL' : 'ok  '} ${String(p.check).padEnd(8)} ${described(CHECK_EN, p)}${Number(p.failed) ? `: ${n(p.failed, 'violation', 'violations')}` : ''}`,
    zh: (p) => `${Number(p.failed) ? '不合格' : '合格  '} ${String(p.check).padEnd(8)} ${described(CHECK_ZH, p)}${Number(p.failed) ? `：${p.failed} 处违规` : ''}`,
  },
  'verify-violation': {
    en: (p) => `${p.file}: page ${p.page}, baseline ${p.y} mm, "${p.text}": [${p.check}] ${p.message}`,
    zh: (p) => `${p.file}：第 ${p.page} 页，基线 ${p.y} 毫米，“${p.text}”：[${p.check}] ${p.message}`,
  },
  'verify-total': { en: (p) => n(p.count, 'violation', 'violations'), zh: (p) => (Number(p.count) ? `共 ${p.count} 处违规` : '0 处违规，全部合格') },
  'verify-masthead-rule': {
    en: (p) => `masthead rule: ${p.thickness} mm ${p.color} at ${p.y} mm, from ${p.x1} to ${p.x2} mm`,
    zh: (p) => `报头分隔线：粗 ${p.thickness} 毫米，颜色 ${p.color}，在 ${p.y} 毫米，从 ${p.x1} 到 ${p.x2} 毫米`,
  },
  'verify-footer-rules': {
    en: (p) => `footer rules on the last page: ${items(p.rules).map((r) => `${r.y} mm (${r.thickness})`).join(', ')}`,
    zh: (p) => `末页版记线：${items(p.rules).map((r) => `${r.y} 毫米（粗 ${r.thickness}）`).join('，')}`,
  },
  'verify-folios': {
    en: (p) => `page numbers: baseline ${p.y} mm; odd pages end at ${p.odd || '—'}${p.odd ? ' mm' : ''}, even pages start at ${p.even || '—'}${p.even ? ' mm' : ''}`,
    zh: (p) => `页码：基线 ${p.y} 毫米；单页止于 ${p.odd || '—'}${p.odd ? ' 毫米' : ''}，双页起于 ${p.even || '—'}${p.even ? ' 毫米' : ''}`,
  },
  // bulletin verify itself (src/cli/verify.ts).
  'verify-usage': { en: () => 'usage: bulletin verify <file.pdf> [more.pdf ...]  (or npm run check:grid -- file.pdf)', zh: () => '用法：bulletin verify <文件.pdf> [更多.pdf ...]（或 npm run check:grid -- 文件.pdf）' },
  'verify-unreadable': { en: (p) => `${p.file}: cannot read: ${p.reason}`, zh: (p) => `${p.file}：无法读取：${p.reason}` },
  'verify-not-pdf': { en: (p) => `${p.file}: not a readable PDF: ${p.reason}`, zh: (p) => `${p.file}：不是可读的 PDF：${p.reason}` },
} satisfies Record<string, Entry>;
