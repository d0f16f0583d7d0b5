/**
 * Archive builds through the real CLI (worker threads need the compiled code): discovery, a failing
 * issue among many, incremental skips, stamps robust to edited or deleted PDFs, byte-identical
 * --force rebuilds, and `init`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverIssues } from '../src/build/discover.js';
import { today } from '../src/series/next-issue.js';
import { makeArchive, smallIssue } from './archive-fixtures.js';
import { writeStandIns } from './fonts-standins.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'bulletin');
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const pdfOf = (yaml: string) => yaml.replace(/\.yaml$/u, '.pdf');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('discovery', () => {
  it('finds issues in folders and globs, never series files', () => {
    const { dir, good, broken } = makeArchive(21);
    const all = [...good, broken].map((f) => path.relative(dir, f)).sort();
    const rel = (files: string[]) => files.map((f) => path.relative(dir, f)).sort();
    expect(rel(discoverIssues([dir]).issues)).toEqual(all);
    expect(rel(discoverIssues([path.join(dir, '**/*.yaml')]).issues)).toEqual(all);
    const top = discoverIssues([path.join(dir, '*.yaml')]).issues;
    expect(rel(top)).not.toContain('bulletin.yaml');
    expect(rel(top)).not.toContain('special/issue-20.yaml');
    expect(discoverIssues([path.join(dir, 'bulletin.yaml')]).seriesNamed).toEqual([path.join(dir, 'bulletin.yaml')]); // named: a usage error of its own
  });
});

// 40 issues, two of them naming another series: enough for two workers to share the work and for
// an edited series to rebuild exactly its issues (60 proved no more and built 40 more PDFs).
describe('an archive of 41 issues with one broken file', () => {
  const { dir, good, broken } = makeArchive(40);
  const hashes = new Map<string, string>();

  it('builds every good issue, fails the run and names the broken file', () => {
    const r = cli('build', dir, '-j', '2');
    expect(r.code).toBe(1);
    expect(r.out).toContain('40 built, 0 up to date, 1 failed (41 issues)');
    expect(r.err).toMatch(new RegExp(`${path.basename(broken)}:3:\\d+: error: invalid date`, 'u'));
    for (const f of good) {
      expect(existsSync(pdfOf(f)), f).toBe(true);
      hashes.set(f, sha(pdfOf(f)));
    }
    expect(existsSync(pdfOf(broken))).toBe(false);
    expect(existsSync(path.join(dir, 'bulletin.pdf'))).toBe(false);
    expect(existsSync(path.join(dir, 'special', 'series-special.pdf'))).toBe(false);
    // The issue naming another series is built with that series' name.
    expect(hashes.get(good[19]!)).not.toBe(hashes.get(good[18]!));
  });

  it('skips everything unchanged on the second run, and still fails the broken file', () => {
    const r = cli('build', dir, '-j', '2');
    expect(r.code).toBe(1);
    expect(r.out).toContain('0 built, 40 up to date, 1 failed');
    expect(r.err).toContain(path.basename(broken));
  });

  it('rebuilds what changed: an edited issue, its series, a deleted or edited PDF', () => {
    writeFileSync(good[0]!, smallIssue(1).replace('积极开展工作', '扎实开展工作'));
    rmSync(pdfOf(good[1]!));
    writeFileSync(pdfOf(good[2]!), 'not the PDF we wrote');
    writeFileSync(path.join(dir, 'special', 'series-special.yaml'), readFileSync(path.join(dir, 'special', 'series-special.yaml'), 'utf8').replace('测试专刊', '测试增刊'));
    const r = cli('build', dir, '-j', '2', '-q');
    expect(r.code).toBe(1);
    expect(r.out).toContain('5 built, 35 up to date, 1 failed');
    expect(sha(pdfOf(good[1]!))).toBe(hashes.get(good[1]!));
    expect(sha(pdfOf(good[2]!))).toBe(hashes.get(good[2]!));
    expect(sha(pdfOf(good[0]!))).not.toBe(hashes.get(good[0]!));
    hashes.set(good[0]!, sha(pdfOf(good[0]!)));
    for (const n of [20, 40]) hashes.set(good[n - 1]!, sha(pdfOf(good[n - 1]!)));
  });

  it('--force rebuilds everything into byte-identical PDFs', () => {
    const r = cli('build', dir, '-j', '2', '--force');
    expect(r.out).toContain('40 built, 0 up to date, 1 failed');
    for (const f of good) expect(sha(pdfOf(f)), f).toBe(hashes.get(f));
  });
});

describe('output', () => {
  it('creates the --out folder, and reports an unwritable PDF as that issue failing, not a bug', () => {
    const { dir, good } = makeArchive(3);
    const out = path.join(dir, 'new', 'pdfs') + path.sep;
    const r = cli('build', good[0]!, good[1]!, '-o', out, '-j', '2');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, 'issue-1.pdf')) && existsSync(path.join(out, 'issue-2.pdf'))).toBe(true);
    const bad = cli('build', good[0]!, '-o', path.join(good[1]!, 'x.pdf'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('cannot write the PDF: a part of the path is not a folder');
    expect(bad.err).not.toContain('internal error');
  });
});

describe('installed fonts', () => {
  it('an office font installed since the last run rebuilds the issues, which then use it', () => {
    const { dir, broken } = makeArchive(2);
    rmSync(broken);
    rmSync(path.join(dir, 'special'), { recursive: true });
    const env = { ...process.env };
    delete env.BULLETIN_FONT_PATH;
    const run = (extra: Record<string, string> = {}) => {
      const r = spawnSync(process.execPath, [BIN, 'build', dir, '-j', '1'], { encoding: 'utf8', env: { ...env, ...extra } });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    expect(run().out).toContain('2 built, 0 up to date');
    expect(run().out).toContain('0 built, 2 up to date');
    // 仿宋_GB2312 and the other office fonts appear in a folder the font search reads.
    const fonts = path.join(dir, 'office-fonts');
    writeStandIns(fonts);
    const after = run({ BULLETIN_FONT_PATH: fonts });
    expect(after.code).toBe(0);
    expect(after.out).toContain('2 built, 0 up to date');
    expect(run({ BULLETIN_FONT_PATH: fonts }).out).toContain('0 built, 2 up to date');
  });
});

describe('--watch', () => {
  it('rebuilds an edited issue and builds a new one, then stops on Ctrl-C leaving no temporary files', async () => {
    const { dir, good } = makeArchive(2);
    rmSync(path.join(dir, 'issue-3.yaml')); // the broken one
    rmSync(path.join(dir, 'special'), { recursive: true });
    const child = spawn(process.execPath, [BIN, 'build', dir, '--watch', '-j', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const passes = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const tick = setInterval(() => {
          if ((err.match(/watching for changes/gu) ?? []).length >= n) {
            clearInterval(tick);
            resolve();
          } else if (Date.now() - started > 50_000) {
            clearInterval(tick);
            reject(new Error(`no pass ${n}: ${out}\n${err}`));
          }
        }, 100);
      });
    try {
      await passes(1);
      const before = sha(pdfOf(good[0]!));
      writeFileSync(good[0]!, smallIssue(1).replace('积极开展工作', '扎实开展工作'));
      await passes(2);
      expect(sha(pdfOf(good[0]!))).not.toBe(before);
      writeFileSync(path.join(dir, 'issue-9.yaml'), smallIssue(9));
      await passes(3);
      expect(existsSync(path.join(dir, 'issue-9.pdf'))).toBe(true);
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('init', () => {
  it('starts the next issue from the latest one and never overwrites', () => {
    const { dir } = makeArchive(3);
    rmSync(path.join(dir, 'issue-4.yaml')); // the broken one would be the latest
    const r = cli('init', dir);
    expect(r.code).toBe(0);
    const next = readFileSync(path.join(dir, 'issue-4.yaml'), 'utf8');
    expect(next).toMatch(/number: 4\n/u);
    expect(next).toContain(`date: ${today()}`);
    expect(next).toContain('heading: 要情快报');
    expect(next).not.toContain('本期第3条消息');
    const again = cli('init', dir, '--from', path.join(dir, 'issue-3.yaml'));
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('not overwriting what exists');
    expect(readFileSync(path.join(dir, 'issue-4.yaml'), 'utf8')).toBe(next);
  });
});
