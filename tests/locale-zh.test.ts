/**
 * With a Chinese locale (LANG=zh_CN.UTF-8, no --lang) everything a person reads is Chinese: every
 * message of the error corpus, the progress, per-issue and summary lines of a build, `bulletin fonts`
 * (its table too), `bulletin verify`'s report and violations, `init`,
 * usage mistakes, commander's own errors and every command's --help. The check: no line the user
 * gets is an English sentence in plain ASCII (lines quoting the user's own YAML are left out).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CASES, ISSUE, SERIES } from './corpus/errors.js';
import { run } from './diagnostics-helpers.js';
import { ROOT } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-zh-'));
const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES };
beforeAll(() => {
  process.env.LANG = 'zh_CN.UTF-8';
  delete process.env.LC_ALL;
  delete process.env.LC_MESSAGES;
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Lines of `output` that are English sentences: no Han character, and three or more lower-case
 * English words in a row — once paths, `code`, "quoted" values and the lines quoting the YAML file
 * are taken out (capitalised runs are names: "Droid Sans Fallback", "Noto Serif CJK SC").
 */
export function englishLines(output: string): string[] {
  return output.split('\n').filter((line) => {
    if (/^\s*\d*\s+\|/u.test(line)) return false; // "12 |   number: 十四": the user's own file
    if (/\p{Script=Han}/u.test(line)) return false;
    const words = line
      .replace(/\S*[/\\]\S*|\S+\.(yaml|pdf|ttf|png|jpg)\b/gu, ' ') // paths
      .replace(/`[^`]*`|"[^"]*"|'[^']*'/gu, ' ');
    return /\b[a-z]{2,}(?:[ ,;:()-]+[a-z]{2,}){2,}/u.test(words);
  });
}

/** Every case of the error corpus in its own folder, with the series file unless it brings its own. */
function writeCorpus(): string[] {
  return ERROR_CASES.map((c, i) => {
    const folder = path.join(dir, `case-${i}`);
    mkdirSync(folder);
    for (const [name, data] of Object.entries({ 'bulletin.yaml': SERIES, ...c.files })) writeFileSync(path.join(folder, name), data);
    writeFileSync(path.join(folder, 'issue.yaml'), c.issue);
    return path.join(folder, 'issue.yaml');
  });
}

describe('LANG=zh_CN.UTF-8', () => {
  it('the detector finds an English sentence and lets Chinese, paths and quoted YAML pass', () => {
    expect(englishLines('issue.yaml:2:11: error: `number` must be a whole number, found text')).toHaveLength(1);
    expect(englishLines('failed: a.yaml (1 error)')).toHaveLength(0); // two words: not a sentence
    expect(englishLines('bulletin: unknown option --x, did you mean')).toHaveLength(1);
    expect(englishLines('Droid Sans Fallback')).toHaveLength(0); // a font's name
    expect(englishLines('issue.yaml:2:11: 错误：期号（number）应为整数\n2 |   title: some english words here\n/tmp/a/b.yaml')).toHaveLength(0);
  });

  it('every message of the error corpus is Chinese, with its catalogue code', async () => {
    const files = writeCorpus();
    const text = await run('check', ...files);
    expect(text.code).toBe(1);
    expect(englishLines(text.stderr + text.stdout)).toEqual([]);
    const json = JSON.parse((await run('check', '--format', 'json', ...files)).stdout) as { diagnostics: { file: string; code: string; message: string; hint?: string }[] };
    for (const [i, c] of ERROR_CASES.entries()) {
      const mine = json.diagnostics.filter((d) => d.file.startsWith(path.dirname(files[i]!)));
      expect(mine.map((d) => d.code), c.name).toContain(c.code);
      for (const d of mine) expect(englishLines(`${d.message}\n${d.hint ?? ''}`), `${c.name}: ${d.message}`).toEqual([]);
    }
  });

  it('build: the progress lines, the summary and the failed issues are Chinese', async () => {
    const folder = path.join(dir, 'archive');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'bulletin.yaml'), SERIES);
    writeFileSync(path.join(folder, 'issue-1.yaml'), ISSUE);
    writeFileSync(path.join(folder, 'issue-2.yaml'), ISSUE.replace('number: 14', 'number: 十四'));
    const first = await run('build', folder, '-j', '1');
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/排印 1 期，已是最新 0 期，失败 1 期（共 2 期）/u);
    expect(first.stderr).toContain('1 期失败：');
    const again = await run('build', folder, '-j', '1');
    expect(again.stdout).toMatch(/已是最新：/u);
    const one = await run('build', path.join(folder, 'issue-1.yaml'));
    expect(one.stdout).toMatch(/已是最新：.*；加 --force/u);
    for (const r of [first, again, one]) expect(englishLines(r.stdout + r.stderr)).toEqual([]);
  });

  it('fonts, init, check, usage mistakes and commander’s own errors are Chinese', async () => {
    const folder = path.join(dir, 'more');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'bulletin.yaml'), SERIES);
    writeFileSync(path.join(folder, 'issue-14.yaml'), ISSUE);
    const outputs = [
      await run('fonts'),
      await run('fonts', '--list'),
      await run('fonts', path.join(folder, 'issue-14.yaml')),
      await run('check', path.join(folder, 'issue-14.yaml')),
      await run('init', folder),
      await run('init', folder, '--from', path.join(folder, 'issue-14.yaml')), // exists already
      await run('check', '--format', 'xml', 'x.yaml'),
      await run('build', '--color', 'sometimes', 'x.yaml'),
      await run('build', '--jobs', '0', 'x.yaml'),
      await run('build', '--no-such-option', 'x.yaml'),
      await run('biuld', 'x.yaml'),
      await run('build'),
      await run('schema', 'extra'),
    ];
    for (const r of outputs) expect(englishLines(r.stdout + r.stderr), r.stdout + r.stderr).toEqual([]);
    // The fonts table: roles by their Chinese names (with the key a series file's `fonts:` uses), why each font serves.
    const table = outputs[2]!.stdout;
    expect(table).toMatch(/^正文（body）\s+FandolFang R.*（随附的开源字体）$/mu);
    expect(table).toMatch(/^\s+后备字体：Noto Serif CJK SC（随附）$/mu);
    expect(table).not.toMatch(/\((bundled|installed|official|explicit)\)|^(masthead|title|heading|body|kai|pageNumber|footer) /mu);
    expect(outputs.slice(5).map((r) => r.code)).toEqual(Array(outputs.length - 5).fill(2));
  });

  it('build and verify: the per-issue line, the verifier\'s report and its violations are Chinese', async () => {
    const folder = path.join(dir, 'verify');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'bulletin.yaml'), SERIES);
    // Printed single-sided, the one page with the 版记 is odd: a double-sided verify flags it.
    writeFileSync(path.join(folder, 'issue-14.yaml'), `${ISSUE}printing: single-sided\n`);
    const built = await run('build', path.join(folder, 'issue-14.yaml'));
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/issue-14\.yaml → .*issue-14\.pdf（1 页，\d+ KB，[\d.]+ 秒）/u);
    const pdf = path.join(folder, 'issue-14.pdf');
    const flagged = await run('verify', pdf);
    expect(flagged.code).toBe(1);
    expect(flagged.stdout).toMatch(/^\s+不合格 footer\s+版记末条线与版心下边缘重合.*：1 处违规$/mu);
    expect(flagged.stdout).toMatch(/issue-14\.pdf：第 1 页，基线 [\d.]+ 毫米，“\(footer\)”：\[footer\] 版记在第 1 页，是单页：双面印刷时版记应在双页/u);
    expect(flagged.stdout).toMatch(/^  共 1 处违规$/mu);
    const passed = await run('verify', '--single-sided', pdf);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toMatch(/0 处违规，全部合格/u);
    writeFileSync(path.join(folder, 'junk.pdf'), 'not a pdf');
    const junk = await run('verify', path.join(folder, 'junk.pdf'));
    expect(junk.stdout).toMatch(/junk\.pdf：不是可读的 PDF：/u);
    for (const r of [built, flagged, passed, junk]) {
      expect(englishLines(r.stdout + r.stderr), r.stdout + r.stderr).toEqual([]);
      // Stronger than the detector: every line of the report is a Chinese sentence.
      for (const line of r.stdout.trim().split('\n')) expect(line, line).toMatch(/\p{Script=Han}/u);
    }
  });

  it('--help of the program and of every command is Chinese (through the real CLI and the locale)', () => {
    const env = { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    for (const args of [['--help'], ['build', '--help'], ['check', '--help'], ['fonts', '--help'], ['init', '--help'], ['schema', '--help'], ['verify', '--help'], ['index', '--help'], ['import', '--help'], ['help', 'build']]) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'bulletin'), ...args], { encoding: 'utf8', env });
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/用法：/u);
      expect(englishLines(r.stdout + r.stderr), args.join(' ')).toEqual([]);
    }
  });
});
