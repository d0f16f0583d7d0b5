/**
 * The fuzzer's engine: mutates the sample issue and series files (syntax damage, type swaps,
 * deletions, random Unicode, raw bytes, huge values, hostile YAML) — and now and then damages a
 * photo or swaps a file the build reads for a FIFO, /dev/zero, a folder or a sparse gigabyte
 * (fuzz-files.ts) — runs load + check in-process
 * (and now and then a full build), and checks what must always hold:
 *  - nothing throws but a DiagnosticError (turned into diagnostics by checkFile): no crash;
 *  - every failure carries diagnostics, each positioned (line ≥ 1) unless it is about the whole
 *    file (missing, too large), and each renders in English and Chinese and as JSON;
 *  - a failed build writes nothing (no PDF, no temporary file).
 * Seeded: the same seed gives the same cases.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIssueFile } from '../src/build/pipeline.js';
import { checkFile } from '../src/cli/check.js';
import { DiagnosticError, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { toJson } from '../src/diagnostics/json.js';
import { renderDiagnostic } from '../src/diagnostics/render.js';
import { fileFault } from './fuzz-files.js';
import { MUTATIONS, damageBytes, int, pick, rng, type Rng } from './fuzz-mutations.js';

export { MUTATIONS, rng } from './fuzz-mutations.js';

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** A full build every this many cases (0: never). */
  buildEvery: number;
  /** Where to keep the inputs of failing cases (default: not kept). */
  keepDir?: string;
  /** Called every 500 cases with the counts so far. */
  progress?: (s: FuzzStats) => void;
  /** Called before each case (to find a case that hangs). */
  trace?: (c: number) => void;
  /** Photo and file-system faults (fuzz-files.ts); default on. */
  files?: boolean;
}

export interface Problem {
  case: number;
  kind: 'crash' | 'unpositioned' | 'no-diagnostics' | 'output-on-failure' | 'render';
  detail: string;
}

export interface FuzzStats {
  cases: number;
  ok: number;
  failed: number;
  crashes: number;
  unpositioned: number;
  builds: number;
  problems: Problem[];
  codes: Record<string, number>;
  slowestMs: number;
  slowestCase: number;
  ms: number;
  /** Photo and file-system faults applied, by kind. */
  faults: Record<string, number>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Diagnostics about a whole file have no line: these, and only these, may be unpositioned. */
const WHOLE_FILE = new Set(['file-missing', 'file-is-folder', 'file-not-regular', 'file-permission', 'file-unreadable', 'file-too-large', 'output-unwritable', 'output-not-regular']);
/** The sample's photos as the fuzzed issue names them (one PNG among the JPEGs). */
const PHOTOS = ['photos/meeting.jpg', 'photos/choir.jpg', 'photos/badge.png'];

/** The first error diagnostic that is not where it should be, described; undefined when all are. */
function misplaced(diags: Diagnostic[], texts: Map<string, string>): string | undefined {
  for (const d of diags) {
    if (d.severity !== 'error') continue;
    if (d.line === 0 && WHOLE_FILE.has(d.code ?? '')) continue;
    if (!(d.line >= 1 && d.column >= 1)) return `${d.file}:${d.line}:${d.column} ${d.code ?? ''} ${d.message}`;
    const text = texts.get(path.basename(d.file));
    if (text !== undefined && d.line > text.split('\n').length) return `line ${d.line} past the end: ${d.code ?? ''} ${d.message}`;
  }
  return undefined;
}

/** One case's files: the sample issue and series, each mutated 1–3 times (mostly the issue). */
export function makeCase(r: Rng, issueBase: string, seriesBase: string): Map<string, Buffer> {
  const names = Object.keys(MUTATIONS);
  let issue = issueBase;
  let series = seriesBase;
  const target = r();
  for (let n = 1 + int(r, 3); n > 0; n--) {
    const m = MUTATIONS[pick(r, names)]!;
    if (target < 0.8) issue = m(issue, r);
    else if (target < 0.95) series = m(series, r);
    else {
      issue = m(issue, r);
      series = m(series, r);
    }
  }
  let issueBytes: Buffer = Buffer.from(issue, 'utf8');
  if (r() < 0.05) issueBytes = damageBytes(issueBytes, r);
  return new Map([
    ['issue.yaml', issueBytes],
    ['bulletin.yaml', Buffer.from(series, 'utf8')],
  ]);
}

export async function fuzz(opts: FuzzOptions): Promise<FuzzStats> {
  // One photo of the sample is a PNG, so that PNG damage is tried as often as JPEG damage.
  const issueBase = readFileSync(path.join(ROOT, 'issues', 'issue-14.yaml'), 'utf8').replace('photos/outdoors.jpg', 'photos/badge.png');
  const seriesBase = readFileSync(path.join(ROOT, 'issues', 'bulletin.yaml'), 'utf8');
  const r = rng(opts.seed);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-fuzz-'));
  // The sample's photos, so that an undamaged case is a valid issue.
  cpSync(path.join(ROOT, 'issues', 'photos'), path.join(dir, 'photos'), { recursive: true });
  const stats: FuzzStats = { cases: 0, ok: 0, failed: 0, crashes: 0, unpositioned: 0, builds: 0, problems: [], codes: {}, slowestMs: 0, slowestCase: -1, ms: 0, faults: {} };
  const started = performance.now();
  let files = new Map<string, Buffer>();
  const problem = (p: Problem) => {
    stats.problems.push(p);
    if (!opts.keepDir) return;
    const keep = path.join(opts.keepDir, `case-${opts.seed}-${p.case}`);
    mkdirSync(keep, { recursive: true });
    for (const [name, bytes] of files) writeFileSync(path.join(keep, name), bytes);
    writeFileSync(path.join(keep, 'problem.txt'), `${p.kind}: ${p.detail}\n`);
  };
  try {
    for (let c = 0; c < opts.cases; c++) {
      const t0 = performance.now();
      opts.trace?.(c);
      files = makeCase(r, issueBase, seriesBase);
      const texts = new Map([...files].map(([k, v]) => [k, v.toString('utf8')]));
      const input = path.join(dir, 'issue.yaml');
      for (const [name, bytes] of files) writeFileSync(path.join(dir, name), bytes);
      const fault = opts.files === false ? undefined : fileFault(r, dir, PHOTOS);
      if (fault) stats.faults[fault.kind] = (stats.faults[fault.kind] ?? 0) + 1;
      stats.cases++;
      try {
        const result = checkFile(input);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        for (const d of result.diagnostics) {
          const code = d.code;
          stats.codes[code] = (stats.codes[code] ?? 0) + 1;
        }
        if (errors.length) stats.failed++;
        else if (result.pages === undefined) problem({ case: c, kind: 'no-diagnostics', detail: 'check failed without a diagnostic' });
        else stats.ok++;
        const bad = misplaced(result.diagnostics, texts);
        if (bad) {
          stats.unpositioned++;
          problem({ case: c, kind: 'unpositioned', detail: `${fault ? `[${fault.kind}] ` : ''}${bad}` });
        }
        for (const d of result.diagnostics) {
          renderDiagnostic(d, { lang: 'en', colour: false });
          renderDiagnostic(d, { lang: 'zh', colour: true });
          JSON.stringify(toJson(d, 'zh'));
        }
        if (opts.buildEvery > 0 && c % opts.buildEvery === opts.buildEvery - 1) {
          stats.builds++;
          const out = path.join(dir, 'out.pdf');
          rmSync(out, { force: true });
          try {
            await buildIssueFile(input, out);
            if (errors.length) problem({ case: c, kind: 'output-on-failure', detail: 'build succeeded where check failed' });
          } catch (e) {
            if (!(e instanceof DiagnosticError)) throw e;
            const left = readdirSync(dir).filter((f) => f.endsWith('.tmp') || f === 'out.pdf');
            if (left.length) problem({ case: c, kind: 'output-on-failure', detail: `left ${left.join(', ')}` });
          }
        }
      } catch (e) {
        stats.crashes++;
        problem({ case: c, kind: 'crash', detail: `${fault ? `[${fault.kind}] ` : ''}${String((e as Error).stack ?? e).split('\n').slice(0, 6).join('\n')}` });
      } finally {
        fault?.undo();
      }
      const took = performance.now() - t0;
      if (took > stats.slowestMs) {
        stats.slowestMs = took;
        stats.slowestCase = c;
      }
      if (opts.progress && c % 500 === 499) opts.progress({ ...stats, ms: performance.now() - started });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  stats.ms = performance.now() - started;
  return stats;
}
