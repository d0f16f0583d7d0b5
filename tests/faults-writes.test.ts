/**
 * Fault injection, writes: a real full disk (a 200 KB tmpfs, mounted here when running as root), a
 * writer made to fail at every step of a write (short write, ENOSPC, EIO, a read-back that differs,
 * a failing rename) for the PDF, the stamp and the --stats file, a run killed with -9 and the next
 * one, stamps holding `null` or garbage, and a PDF edited in place with its size and mtime put back.
 * Each case asserts the exit status, the message and where it points, and that no byte of an
 * earlier output or of an input changed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fileIo } from '../src/build/output.js';
import { run } from './diagnostics-helpers.js';
import { FIGURES, SERIES, cli, hashTree, isRoot, issueWith, put, scratch, spawnedMemoryCheck } from './faults-helpers.js';
import { ROOT } from './helpers.js';

const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const isCompletePdf = (file: string) => {
  const b = readFileSync(file);
  return b.subarray(0, 5).toString() === '%PDF-' && b.subarray(-6).toString().includes('%%EOF');
};

let work: { dir: string; done: () => void };
beforeAll(() => {
  work = scratch('writes');
});
afterAll(() => {
  work.done();
});

describe('a full disk', () => {
  it('a real 200 KB tmpfs: exit 1 at the PDF, the earlier PDF untouched, no temporary file, never "up to date"', async (ctx) => {
    if (!isRoot) return ctx.skip('mounting a tmpfs needs root (CI runs as root)');
    const dir = path.join(work.dir, 'full');
    const mnt = path.join(dir, 'mnt');
    mkdirSync(mnt, { recursive: true });
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs', mnt], { encoding: 'utf8' });
    if (mount.status !== 0) return ctx.skip(`cannot mount a tmpfs here: ${mount.stderr.trim()}`);
    try {
      // The seed issue with its photos makes a ~450 KB PDF; a text-only issue a ~40 KB one.
      cpSync(path.join(ROOT, 'issues'), path.join(dir, 'src'), { recursive: true });
      put(path.join(dir, 'src'), { 'small.yaml': issueWith() });
      const out = path.join(mnt, 'out.pdf');
      expect((await cli('tmpfs: first, small PDF fits', ['build', 'src/small.yaml', '-o', out], dir)).status).toBe(0);
      const before = hashTree(mnt, (f) => f.startsWith('.bulletin-cache'));
      const inputs = hashTree(path.join(dir, 'src'));
      for (const attempt of [1, 2]) {
        const r = await cli(`tmpfs: seed PDF on a full disk (${attempt})`, ['build', 'src/issue-14.yaml', '-o', out], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`${out}: error: cannot write the PDF: the disk is full`);
        expect(r.stdout).not.toMatch(/up to date: |is up to date/u);
        expect(hashTree(mnt, (f) => f.startsWith('.bulletin-cache'))).toEqual(before);
        expect(temps(mnt)).toEqual([]);
        expect(hashTree(path.join(dir, 'src'))).toEqual(inputs);
      }
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe('an injected failing writer (in-process, one issue)', () => {
  const real = { ...fileIo };
  afterEach(() => Object.assign(fileIo, real));

  /** A folder with an issue and an earlier complete PDF of it; returns the paths. */
  async function earlier(name: string) {
    const dir = path.join(work.dir, name);
    mkdirSync(dir);
    put(dir, { 'bulletin.yaml': SERIES, 'issue.yaml': issueWith() });
    expect((await run('build', '-q', path.join(dir, 'issue.yaml'))).code).toBe(0);
    return { dir, pdf: path.join(dir, 'issue.pdf'), before: hashTree(dir, (f) => f.startsWith('.')) };
  }

  const errno = (code: string) => Object.assign(new Error(code), { code, syscall: 'write' });
  const faults: [string, () => void, string][] = [
    ['a short write, then nothing', () => (fileIo.writeSync = ((fd: number, b: Uint8Array, o = 0, l = b.length) => (l > 1000 ? real.writeSync(fd, b, o, 1000) : 0)) as typeof fileIo.writeSync), 'the disk is full'],
    ['ENOSPC on the second write', () => {
      let calls = 0;
      fileIo.writeSync = ((fd: number, b: Uint8Array, o = 0, l = b.length) => (++calls > 1 ? (() => { throw errno('ENOSPC'); })() : real.writeSync(fd, b, o, Math.min(l, 4096)))) as typeof fileIo.writeSync;
    }, 'the disk is full'],
    ['EIO from fsync', () => (fileIo.fsyncSync = () => { throw errno('EIO'); }), 'an input/output error'],
    ['a read-back that differs from what was written', () => (fileIo.readSync = ((fd: number, b: Uint8Array, o: number, l: number, p: number) => { const n = real.readSync(fd, b, o, l, p); if (n > 0) b[o] = b[o]! ^ 1; return n; }) as typeof fileIo.readSync), 'what was read back from the disk differs'],
    ['EIO from rename', () => (fileIo.renameSync = () => { throw errno('EIO'); }), 'an input/output error'],
  ];

  it.each(faults)('%s: exit 1 at the PDF, the earlier PDF and the inputs untouched, no temporary file, rebuilt next time', async (_name, inject, reason) => {
    const { dir, pdf, before } = await earlier(`inject-${FIGURES.length}-${_name.replace(/\W+/gu, '-')}`);
    writeFileSync(path.join(dir, 'issue.yaml'), issueWith('          - 新增一段。\n'));
    const changed = hashTree(dir, (f) => f.startsWith('.'));
    inject();
    const r = await run('build', path.join(dir, 'issue.yaml'));
    Object.assign(fileIo, real);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${pdf}: error: cannot write the PDF: ${reason}`);
    expect(hashTree(dir, (f) => f.startsWith('.'))).toEqual(changed);
    expect(changed['issue.pdf']).toBe(before['issue.pdf']);
    expect(temps(dir)).toEqual([]);
    const again = await run('build', path.join(dir, 'issue.yaml'));
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/up to date: |is up to date/u);
    expect(isCompletePdf(pdf)).toBe(true);
  });

  it('a stamp that cannot be written costs a rebuild, never a wrong "up to date" (exit 0: the PDF is complete)', async () => {
    const { dir, pdf } = await earlier('inject-stamp');
    writeFileSync(path.join(dir, 'issue.yaml'), issueWith('          - 新增一段。\n'));
    fileIo.writeSync = ((fd: number, b: Uint8Array, o = 0, l = b.length) => (b[0] === 0x7b /* { */ ? 0 : real.writeSync(fd, b, o, l))) as typeof fileIo.writeSync;
    expect((await run('build', '-q', path.join(dir, 'issue.yaml'))).code).toBe(0);
    Object.assign(fileIo, real);
    expect(isCompletePdf(pdf)).toBe(true);
    expect(temps(path.join(dir, '.bulletin-cache'))).toEqual([]);
    expect((await run('build', path.join(dir, 'issue.yaml'))).stdout).not.toMatch(/up to date: |is up to date/u);
  });

  it('--stats that cannot be written: a clear error and exit 1, the PDF built and complete', async () => {
    const { dir, pdf } = await earlier('inject-stats');
    const stats = path.join(dir, 'stats.json');
    fileIo.writeSync = ((fd: number, b: Uint8Array, o = 0, l = b.length) => (b.length < 2000 && b[0] === 0x7b ? 0 : real.writeSync(fd, b, o, l))) as typeof fileIo.writeSync;
    const r = await run('build', '-f', '-q', '--stats', stats, path.join(dir, 'issue.yaml'));
    Object.assign(fileIo, real);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${stats}: error: cannot write the --stats file: the disk is full`);
    expect(existsSync(stats)).toBe(false);
    expect(isCompletePdf(pdf)).toBe(true);
  });
});

describe('crashes and stamps', () => {
  it('kill -9 in the middle of a write: the next run removes its temporary file and nothing else', async () => {
    const dir = path.join(work.dir, 'killed');
    mkdirSync(dir);
    put(dir, { 'bulletin.yaml': SERIES, 'issue.yaml': issueWith(), '.notes.tmp': 'not ours', '.bulletin-1-abc.tmp': 'not our pattern' });
    expect((await cli('kill -9: first build', ['build', 'issue.yaml'], dir)).status).toBe(0);
    const before = hashTree(dir, (f) => f.startsWith('.bulletin-cache') || f.startsWith('.test-cache'));
    // A writer that has written half a PDF to its temporary file when it is killed.
    const writer = spawn(process.execPath, ['--input-type=module', '-e', `
      import { tempPathFor } from ${JSON.stringify(path.join(ROOT, 'dist', 'build', 'output.js'))};
      import { writeFileSync } from 'node:fs';
      writeFileSync(tempPathFor(${JSON.stringify(path.join(dir, 'issue.pdf'))}), '%PDF-1.3 half');
      process.stdout.write('ready');
      setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => writer.stdout.once('data', resolve));
    const leftover = temps(dir).filter((f) => f.startsWith(`.bulletin-${writer.pid}-`));
    expect(leftover).toHaveLength(1);
    writer.kill('SIGKILL');
    await new Promise((resolve) => writer.on('close', resolve));
    // A live writer's temporary file (this process's pid) is left alone.
    const live = `.bulletin-${process.pid}-000000000000.tmp`;
    put(dir, { [live]: 'in progress' });
    const r = await cli('kill -9: the next run', ['build', '-f', 'issue.yaml'], dir);
    expect(r.status).toBe(0);
    expect(temps(dir).sort()).toEqual(['.bulletin-1-abc.tmp', live, '.notes.tmp'].sort());
    expect(isCompletePdf(path.join(dir, 'issue.pdf'))).toBe(true);
    expect(hashTree(dir, (f) => f.startsWith('.') || f === 'issue.pdf')).toEqual(Object.fromEntries(Object.entries(before).filter(([f]) => !f.startsWith('.') && f !== 'issue.pdf')));
  });

  it('a stamp holding null or garbage is ignored: the issue is rebuilt, exit 0', async () => {
    const dir = path.join(work.dir, 'stamps');
    mkdirSync(dir);
    put(dir, { 'bulletin.yaml': SERIES, 'issue.yaml': issueWith() });
    expect((await cli('stamp: first build', ['build', 'issue.yaml'], dir)).status).toBe(0);
    const stamp = path.join(dir, '.bulletin-cache', 'issue.pdf.json');
    for (const [name, text] of [['null', 'null'], ['garbage', '{"stamp":1,"inputs":7'], ['a wrong shape', '{"stamp":1,"inputs":{"a":1}}'], ['a list', '[1,2]']]) {
      writeFileSync(stamp, text!);
      const r = await cli(`stamp holding ${name}`, ['build', 'issue.yaml'], dir);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('issue.yaml → issue.pdf');
      expect(() => JSON.parse(readFileSync(stamp, 'utf8'))).not.toThrow();
    }
    expect((await cli('stamp: up to date again', ['build', 'issue.yaml'], dir)).stdout).toMatch(/up to date: |is up to date/u);
  });

  it('a PDF edited in place with its size and mtime put back is not trusted', async () => {
    const dir = path.join(work.dir, 'edited');
    mkdirSync(dir);
    put(dir, { 'bulletin.yaml': SERIES, 'issue.yaml': issueWith() });
    expect((await cli('edited: first build', ['build', 'issue.yaml'], dir)).status).toBe(0);
    const pdf = path.join(dir, 'issue.pdf');
    const { size, mtimeMs } = statSync(pdf);
    const ns = statSync(pdf, { bigint: true }).mtimeNs;
    const bytes = readFileSync(pdf);
    bytes[200] = bytes[200]! ^ 0x20;
    writeFileSync(pdf, bytes);
    // Put the mtime back to the nanosecond (touch -d @seconds.nanoseconds), as a careful editor could.
    expect(spawnSync('touch', ['-m', '-d', `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`, pdf]).status).toBe(0);
    expect(statSync(pdf).size).toBe(size);
    expect(statSync(pdf).mtimeMs).toBe(mtimeMs);
    const r = await cli('edited in place, stat restored', ['build', 'issue.yaml'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('issue.yaml → issue.pdf');
    // A hard link elsewhere keeps the edited bytes: the rebuild replaced the name, not the file.
    linkSync(pdf, path.join(dir, 'kept.pdf'));
    expect((await cli('edited: up to date after the rebuild', ['build', 'issue.yaml'], dir)).stdout).toMatch(/up to date: |is up to date/u);
  });
});

// Last, so that it runs after every case of the file.
spawnedMemoryCheck('faults-writes');
