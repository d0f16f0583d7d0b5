/**
 * The pasted-text checks: each fault in an issue file, found at its line and column (written out
 * here by counting), with its catalogue id; `check` prints them as warnings in both languages; the
 * repository's own issues show none.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../src/load/issue.js';
import { proofread } from '../src/proofread/proofread.js';
import { ROOT, SEED } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'bulletin');
const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-proofread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(path.join(ROOT, 'issues', 'bulletin.yaml'), path.join(dir, 'bulletin.yaml'));

/** An issue of one article whose paragraphs are the given YAML lines (each indented as a list item). */
function issueWith(name: string, items: string[]): string {
  const file = path.join(dir, name);
  const head = ['masthead:', '  number: 15', '  date: 2021-07-30', 'columns:', '  - heading: 要情快报', '    articles:', '      - title: 省科协召开汇报会', '        paragraphs:'];
  writeFileSync(file, `${[...head, ...items].join('\n')}\n`);
  return file;
}
// Line 9 is the first paragraph item; its text starts at column 13 ("          - " is 12 wide).

const found = (file: string) => proofread(loadIssue(file)).map((d) => ({ code: d.code, line: d.line, column: d.column, length: d.length }));

describe('pasted-text checks', () => {
  it('a folded block (>) whose line break fell between Chinese characters, at the line break', () => {
    const file = issueWith('folded.yaml', ['          - >', '            学史增信、', '            学史崇德，学史力行。']);
    // The line break after 、 (line 10, after "            学史增信、": column 18) became the space.
    expect(found(file)).toEqual([{ code: 'pasted-space-folded', line: 10, column: 18, length: 1 }]);
  });

  it('a plain value continued on the next line: the same symptom', () => {
    const file = issueWith('plain.yaml', ['          - 学史增信，', '            学史崇德。']);
    expect(found(file)).toEqual([{ code: 'pasted-space-folded', line: 9, column: 18, length: 1 }]);
  });

  it('a literal block (|) joins without a space: nothing to say', () => {
    const file = issueWith('literal.yaml', ['          - |', '            学史增信，', '            学史崇德。']);
    expect(found(file)).toEqual([]);
  });

  it('spaces between Chinese characters, but not the one-space gap between two words', () => {
    const file = issueWith('spaces.yaml', [
      '          - 围绕“众心向党 自立自强”主题，学 史 增 信。', // columns: 围 13, 学 29; the gap between two words passes; 学 史 增 信 does not
      '          - 学史增信，　学史崇德。', // a full-width space after a mark
      '          - "学史增信\u00A0学史崇德。"', // a non-breaking space, in quotes
    ]);
    expect(found(file)).toEqual([
      { code: 'pasted-space', line: 9, column: 30, length: 1 },
      { code: 'pasted-space', line: 9, column: 32, length: 1 },
      { code: 'pasted-space', line: 9, column: 34, length: 1 },
      { code: 'pasted-space', line: 10, column: 18, length: 1 },
      { code: 'pasted-space', line: 11, column: 18, length: 1 },
    ]);
  });

  it('half-width punctuation between Chinese characters, not in numbers or Latin text', () => {
    const file = issueWith('half.yaml', ['          - 会议强调,要落实(美丽乡村)工作;播放量达1.2万次，MV (music video) 好.']);
    expect(found(file).map((f) => [f.code, f.column])).toEqual([
      ['pasted-half-width', 17],
      ['pasted-half-width', 21],
      ['pasted-half-width', 26],
      ['pasted-half-width', 29],
    ]);
  });

  it('leading indent spaces, full-width or ASCII', () => {
    const file = issueWith('indent.yaml', ['          - 　　近日，各地纷纷开展活动。', '          - "  近日，各地纷纷开展学习。"']);
    expect(found(file)).toEqual([
      { code: 'pasted-indent', line: 9, column: 13, length: 2 },
      { code: 'pasted-indent', line: 10, column: 14, length: 2 },
    ]);
  });

  it('quotes and brackets not closed within the paragraph', () => {
    const file = issueWith('pairs.yaml', ['          - 扎实做好“后半篇文章，完成（规定动作）。', '          - 创新自选动作》，it’s fine。']);
    expect(found(file)).toEqual([
      { code: 'unpaired-mark', line: 9, column: 17, length: 1 },
      { code: 'unpaired-mark', line: 10, column: 19, length: 1 },
    ]);
  });

  it('a paragraph given twice, at the second, pointing at the first', () => {
    const file = issueWith('twice.yaml', ['          - 领导小组办公室全体工作人员依次做了交流发言。', '          - 会议强调。', '          - 领导小组办公室全体工作人员依次做了交流发言。', '          - 会议强调。']);
    const diags = proofread(loadIssue(file));
    expect(diags.map((d) => [d.code, d.line, d.column])).toEqual([['duplicate-paragraph', 11, 13]]);
    expect(diags[0]!.message).toBe('this paragraph is the same as the one on line 9');
  });

  it('the repository’s issues show none', () => {
    for (const file of [SEED, path.join(ROOT, 'issues', 'sample-all-kinds.yaml')]) expect(proofread(loadIssue(file)), file).toEqual([]);
  });

  it('check prints them as warnings with their hint, in English and Chinese, and still passes', () => {
    const file = issueWith('cli.yaml', ['          - >', '            学史增信、', '            学史崇德，学史力行。']);
    const en = spawnSync(process.execPath, [BIN, '--lang', 'en', 'check', file], { encoding: 'utf8' });
    expect(en.status, en.stderr).toBe(0);
    expect(en.stderr).toContain(`${file}:10:18: warning: a line break here became a space between Chinese characters: a folded value (\`>\``);
    expect(en.stderr).toContain('hint: write the paragraph on one line, or use a literal block (`|`)');
    const zh = spawnSync(process.execPath, [BIN, '--lang', 'zh', 'check', file], { encoding: 'utf8' });
    expect(zh.stderr).toContain(`${file}:10:18: 警告：此处的换行变成了中文之间的空格`);
    const json = spawnSync(process.execPath, [BIN, 'check', file, '--format', 'json'], { encoding: 'utf8' });
    const out = JSON.parse(json.stdout) as { warnings: number; diagnostics: { code: string; line: number; column: number; severity: string }[] };
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'pasted-space-folded', line: 10, column: 18, severity: 'warning' })]);
  });

  it('--strict makes them errors: check fails', () => {
    const file = issueWith('strict.yaml', ['          - 会议强调,要落实。']);
    const strict = spawnSync(process.execPath, [BIN, '--lang', 'en', 'check', '--strict', file], { encoding: 'utf8' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`${file}:9:17: error: half-width \`,\` between Chinese characters`);
  });
});
