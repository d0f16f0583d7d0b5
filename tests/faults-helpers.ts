/**
 * The fault-injection suite's tools: the CLI spawned with its peak memory and time measured (a
 * preloaded module reports the peak; a hang guard kills a case that never ends), hashes of every
 * byte of a folder before and after, private FIFOs and device nodes made in a temporary folder,
 * and the figures of every case, printed at the end of the suite.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE } from './diagnostics-helpers.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'bulletin');
const RSS = path.join(ROOT, 'tests', 'faults-rss.mjs');

/** A case that runs longer than this is killed and fails: a hang, never a timing assertion. */
export const HANG_GUARD_MS = 45_000;

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the whole process, MB (null when it was killed). */
  peakMB: number | null;
  ms: number;
}

/** Figures of every case, for the report at the end of the suite (and the issue's note). */
export const FIGURES: { name: string; peakMB: number | null; ms: number; status: number | null }[] = [];

/**
 * Registers, for the calling test file, the report of its cases' figures and the check that every
 * spawned case peaked under 300 MB. The list starts empty for the file: test files share workers,
 * so another file's cases must not be counted here.
 */
export function spawnedMemoryCheck(title: string): void {
  beforeAll(() => {
    FIGURES.length = 0;
  });
  afterAll(() => {
    const lines = FIGURES.map((f) => `${f.name.padEnd(58)} exit ${String(f.status).padStart(2)}  ${f.peakMB === null ? '   ?' : f.peakMB.toFixed(0).padStart(4)} MB  ${(f.ms / 1000).toFixed(2).padStart(6)} s`);
    process.stdout.write(`\n${title}: peak memory and time per case\n${lines.join('\n')}\n`);
  });
  describe('memory', () => {
    it('every spawned case of this file peaked under 300 MB (measured by the process itself)', () => {
      const spawned = FIGURES.filter((f) => f.peakMB !== null);
      expect(spawned.length).toBe(FIGURES.length);
      expect(spawned.length).toBeGreaterThan(5);
      for (const f of spawned) expect(f.peakMB!, f.name).toBeLessThan(300);
    });
  });
}

/** Runs `bulletin ...args` in `cwd` with its own caches; records its figures under `name`. */
export async function cli(name: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  const rssFile = path.join(cwd, `.rss-${process.pid}-${FIGURES.length}`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', RSS, BIN, ...args], {
    cwd,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1', BULLETIN_CACHE_DIR: path.join(cwd, '.test-cache'), FAULTS_RSS_FILE: rssFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
  const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(guard);
  const ms = performance.now() - started;
  let peakMB: number | null = null;
  try {
    peakMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile);
  } catch {
    /* killed before it could say */
  }
  FIGURES.push({ name, peakMB, ms, status });
  return { status, signal, stdout, stderr, peakMB, ms };
}

/** sha256 of every file under `dir` (symlinks by their target text), skipping the given names. */
export function hashTree(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const file = path.join(d, name);
      const rel = path.relative(dir, file);
      if (skip(rel)) continue;
      const st = lstatSync(file);
      if (st.isDirectory()) walk(file);
      else if (st.isSymbolicLink()) out[rel] = `link`;
      else if (st.isFile()) out[rel] = createHash('sha256').update(readFileSync(file)).digest('hex');
      else out[rel] = 'special';
    }
  };
  walk(dir);
  return out;
}

/** A fresh temporary folder and its removal. */
export function scratch(prefix: string): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bulletin-faults-${prefix}-`));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Writes files (relative name → content) into `dir`. */
export function put(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
}

export const SERIES = `masthead:
  name: 河南省科协党史学习教育 简报
  office: 党史学习教育领导小组办公室
footer:
  报: [省委党史学习教育领导小组办公室]
`;

/** An issue whose one article holds `extra` lines (already indented as paragraphs). */
export const issueWith = (extra = '', head = '') => `${head}${ISSUE}${extra}`;

/** A photo paragraph naming `file` (at line 10, column 20 of issueWith's text). */
export const photo = (file: string) => `          - image: ${file}\n            caption: 现场\n`;

