/**
 * Checks across a series folder: a number given twice in a year, a gap or repeat in 总第N期, a
 * date earlier than a lower-numbered issue's — each a warning at the later issue's value (line and
 * column counted here by hand), through `check <folder>`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../src/load/issue.js';
import { seriesDiagnostics } from '../src/series/continuity.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'bulletin');
const root = mkdtempSync(path.join(os.tmpdir(), 'bulletin-series-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder of issues with the given mastheads (lines 2–4 of each file: number, date, total). */
function series(name: string, mastheads: { file: string; number: number; date: string; total?: number }[]): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  copyFileSync(path.join(ROOT, 'issues', 'bulletin.yaml'), path.join(dir, 'bulletin.yaml'));
  for (const m of mastheads) {
    const lines = ['masthead:', `  number: ${m.number}`, `  date: ${m.date}`, ...(m.total !== undefined ? [`  total: ${m.total}`] : []), 'columns:', '  - heading: 要情快报', '    articles:', '      - paragraphs:', '          - 近日，各地各单位纷纷开展党史学习教育。'];
    writeFileSync(path.join(dir, m.file), `${lines.join('\n')}\n`);
  }
  return dir;
}

const found = (dir: string, files: string[]) =>
  seriesDiagnostics(files.map((f) => loadIssue(path.join(dir, f)))).map((d) => ({ code: d.code, file: path.basename(d.file), line: d.line, column: d.column }));

describe('series checks', () => {
  it('a clean run of issues says nothing, across a new year whose numbers restart', () => {
    const dir = series('clean', [
      { file: 'issue-14.yaml', number: 14, date: '2021-07-16', total: 40 },
      { file: 'issue-15.yaml', number: 15, date: '2021-07-30', total: 41 },
      { file: 'issue-17.yaml', number: 17, date: '2021-08-30', total: 43 }, // 16 not in the folder: total follows the number
      { file: '2022-1.yaml', number: 1, date: '2022-01-10', total: 44 },
    ]);
    expect(found(dir, ['issue-14.yaml', 'issue-15.yaml', 'issue-17.yaml', '2022-1.yaml'])).toEqual([]);
  });

  it('finds a repeated number, a date going back and gaps and repeats in 总第N期, at the later issue', () => {
    const dir = series('faults', [
      { file: 'issue-14.yaml', number: 14, date: '2021-07-16', total: 40 },
      { file: 'issue-15.yaml', number: 15, date: '2021-07-10', total: 42 }, // dated before 14; total skips 41
      { file: 'issue-16.yaml', number: 16, date: '2021-08-01', total: 42 }, // total repeats
      { file: 'issue-16b.yaml', number: 16, date: '2021-08-02' }, // number repeats
    ]);
    expect(found(dir, ['issue-14.yaml', 'issue-15.yaml', 'issue-16.yaml', 'issue-16b.yaml'])).toEqual([
      { code: 'series-date-backwards', file: 'issue-15.yaml', line: 3, column: 9 },
      { code: 'series-total-gap', file: 'issue-15.yaml', line: 4, column: 10 },
      { code: 'series-total-repeated', file: 'issue-16.yaml', line: 4, column: 10 },
      { code: 'series-number-repeated', file: 'issue-16b.yaml', line: 2, column: 11 },
    ]);
  });

  it('check <folder> prints them as warnings in English and Chinese; the repository’s issues show none', () => {
    const dir = series('cli', [
      { file: 'issue-14.yaml', number: 14, date: '2021-07-16', total: 40 },
      { file: 'issue-15.yaml', number: 15, date: '2021-07-30', total: 42 },
    ]);
    const en = spawnSync(process.execPath, [BIN, '--lang', 'en', 'check', dir], { encoding: 'utf8' });
    expect(en.status, en.stderr).toBe(0);
    expect(en.stderr).toContain(`${path.join(dir, 'issue-15.yaml')}:4:10: warning: 总第42期 leaves a gap: issue 14 (${path.join(dir, 'issue-14.yaml')}) is 总第40期, so this one would be 总第41期`);
    expect(en.stderr).toContain('hint: write `total: 41`, or check the issues between');
    const zh = spawnSync(process.execPath, [BIN, '--lang', 'zh', 'check', dir], { encoding: 'utf8' });
    expect(zh.stderr).toContain('警告：总期号不连续');
    const repo = spawnSync(process.execPath, [BIN, 'check', path.join(ROOT, 'issues')], { encoding: 'utf8' });
    expect(repo.status).toBe(0);
    expect(repo.stderr).toBe('');
  });
});
