/**
 * Coverage is reported by the typesetter as it sets each kind of text: every character the style's
 * face lacks is reported once, at the place it was written, in the role it is printed in. The
 * expected places are found in the YAML written here (line and column of each 堃), not computed by
 * the code; the roles are the standard's faces for each kind (GB/T 9704: 黑体 headings, 楷体 notes…).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCoverage } from '../src/build/coverage.js';
import { checkIssue } from '../src/build/pipeline.js';
import { openIssueFonts } from '../src/fonts/issue-fonts.js';
import { loadIssue } from '../src/load/issue.js';
import { ROOT } from './helpers.js';

/** Each line of the issue that holds a 堃, with the role (face) the typesetter sets that text in. */
const LINES: [string, string | null][] = [
  ['masthead:', null],
  ['  name: 测试简报', null],
  ['  number: 1', null],
  ['  date: 2021-07-16', null],
  ['  office: 办公室堃一处', 'body'],
  ['  marks: [内部堃资料]', 'heading'],
  ['columns:', null],
  ['  - heading: 要情堃快报', 'heading'],
  ['    articles:', null],
  ['      - paragraphs:', null],
  ['          - 王堃同志参加会议。', 'body'],
  ['          - 会议**强调堃要求**。', 'heading'],
  ['          - note: 本期编者堃按语。', 'kai'],
  ['          - subheading: 一、会前堃准备', 'heading'],
  ['          - subheading: （一）征求堃意见', 'kai'],
  ['          - subheading: 1.聚焦堃主题', 'body'],
  ['          - quote: 要把堃成果转化。', 'kai'],
  ['          - image: photos/badge.png', null],
  ['            caption: 活动堃标识', 'kai'],
  ['          - source: 科协堃党委', 'kai'],
  ['footer:', null],
  ['  报: 省委堃办公室', 'footer'],
];

let tmp: string;
let file: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-coverage-'));
  mkdirSync(path.join(tmp, 'photos'));
  copyFileSync(path.join(ROOT, 'issues', 'photos', 'badge.png'), path.join(tmp, 'photos', 'badge.png'));
  file = path.join(tmp, 'issue.yaml');
  writeFileSync(file, `${LINES.map(([l]) => l).join('\n')}\n`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const expected = LINES.flatMap(([l, role], i) => (role ? [{ role, line: i + 1, column: l.indexOf('堃') + 1 }] : []));

describe('coverage reported by the typesetter', () => {
  it('reports each 堃 once, where it was written, in the role it is set in', () => {
    const loaded = loadIssue(file);
    const { fonts } = openIssueFonts(loaded, { systemDirs: [], cacheFile: null, env: {} });
    const warnings = checkIssue(loaded, fonts).warnings.filter((w) => w.code === 'char-fallback'); // not the photo's resolution
    const got = warnings.map((w) => ({ role: /\((\w+)\) lacks/u.exec(w.message)?.[1], line: w.line, column: w.column }));
    expect(got).toEqual(expected);
    // The emphasised 堃 of line 12 is set in 黑体: it is not also reported as body text.
    expect(warnings.filter((w) => w.line === 12)).toHaveLength(1);
    // `bulletin fonts` hears the same reports.
    expect(issueCoverage(loaded, fonts).map((u) => u.role).sort()).toEqual(expected.map((e) => e.role).sort());
  });
});
