/**
 * The named styles of the Word file, so that a person editing it keeps the layout by choosing a
 * style rather than by formatting by hand. Sizes are the 字号 GB/T 9704 uses: 3号 (16 pt) for the
 * body, 2号 (22 pt) for titles, 4号 (14 pt) for the 版记 and the page number.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import type { FontRole } from '../../model/issue.js';
import { ZIHAO } from '../../page/units.js';
import { fontOf } from './fonts.js';
import { BLOCK_WIDTH, LINE_PITCH, halfPoints } from './units.js';
import { GBT9704 } from '../../page/geometry.js';
import { SUBHEADING_FACE } from '../../typeset/subheading.js';

/** Ids of the styles (ASCII, as Word keeps them); their names are Chinese. */
export const STYLE = {
  body: 'Normal',
  masthead: 'Masthead',
  mastheadLine: 'MastheadLine',
  marks: 'MastheadMarks',
  column: 'Column',
  title: 'BulletinTitle',
  heading1: 'Heading1Cn',
  heading2: 'Heading2Cn',
  heading3: 'Heading3Cn',
  heading4: 'Heading4Cn',
  photo: 'Photo',
  caption: 'PhotoCaption',
  note: 'EditorsNote',
  quote: 'Quotation',
  source: 'Source',
  contents: 'Contents',
  contentsLabel: 'ContentsLabel',
  imprint: 'Imprint',
  pageNumber: 'PageNumber',
} as const;

/** A body character's width on the grid (156 mm / 28), twips: indents are counted in characters. */
const CHAR = Math.round(BLOCK_WIDTH / GBT9704.charsPerLine);

/**
 * Paragraph properties the docx package writes for paragraphs but not for styles, added to the
 * styles' w:pPr (before w:spacing, as the schema orders them):
 * - Normal: w:overflowPunct 1, Word's own default (a closing mark may hang past the block), written
 *   out because LibreOffice reads the element inverted (its import sets "hanging punctuation" to
 *   `value == 0`) and otherwise hangs marks in justified lines, where it then drops them from its
 *   print (LibreOffice 7.4: "歌声，" printed "歌声"); so LibreOffice breaks before "声，" instead;
 * - the masthead's name and the titles, larger than the grid's pitch, stand off the character grid
 *   (w:snapToGrid 0); a title line is one grid row exactly, so the body after it stays on the grid.
 */
const STYLE_PARAGRAPH_EXTRAS: Record<string, string> = {
  [STYLE.body]: '<w:overflowPunct w:val="1"/>',
  [STYLE.masthead]: '<w:snapToGrid w:val="0"/>',
  [STYLE.title]: '<w:snapToGrid w:val="0"/>',
};

export function addStyleParagraphExtras(part: string, xml: string): string {
  if (part !== 'word/styles.xml') return xml;
  const within = '(?:(?!</w:style>).)*?'; // never past the end of the style
  const pattern = new RegExp(`(<w:style w:type="paragraph" w:styleId="([^"]+)"[^>]*>${within}<w:pPr>${within})(<w:spacing )`, 'gsu');
  return xml.replace(pattern, (all, head: string, id: string, spacing: string) => (STYLE_PARAGRAPH_EXTRAS[id] ? `${head}${STYLE_PARAGRAPH_EXTRAS[id]}${spacing}` : all));
}

const run = (role: FontRole, size: number, more: { color?: string; snapToGrid?: boolean; scale?: number } = {}) => ({ font: fontOf(role), size: halfPoints(size), ...more });

/**
 * Characters at 98 % of their width (16 → 15.68 pt across). Word spaces characters at the grid's
 * pitch (15.79 pt) whatever their width, so this changes nothing but a hair of each glyph there;
 * LibreOffice gives a character wider than the pitch two cells of the grid, which would halve a
 * 3号 line to 14 characters. Inherited by every style (all are based on Normal).
 */
export const BODY_SCALE = 98;
const style = (id: string, name: string, paragraph: IParagraphStyleOptions['paragraph'], runProps: IParagraphStyleOptions['run']): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: id === STYLE.body ? undefined : STYLE.body,
  next: STYLE.body,
  quickFormat: true,
  paragraph: { spacing: { before: 0, after: 0 }, ...paragraph },
  run: runProps,
});

/** 方正小标宋 red name of the masthead; its size is fitted to the block per issue. */
export const MASTHEAD_RED = 'FF0000';

export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  // Word shows its Normal style as 正文 in Chinese: the body is set in it.
  { ...style(STYLE.body, 'Normal', { alignment: AlignmentType.BOTH, indent: { firstLineChars: 200, firstLine: 2 * CHAR } }, run('body', ZIHAO.三号, { scale: BODY_SCALE })) },
  style(STYLE.masthead, '报头', { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }, run('masthead', 42, { color: MASTHEAD_RED })),
  style(STYLE.mastheadLine, '期号', { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }, run('body', ZIHAO.三号)),
  style(STYLE.marks, '密级', { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } }, run('heading', ZIHAO.三号)),
  // A column opens after one empty grid row, as in the PDF (also below the masthead's rule).
  style(STYLE.column, '栏目', { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, keepNext: true, spacing: { before: LINE_PITCH, after: 0 } }, run('heading', ZIHAO.三号)),
  style(STYLE.title, '标题', { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true, keepLines: true, spacing: { before: 0, after: 0, line: LINE_PITCH, lineRule: LineRuleType.EXACT } }, run('title', ZIHAO.二号)),
  // Sub-heading levels in the faces the PDF sets them in (one table: typeset/subheading.ts).
  style(STYLE.heading1, '一级标题', { indent: { firstLineChars: 200, firstLine: 2 * CHAR }, keepNext: true }, run(SUBHEADING_FACE[1], ZIHAO.三号)),
  style(STYLE.heading2, '二级标题', { indent: { firstLineChars: 200, firstLine: 2 * CHAR }, keepNext: true }, run(SUBHEADING_FACE[2], ZIHAO.三号)),
  style(STYLE.heading3, '三级标题', { indent: { firstLineChars: 200, firstLine: 2 * CHAR }, keepNext: true }, run(SUBHEADING_FACE[3], ZIHAO.三号)),
  style(STYLE.heading4, '四级标题', { indent: { firstLineChars: 200, firstLine: 2 * CHAR }, keepNext: true }, run(SUBHEADING_FACE[4], ZIHAO.三号)),
  style(STYLE.photo, '图片', { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true }, run('body', ZIHAO.三号)),
  style(STYLE.caption, '图片说明', { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }, run('kai', ZIHAO.三号)),
  style(STYLE.note, '编者按', {}, run('kai', ZIHAO.三号)),
  style(STYLE.quote, '引文', { indent: { left: 2 * CHAR, right: 2 * CHAR, firstLine: 2 * CHAR } }, run('kai', ZIHAO.三号)),
  style(STYLE.source, '来源', { alignment: AlignmentType.RIGHT, indent: { firstLine: 0 } }, run('kai', ZIHAO.三号)),
  style(STYLE.contentsLabel, '要目标签', { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true }, run('heading', ZIHAO.三号)),
  style(STYLE.contents, '本期要目', { indent: { left: 3 * CHAR, right: 2 * CHAR, hanging: CHAR } }, run('kai', ZIHAO.三号)),
  // One character in from each side; a wrapped line hangs under the text after "报：".
  style(STYLE.imprint, '版记', { alignment: AlignmentType.LEFT, indent: { left: 3 * CHAR, right: CHAR, hanging: 2 * CHAR } }, run('footer', ZIHAO.四号)),
  style(STYLE.pageNumber, '页码', { indent: { firstLine: 0 } }, run('pageNumber', ZIHAO.四号)),
];
