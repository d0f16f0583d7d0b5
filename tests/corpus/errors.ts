/**
 * The error corpus: bad inputs, one for each kind of problem bulletin reports — the file, YAML
 * syntax, the issue format, fonts, photos, fitting — each with the catalogue code it must give.
 * tests/locale-zh.test.ts runs them all under a Chinese locale.
 */
import { ISSUE, SERIES } from '../diagnostics-helpers.js';
import { pngPhoto } from '../content-fixtures.js';

export { ISSUE, SERIES } from '../diagnostics-helpers.js';

const withItem = (item: string) => `${ISSUE}${item}`;

export interface ErrorCase {
  name: string;
  /** The issue file's content, and other files beside it (the series file is added unless given). */
  issue: string | Buffer;
  files?: Record<string, string | Buffer>;
  /** The catalogue code the check must report. */
  code: string;
}

export const ERROR_CASES: ErrorCase[] = [
  { name: 'a tab', issue: ISSUE.replace('  number: 14', '\tnumber: 14'), code: 'yaml-tab' },
  { name: 'an unclosed quote', issue: ISSUE.replace('date: 2021-07-16', 'date: "2021-07-16'), code: 'yaml-unclosed-quote' },
  { name: 'a duplicate key', issue: ISSUE.replace('  date: 2021-07-16', '  date: 2021-07-16\n  number: 15'), code: 'yaml-duplicate-key' },
  { name: 'an unknown field', issue: ISSUE.replace('- title:', '- titel:'), code: 'unknown-key' },
  { name: 'a number in words', issue: ISSUE.replace('number: 14', 'number: 十四'), code: 'wrong-type' },
  { name: 'a missing date', issue: ISSUE.replace('  date: 2021-07-16\n', ''), code: 'missing-key' },
  { name: 'an invalid date', issue: ISSUE.replace('2021-07-16', '2021.7.16'), code: 'invalid-date' },
  { name: 'an empty heading', issue: ISSUE.replace('heading: 要情快报', "heading: ''"), code: 'empty-text' },
  { name: 'an empty list', issue: ISSUE.replace(/paragraphs:\n.*\n$/u, 'paragraphs: []\n'), code: 'empty-list' },
  { name: 'a NUL byte', issue: Buffer.concat([Buffer.from('masthead:\n  number: 1'), Buffer.from([0, 1]), Buffer.from('\n')]), code: 'file-binary' },
  { name: 'GBK text', issue: Buffer.concat([Buffer.from('masthead:\n  number: 1\ncolumns:\n  - heading: '), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), Buffer.from('\n')]), code: 'file-not-utf8' },
  { name: 'an unknown alias', issue: ISSUE.replace('heading: 要情快报', 'heading: *nowhere'), code: 'yaml-alias-unknown' },
  { name: 'a text over the limit', issue: withItem(`          - ${'字'.repeat(20_001)}\n`), code: 'text-too-long' },
  { name: 'an unknown paragraph kind', issue: withItem('          - picture: a.jpg\n'), code: 'paragraph-unknown-kind' },
  { name: 'a row of one photo', issue: withItem('          - images:\n              - image: a.png\n'), code: 'images-count' },
  { name: 'a width over 1', issue: withItem('          - image: a.png\n            width: 2\n'), code: 'width-fraction-max' },
  { name: 'a sub-heading without a level', issue: withItem('          - subheading: 会议要求\n'), code: 'subheading-no-level' },
  { name: 'a Han–Latin space too wide', issue: `${ISSUE}typography:\n  hanLatinSpace: 1\n`, code: 'han-latin-range' },
  { name: 'a font family not installed', issue: `${ISSUE}fonts:\n  body: 不存在的字体\n`, code: 'font-not-found' },
  { name: 'a font file missing', issue: `${ISSUE}fonts:\n  body: missing/仿宋.ttf\n`, code: 'font-file-missing' },
  { name: 'a file that is not a font', issue: `${ISSUE}fonts:\n  body: notes.ttf\n`, files: { 'notes.ttf': 'hello' }, code: 'font-file-not-font' },
  { name: 'a character no font has', issue: ISSUE.replace('heading: 要情快报', 'heading: 要情\u{20000}快报'), code: 'char-not-covered' },
  { name: 'a character only a fallback has', issue: ISSUE.replace('汇报会。', '汇报会，堃主持。'), code: 'char-fallback' },
  { name: 'a missing photo', issue: withItem('          - image: photos/none.jpg\n'), code: 'photo-unreadable' },
  { name: 'a GIF photo', issue: withItem('          - image: a.gif\n'), files: { 'a.gif': Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1') }, code: 'photo-format' },
  { name: 'an empty photo', issue: withItem('          - image: a.png\n'), files: { 'a.png': Buffer.alloc(0) }, code: 'photo-empty' },
  { name: 'a photo of too few pixels', issue: withItem('          - image: a.png\n'), files: { 'a.png': pngPhoto(40, 30) }, code: 'photo-low-dpi' },
  { name: 'a masthead name too long', issue: ISSUE, files: { 'bulletin.yaml': SERIES.replace('河南省科协党史学习教育 简报', `${'河南省科学技术协会党史学习教育'.repeat(3)}简报`) }, code: 'name-too-long' },
  { name: 'a title too long', issue: ISSUE.replace('- title: 省科协召开党史学习教育阶段工作汇报会', `- title: ${'很长的标题'.repeat(30)}`), code: 'title-too-long' },
];
