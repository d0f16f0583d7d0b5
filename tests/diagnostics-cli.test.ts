/**
 * The CLI end to end (spawned: `node bin/bulletin`, which runs dist/ — built once by tests/setup):
 * exit codes, output safety (a failed or interrupted build never leaves a partial PDF nor replaces a
 * good one), and the one-line report of an internal error.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportInternalError } from '../src/cli/exit.js';
import { ISSUE, SERIES, run, tempDir, writeFiles } from './diagnostics-helpers.js';
import { ROOT, SEED } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'bulletin');
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' } });

/** Leftovers of an atomic write: `.name.pdf.<pid>.tmp`. */
const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

let dir = '';
let done = () => {};
beforeAll(() => {
  ({ dir, done } = tempDir());
  writeFiles(dir, { 'bulletin.yaml': SERIES, 'good.yaml': ISSUE, 'bad.yaml': ISSUE.replace('number: 14', 'number: 十四') });
});
afterAll(() => done());

describe('exit codes', () => {
  it('0 on success, 1 on bad input, 2 on bad usage', () => {
    const ok = cli('build', path.join(dir, 'good.yaml'), '-o', path.join(dir, 'good.pdf'));
    expect(ok.status).toBe(0);
    expect(readFileSync(path.join(dir, 'good.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = cli('build', path.join(dir, 'bad.yaml'), '-o', path.join(dir, 'bad.pdf'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`${path.join(dir, 'bad.yaml')}:2:11: error: \`number\` must be a whole number, found text\n  |\n2 |   number: 十四\n  |           ^^^^\n  = hint: write digits, e.g. \`number: 14\`\n\n`);
    expect(existsSync(path.join(dir, 'bad.pdf'))).toBe(false);
    expect(cli('build').status).toBe(2);
  });

  it('2 on bad usage (in-process)', async () => {
    expect((await run('build', '--no-such-option', 'x.yaml')).code).toBe(2);
    expect((await run('--lang', 'fr', 'check', 'x.yaml')).code).toBe(2);
    const format = await run('check', '--format', 'xml', 'x.yaml');
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('bulletin: --format must be text, json or github, not xml\n');
  });

  it('check --format json: machine-readable diagnostics, exit 1; Chinese with --lang zh', () => {
    const r = cli('--lang', 'zh', 'check', '--format', 'json', path.join(dir, 'good.yaml'), path.join(dir, 'bad.yaml'));
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { ok: boolean }[]; errors: number; diagnostics: { line: number; column: number; code: string; message: string }[] };
    expect(out.files.map((f) => f.ok)).toEqual([true, false]);
    expect(out.errors).toBe(1);
    expect(out.diagnostics[0]).toMatchObject({ line: 2, column: 11, code: 'wrong-type', message: '期号（number）应为整数，这里是文字' });
  });
});

describe('output safety', () => {
  it('a failed build leaves the previous PDF byte-identical and no temporary file', async () => {
    const target = path.join(dir, 'kept.pdf');
    expect((await run('build', '-q', path.join(dir, 'good.yaml'), '-o', target)).code).toBe(0);
    const before = readFileSync(target);
    const failed = await run('--lang', 'en', 'build', path.join(dir, 'bad.yaml'), '-o', target);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/bad\.yaml:2:11: error:/u);
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
    // The same through the spawned CLI, with a failure found only by layout (a character no font has).
    writeFileSync(path.join(dir, 'late.yaml'), ISSUE.replace('要情快报', '要情\u{20000}快报'));
    const late = cli('build', path.join(dir, 'late.yaml'), '-o', target);
    expect(late.status).toBe(1);
    expect(late.stderr).toMatch(/late\.yaml:5:16: error: no font has the character/u);
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it('an unwritable output is an input error (exit 1), not a crash', async () => {
    // A missing --out folder is created; a file standing where a folder should be cannot be.
    const r = await run('--lang', 'en', 'build', path.join(dir, 'good.yaml'), '-o', path.join(dir, 'good.yaml', 'x.pdf'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${path.join(dir, 'good.yaml', 'x.pdf')}: error: cannot write the PDF: a part of the path is not a folder\n`);
  });

  /**
   * Spawns a build paused at `point` (BULLETIN_TEST_PAUSE, src/build/test-pause.ts), waits until it
   * says it is there, interrupts it, and returns its exit code: the outcome does not depend on how
   * long a build takes.
   */
  async function interruptAt(point: string, args: string[]): Promise<number | string | null> {
    const marker = path.join(dir, `${point}.reached`);
    rmSync(marker, { force: true });
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore', env: { ...process.env, BULLETIN_TEST_PAUSE: `${point}:${marker}` } });
    const exited = new Promise<number | string | null>((r) => child.on('exit', (c, signal) => r(c ?? signal)));
    let gone = false;
    void exited.then(() => (gone = true));
    while (!existsSync(marker) && !gone) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(marker), `the build never reached ${point}`).toBe(true);
    child.kill('SIGINT');
    return exited;
  }

  it('Ctrl-C during a build, the PDF rendered but not written: exit 130, the previous PDF untouched', async () => {
    const target = path.join(dir, 'interrupted.pdf');
    writeFileSync(target, 'previous good PDF');
    expect(await interruptAt('before-write', ['build', SEED, '-o', target, '--force'])).toBe(130);
    expect(readFileSync(target, 'utf8')).toBe('previous good PDF');
    expect(temps(dir)).toEqual([]);
  });

  it('Ctrl-C while a worker has written the temporary PDF but not renamed it: the temporary file is removed', async () => {
    const out = path.join(dir, 'archive-out');
    mkdirSync(out, { recursive: true });
    // Two issues make it an archive build on worker threads; the broken one writes nothing, so the
    // good one's is the only write under way when the signal comes.
    writeFileSync(path.join(out, 'good.pdf'), 'previous good PDF');
    const args = ['build', path.join(dir, 'good.yaml'), path.join(dir, 'bad.yaml'), '-o', `${out}/`, '-j', '2', '--force'];
    expect(await interruptAt('temp-written', args)).toBe(130);
    expect(readFileSync(path.join(out, 'good.pdf'), 'utf8')).toBe('previous good PDF');
    expect(readdirSync(out).filter((n) => n !== 'good.pdf' && n !== '.bulletin-cache')).toEqual([]);
  });
});

describe('internal errors', () => {
  it('one line saying it is a bug and what to do; the stack only with --debug', () => {
    let out = '';
    const stream = { write: (s: string) => (out += s) };
    const bug = new TypeError('cannot read properties of undefined\n    at somewhere');
    expect(reportInternalError(bug, { debug: false, version: '0.1.0', stream })).toBe(70);
    expect(out).toBe('bulletin: internal error: cannot read properties of undefined — this is a bug in bulletin 0.1.0; please report it to its maintainers with the input that caused it (rerun with --debug for the stack trace)\n');
    out = '';
    reportInternalError(bug, { debug: false, version: '0.1.0', where: 'https://example.org/bulletin/issues', stream });
    expect(out).toContain('please report it at https://example.org/bulletin/issues with the input');
    out = '';
    reportInternalError(bug, { debug: true, version: '0.1.0', stream });
    expect(out.split('\n').length).toBeGreaterThan(2);
    expect(out).toContain('at ');
  });
});
