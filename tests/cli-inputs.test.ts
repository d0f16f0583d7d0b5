/**
 * Every command takes the same inputs: files, folders, globs and `-` (standard input, named by
 * --stdin-name); series files are skipped by their content, whatever their name. `-o -` writes the
 * PDF, and nothing else, to standard output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverIssues } from '../src/build/discover.js';
import { isSeriesText } from '../src/load/file-kind.js';
import { BIN, runCli } from './cli-helpers.js';
import { ROOT, requireTool } from './helpers.js';
import { smallIssue } from './archive-fixtures.js';

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-cli-inputs-'));
  cpSync(path.join(ROOT, 'issues'), path.join(tmp, 'issues'), { recursive: true, filter: (f) => !f.endsWith('.pdf') && !f.includes('.bulletin-cache') });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SERIES = 'masthead:\n  name: 测试简报\n  office: 测试办公室\nfooter:\n  报: [上级单位]\n';

describe('series files are known by their content', () => {
  it('a series is what holds only shared keys; anything with columns, a number or a stray key is an issue', () => {
    expect(isSeriesText(SERIES)).toBe(true);
    // An empty file says nothing: the empty series under the series file's default name, else an empty issue (an error).
    expect(isSeriesText('', 'issues/bulletin.yaml')).toBe(true);
    expect(isSeriesText('# only a comment\n', 'bulletin.yaml')).toBe(true);
    expect(isSeriesText('', 'issues/issue-9.yaml')).toBe(false);
    expect(isSeriesText(smallIssue(3))).toBe(false);
    expect(isSeriesText('masthead:\n  number: 3\n  date: 2024-01-02\n')).toBe(false); // an issue still missing its columns
    expect(isSeriesText('masthead:\n  name: x\ncolums: []\n')).toBe(false); // a typo is reported, not skipped
    expect(isSeriesText('{masthead: {name: x}, columns: []}')).toBe(false);
    expect(isSeriesText('masthead: [unclosed\n')).toBe(false);
  });

  it('skips a series file of any name in folders and globs, and builds an issue named bulletin.yaml', () => {
    const dir = mkdtempSync(path.join(tmp, 'kinds-'));
    writeFileSync(path.join(dir, 'shared.yaml'), SERIES);
    writeFileSync(path.join(dir, 'issue-1.yaml'), `series: shared.yaml\n${smallIssue(1)}`);
    writeFileSync(path.join(dir, 'common.yml'), SERIES); // named by no issue: skipped by its content alone
    const lone = mkdtempSync(path.join(tmp, 'lone-'));
    writeFileSync(path.join(lone, 'bulletin.yaml'), smallIssue(2).replace('masthead:\n', 'masthead:\n  name: 测试简报\n  office: 测试办公室\n'));
    expect(discoverIssues([lone]).issues).toEqual([path.join(lone, 'bulletin.yaml')]);
    const { issues, seriesNamed } = discoverIssues([dir, path.join(dir, '*.y*ml')]);
    expect(issues.map((f) => path.basename(f))).toEqual(['issue-1.yaml']);
    expect(seriesNamed).toEqual([]);
    expect(discoverIssues([path.join(dir, 'common.yml')]).seriesNamed).toEqual([path.join(dir, 'common.yml')]);
  });
});

describe('check takes what build takes', () => {
  it('checks a folder, and the README\'s CI command passes on the repository\'s issues', () => {
    const folder = runCli(['check', 'issues/'], { cwd: tmp });
    expect(folder.err).toBe('');
    expect(folder.code).toBe(0);
    expect(folder.out).toContain('issues/issue-14.yaml: ok');
    expect(folder.out).not.toContain('bulletin.yaml');
    // As a shell runs it: the glob expands to the series file too, which is skipped.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check issues/*.yaml --format json`], { cwd: tmp, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { files: { file: string; ok: boolean }[]; errors: number };
    expect(json.errors).toBe(0);
    expect(json.files.map((f) => f.file)).toEqual(['issues/issue-14.yaml', 'issues/sample-all-kinds.yaml']);
  });

  it('naming only a series file is a usage error that says what it is', () => {
    const r = runCli(['check', 'issues/bulletin.yaml'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.err).toContain('issues/bulletin.yaml is a series file');
    expect(runCli(['build', 'issues/nothing-*.yaml'], { cwd: tmp }).err).toContain('no issue file in issues/nothing-*.yaml');
  });
});

describe('standard input and output', () => {
  const seed = () => readFileSync(path.join(tmp, 'issues', 'issue-14.yaml'));

  it('builds from stdin to stdout: the PDF alone, identical to the file build', () => {
    const piped = runCli(['build', '-', '--stdin-name', 'issues/issue-14.yaml', '-o', '-'], { cwd: tmp, input: seed() });
    expect(piped.err).toBe('');
    expect(piped.code).toBe(0);
    expect(piped.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(piped.bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/u);
    const file = runCli(['build', 'issues/issue-14.yaml', '-o', 'seed.pdf', '--force'], { cwd: tmp });
    expect(file.code).toBe(0);
    expect(Buffer.compare(piped.bytes, readFileSync(path.join(tmp, 'seed.pdf')))).toBe(0);
    // Nothing was stamped or written for the stdin build.
    expect(existsSync(path.join(tmp, 'issues', 'issue-14.pdf'))).toBe(false);
    expect(existsSync(path.join(tmp, '-'))).toBe(false);
  });

  it('cat issue.yaml | bulletin build - -o - | pdfinfo - and qpdf --check: a valid PDF through a pipe', (ctx) => {
    for (const [tool, pkg] of [['qpdf', 'qpdf'], ['pdfinfo', 'poppler-utils']] as const) {
      const installed = requireTool(tool, pkg);
      if (!installed.ok) return ctx.skip(`skipped: ${installed.why}`);
    }
    // qpdf needs a file it can seek in; pdfinfo reads the pipe itself.
    const sh = `cd issues && cat issue-14.yaml | "${process.execPath}" "${BIN}" build - -o - | tee ../piped.pdf | pdfinfo - && qpdf --check ../piped.pdf`;
    const r = spawnSync('sh', ['-c', sh], { cwd: tmp, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Pages: +[1-9]\d*$/mu); // the page count is the layout tests' business
    expect(r.stdout).toMatch(/No syntax or stream encoding errors found/u);
  });

  it('without --stdin-name, stdin is <stdin> in messages and resolves from the current folder', () => {
    const broken = seed().toString('utf8').replace('date: 2021-07-16', 'date: 2021-02-30');
    const r = runCli(['check', '-'], { cwd: path.join(tmp, 'issues'), input: broken });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^<stdin>:\d+:\d+: error: invalid date/mu);
    const named = runCli(['check', '-', '--stdin-name', 'issues/issue-16.yaml'], { cwd: tmp, input: broken });
    expect(named.err).toMatch(/^issues\/issue-16\.yaml:\d+:\d+: error: invalid date/mu);
  });

  it('refuses what cannot work: stdin without -o, -o - for several issues, a series on stdin', () => {
    const noOut = runCli(['build', '-'], { cwd: tmp, input: seed() });
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('a build from standard input needs -o');
    const many = runCli(['build', 'issues/', '-o', '-'], { cwd: tmp });
    expect(many.code).toBe(2);
    expect(many.out).toBe('');
    expect(many.err).toContain('`-o -` writes one PDF to standard output');
    const series = runCli(['check', '-'], { cwd: tmp, input: SERIES });
    expect(series.code).toBe(2);
    expect(series.err).toContain('<stdin> is a series file');
    expect(runCli(['check', '-', '-'], { cwd: tmp, input: SERIES }).code).toBe(2);
  });
});
