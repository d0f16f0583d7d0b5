/**
 * One reporting path for every diagnostic: --strict (warnings fail), --diagnostic-format github
 * (workflow annotations, escaped as the runner reads them), --color with NO_COLOR and FORCE_COLOR,
 * one line for an up-to-date issue, timestamps in watch mode.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stamped } from '../src/build/watch.js';
import { diagnostic } from '../src/diagnostics/diagnostic.js';
import { escapeData, escapeProperty, githubAnnotation, workspacePath } from '../src/diagnostics/github.js';
import { wantsColour } from '../src/diagnostics/locale.js';
import { underPolicy } from '../src/diagnostics/reporting.js';
import { runCli } from './cli-helpers.js';
import { ROOT } from './helpers.js';

let tmp: string;
/** The seed with 堃 in a paragraph: no bundled body font has it, so it is set in a fallback, with a warning. */
const WARNED = 'issues/warned.yaml';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-cli-reporting-'));
  cpSync(path.join(ROOT, 'issues'), path.join(tmp, 'issues'), { recursive: true, filter: (f) => !f.endsWith('.pdf') && !f.includes('.bulletin-cache') });
  const seed = readFileSync(path.join(tmp, 'issues', 'issue-14.yaml'), 'utf8');
  expect(seed).toContain('谈朗玉认真听取了');
  writeFileSync(path.join(tmp, WARNED), seed.replace('谈朗玉认真听取了', '谈朗玉和王堃认真听取了'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['--lang', 'en', ...args, '--ignore-system-fonts'], { cwd: tmp, env });

describe('GitHub annotations', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as the runner decodes them', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%d\n')).toBe('a%3Ab%2Cc%25d%0A');
  });

  it('names file, line, column, end column and code; the hint goes on a second line', () => {
    const d = diagnostic({ file: 'issues/a,b.yaml', line: 3, column: 9, length: 9 }, 'invalid-date', { value: '2021.7.16' }, { hint: { id: 'hint-date-forms', params: {} } });
    expect(githubAnnotation(d, 'en', {})).toBe(
      '::error file=issues/a%2Cb.yaml,line=3,col=9,endColumn=18,title=invalid-date::invalid date "2021.7.16"%0Ahint: write the date as 2021-07-16, 2021-7-16 or 2021年7月16日',
    );
    const whole = { ...diagnostic({ file: 'x.yaml', line: 0, column: 0 }, 'file-empty', { role: 'issue' }), severity: 'warning' as const };
    expect(githubAnnotation(whole, 'zh', {})).toBe('::warning file=x.yaml,title=file-empty::简报文件是空的');
  });

  it('gives paths relative to the workspace', () => {
    expect(workspacePath('/repo/issues/a.yaml', { GITHUB_WORKSPACE: '/repo' }, '/repo/issues')).toBe('issues/a.yaml');
    expect(workspacePath('a.yaml', { GITHUB_WORKSPACE: '/repo' }, '/repo/issues')).toBe('issues/a.yaml');
    expect(workspacePath('/elsewhere/a.yaml', { GITHUB_WORKSPACE: '/repo' }, '/repo')).toBe('/elsewhere/a.yaml');
  });

  it('check and build print annotations for warnings and errors', () => {
    const r = run(['check', WARNED, '--diagnostic-format', 'github']);
    expect(r.code).toBe(0);
    expect(r.err.trim()).toMatch(/^::warning file=issues\/warned\.yaml,line=\d+,col=\d+(,endColumn=\d+)?(,title=[\w-]+)?::.*堃/u);
    const alias = run(['check', WARNED, '--format', 'github']);
    expect(alias.err).toBe(r.err);
    const bad = runCli(['build', '-', '--stdin-name', 'issues/x.yaml', '-o', 'x.pdf', '--diagnostic-format', 'github'], { cwd: tmp, input: 'masthead:\n  number: 十四\n' });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^::error file=issues\/x\.yaml,line=2,col=11,endColumn=13,title=[\w-]+::/mu);
  });
});

describe('--strict', () => {
  it('turns warnings into errors', () => {
    expect(underPolicy([{ severity: 'warning', file: 'a', line: 1, column: 1, message: 'm' }], true)[0]!.severity).toBe('error');
    expect(underPolicy([{ severity: 'warning', file: 'a', line: 1, column: 1, message: 'm' }], false)[0]!.severity).toBe('warning');
  });

  it('check fails on a warning only under --strict; json counts it as an error', () => {
    const lax = run(['check', WARNED]);
    expect(lax.code).toBe(0);
    expect(lax.err).toMatch(/warning: .*堃/u);
    const strict = run(['check', WARNED, '--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    const json = JSON.parse(strict.out) as { errors: number; warnings: number; files: { ok: boolean }[] };
    expect([json.errors, json.warnings, json.files[0]!.ok]).toEqual([1, 0, false]);
  });

  it('build --strict writes no PDF and exits 1; without it the PDF is written', () => {
    const pdf = path.join(tmp, 'issues', 'warned.pdf');
    const strict = run(['build', WARNED, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/error: .*堃/u);
    expect(existsSync(pdf)).toBe(false);
    const lax = run(['build', WARNED]);
    expect(lax.code).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    // The stamp of the lax build does not make a strict run pass as "up to date".
    expect(run(['build', WARNED, '--strict']).code).toBe(1);
  });
});

describe('output conventions', () => {
  it('--color, FORCE_COLOR and NO_COLOR', () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    expect(wantsColour(tty, {}, 'auto')).toBe(true);
    expect(wantsColour(pipe, {}, 'auto')).toBe(false);
    expect(wantsColour(tty, { NO_COLOR: '1' }, 'auto')).toBe(false);
    expect(wantsColour(pipe, { FORCE_COLOR: '1' }, 'auto')).toBe(true);
    expect(wantsColour(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, 'auto')).toBe(true); // as Node: FORCE_COLOR wins
    expect(wantsColour(tty, { FORCE_COLOR: '0' }, 'auto')).toBe(false);
    expect(wantsColour(tty, { TERM: 'dumb' }, 'auto')).toBe(false);
    expect(wantsColour(pipe, { NO_COLOR: '1' }, 'always')).toBe(true);
    expect(wantsColour(tty, { FORCE_COLOR: '1' }, 'never')).toBe(false);
    const esc = '\x1b[';
    expect(run(['check', WARNED]).err).not.toContain(esc);
    expect(run(['--color', 'always', 'check', WARNED]).err).toContain(esc);
    expect(run(['check', WARNED, '--color', 'always']).err).toContain(esc);
    expect(run(['check', WARNED], { FORCE_COLOR: '1' }).err).toContain(esc);
  });

  it('an up-to-date issue is one line', () => {
    expect(run(['build', 'issues/issue-14.yaml']).code).toBe(0);
    const again = run(['build', 'issues/issue-14.yaml']);
    expect(again.code).toBe(0);
    expect(again.out).toBe('up to date: issues/issue-14.yaml (issues/issue-14.pdf); --force rebuilds it\n');
  });

  it('watch lines carry the time', () => {
    expect(stamped('watching', new Date(2026, 0, 2, 9, 5, 7))).toBe('[09:05:07] watching');
  });
});
