/**
 * The archive's batched commit (src/build/commit.ts): a worker's PDF at its temporary name becomes
 * the target only after the temporary file is synced, renamed, and its folder synced — and only
 * then is its issue reported; issues that arrive during a batch share the next batch's folder sync;
 * a failing sync fails its issue alone, leaving its earlier PDF as it was and no temporary file.
 * The system calls are observed through fileIo (Linux: /proc/self/fd names what a descriptor is).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BatchCommitter, commitStaged } from '../src/build/commit.js';
import { fileIo, stageOutput } from '../src/build/output.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'commit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const real = { ...fileIo };
afterEach(() => Object.assign(fileIo, real));

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const pdf = (name: string) => Buffer.from(`%PDF-1.7 ${name} ${'x'.repeat(5000)}\n%%EOF\n`);
const temps = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** Records every system call of a commit, in order: ['fsync', what], ['rename', to]. */
function record(): string[][] {
  const log: string[][] = [];
  fileIo.fsync = async (fd: number) => {
    log.push(['fsync', path.basename(readlinkSync(`/proc/self/fd/${fd}`))]);
    return real.fsync(fd);
  };
  fileIo.rename = async (from, to) => {
    log.push(['rename', path.basename(String(to))]);
    return real.rename(from, to);
  };
  return log;
}

describe('a staged PDF', () => {
  it('is only a temporary file until committed: the target keeps its earlier content', () => {
    const target = path.join(dir, 'staged.pdf');
    writeFileSync(target, 'earlier');
    const staged = stageOutput(target, pdf('staged'));
    expect(readFileSync(target, 'utf8')).toBe('earlier');
    expect(readFileSync(staged.tmp).equals(pdf('staged'))).toBe(true);
    expect(staged.sha256).toBe(sha(pdf('staged')));
    rmSync(staged.tmp);
  });
});

describe('commitStaged', () => {
  it('syncs each temporary file, renames it, then syncs the folder once for the batch; reports what is on disk', async () => {
    const log = record();
    const a = stageOutput(path.join(dir, 'a.pdf'), pdf('a'));
    const b = stageOutput(path.join(dir, 'b.pdf'), pdf('b'));
    const [ra, rb] = await commitStaged([[a], [b]]);
    const folder = path.basename(dir);
    expect(log.filter(([op]) => op === 'fsync').map(([, what]) => what).sort()).toEqual([folder, path.basename(a.tmp), path.basename(b.tmp)].sort());
    // Both files were synced before either was renamed, and the folder after both renames, once.
    const at = (op: string, what: string) => log.findIndex(([o, w]) => o === op && w === what);
    expect(at('rename', 'a.pdf')).toBeGreaterThan(at('fsync', path.basename(a.tmp)));
    expect(at('rename', 'b.pdf')).toBeGreaterThan(at('fsync', path.basename(b.tmp)));
    expect(at('fsync', folder)).toBe(log.length - 1);
    expect(ra).toMatchObject({ written: { [path.join(dir, 'a.pdf')]: { sha256: sha(pdf('a')), size: pdf('a').length } } });
    expect(rb).toMatchObject({ written: { [path.join(dir, 'b.pdf')]: { sha256: sha(pdf('b')) } } });
    expect(readFileSync(path.join(dir, 'b.pdf')).equals(pdf('b'))).toBe(true);
    expect(temps()).toEqual([]);
  });

  it('EIO from one sync fails that issue alone: its earlier PDF untouched, no temporary file; the other is committed', async () => {
    const bad = path.join(dir, 'bad.pdf');
    writeFileSync(bad, 'earlier');
    const staged = [stageOutput(bad, pdf('bad')), stageOutput(path.join(dir, 'good.pdf'), pdf('good'))];
    fileIo.fsync = async (fd: number) => {
      if (readlinkSync(`/proc/self/fd/${fd}`) === staged[0]!.tmp) throw Object.assign(new Error('EIO'), { code: 'EIO', syscall: 'fsync' });
      return real.fsync(fd);
    };
    const [rbad, rgood] = await commitStaged(staged.map((s) => [s]));
    expect(rbad).toHaveProperty('error');
    const error = (rbad as { error: { diagnostics: { code: string; file: string; message: string }[] } }).error;
    expect(error.diagnostics[0]).toMatchObject({ code: 'output-unwritable', file: bad });
    expect(error.diagnostics[0]!.message).toContain('input/output error');
    expect(readFileSync(bad, 'utf8')).toBe('earlier');
    expect(readFileSync(path.join(dir, 'good.pdf')).equals(pdf('good'))).toBe(true);
    expect(rgood).toHaveProperty('written');
    expect(temps()).toEqual([]);
  });
});

describe('BatchCommitter', () => {
  it('reports an issue only after its folder is synced; issues arriving meanwhile share the next folder sync', async () => {
    const log = record();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const recorded = fileIo.fsync;
    let first = true;
    fileIo.fsync = async (fd: number) => {
      if (first) {
        first = false;
        await gate; // the first batch's sync is slow: two more issues arrive meanwhile
      }
      return recorded(fd);
    };
    const committer = new BatchCommitter();
    const reported: string[] = [];
    const commit = (name: string) =>
      committer.commit([stageOutput(path.join(dir, `${name}.pdf`), pdf(name))]).then((c) => {
        expect(c).toHaveProperty('written');
        // What is reported is on disk, and its folder sync came before.
        expect(readFileSync(path.join(dir, `${name}.pdf`)).equals(pdf(name))).toBe(true);
        expect(log.filter(([op, w]) => op === 'fsync' && w === path.basename(dir)).length).toBeGreaterThan(0);
        reported.push(name);
      });
    const one = commit('one');
    const later = [commit('two'), commit('three')];
    await new Promise((r) => setTimeout(r, 20));
    expect(reported).toEqual([]);
    release();
    await Promise.all([one, ...later]);
    expect(reported).toEqual(['one', 'two', 'three']);
    expect(log.filter(([op, w]) => op === 'fsync' && w === path.basename(dir))).toHaveLength(2);
  });
});
