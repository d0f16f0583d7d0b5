/**
 * Building many issues: skip those whose stamp says they are up to date, build the rest — one
 * in-process, several on a pool of worker threads (piscina) — and stamp each PDF built. A failing
 * issue never stops the others; its diagnostics come back with its outcome. Workers leave their
 * PDFs at temporary names; this thread syncs and renames them in batches (commit.ts) and reports
 * an issue only once its PDF is complete on disk.
 */
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { fileDiagnostic } from '../diagnostics/diagnostic.js';
import { msg } from '../diagnostics/messages.js';
import { removeStaleTemps, trackPendingOutput } from './output.js';
import { BatchCommitter } from './commit.js';
import { diagnosticsOf, internalDiagnostic } from './diagnose.js';
import type { Job, JobOutcome } from './job.js';
import { fontSearchOf } from './font-search.js';
import { nowMs } from './clock.js';
import type { BuildIssueOptions } from './pipeline.js';
import { CACHE_DIR, HashMemo, hashMemoFile, clearStamp, isUpToDate, optionsKey, toolIdentity, writeStamp } from './stamp.js';
import { CODE_DIR, TOOL_VERSION } from './version.js';
import { FontIndex, resolveFonts } from '../fonts/resolve.js';
import { DEFAULT_RENDER, baseOf, primaryFile, type OutputFormat } from '../render/formats.js';

/**
 * The fonts each role gets on this machine when an issue names none (office fonts installed,
 * wide-coverage fallbacks): part of every stamp, so installing 仿宋_GB2312 rebuilds the archive
 * in it. The scan is the one the builds of this process choose their fonts from (FontIndex.shared).
 */
function installedFonts(build: BuildIssueOptions): string[] {
  const search = fontSearchOf(build);
  const { fonts } = resolveFonts({}, search, FontIndex.shared(search));
  const files = Object.values(fonts).flatMap((r) => [r.primary, ...r.fallbacks].map((f) => `${f.file}#${f.postscriptName ?? ''}`));
  return [...new Set(files)].sort();
}

export interface Target {
  input: string;
  output: string;
  /** false: always built, never stamped (standard input or output: nothing on disk to compare). */
  stamp?: boolean;
  /** The issue's bytes when they are not on the disk (standard input): they go with the job, to whichever thread builds it. */
  text?: Uint8Array;
}

export interface ArchiveOptions {
  /** Worker threads (default: the machine's cores). */
  jobs?: number;
  /** Rebuild even what is up to date. */
  force?: boolean;
  /** Handed to every build untouched. */
  build?: BuildIssueOptions;
}

export interface ArchiveEvents {
  /** Once the up-to-date check is done: how many issues will be built. */
  planned?(toBuild: number, upToDate: Target[]): void;
  finished?(outcome: JobOutcome): void;
}

export interface ArchiveSummary {
  built: Extract<JobOutcome, { status: 'built' }>[];
  upToDate: Target[];
  failed: Extract<JobOutcome, { status: 'failed' }>[];
  ms: number;
  /** Threads that built something (0 is the main thread), with their last memory reading. */
  threads: number;
}

/** Old-generation cap of a worker: three times the live heap of a seed-sized issue after GC. */
const WORKER_OLD_SPACE_MB = 96;
/** Young-generation cap of a worker: garbage of one issue is collected young instead of growing RSS. */
const WORKER_YOUNG_SPACE_MB = 8;

export const defaultJobs = (): number => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

/** Never more threads than cores: `-j 100000` would start a thread (and a heap) per issue. */
export const cappedJobs = (asked: number): number => Math.max(1, Math.min(asked, defaultJobs()));

/** Up to date, or not when the stamp cannot say (unreadable, garbage, an input that cannot be hashed). */
function upToDate(input: string, output: string, tool: string, opts: string, memo: HashMemo): boolean {
  try {
    return isUpToDate(input, output, tool, opts, memo);
  } catch {
    return false;
  }
}

/** The compiled worker: beside this module in dist/, or dist/build/worker.js when run from src/ (tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  // The CommonJS bundle's worker is worker.cjs (it loads worker.bundle.cjs with its code cache).
  const beside = path.join(path.dirname(here), here.endsWith('.cjs') ? 'worker.cjs' : 'worker.js');
  if (!here.endsWith('.ts') && existsSync(beside)) return beside;
  return path.resolve(path.dirname(here), '..', '..', 'dist', 'build', 'worker.js');
}

export class ArchiveBuilder {
  private pool: Piscina | undefined;
  private readonly jobs: number;
  /** Syncs and renames what the workers wrote, many issues at a time. */
  private readonly committer = new BatchCommitter();

  constructor(private readonly options: ArchiveOptions = {}) {
    this.jobs = cappedJobs(options.jobs ?? defaultJobs());
  }

  async run(targets: Target[], events: ArchiveEvents = {}): Promise<ArchiveSummary> {
    const started = nowMs();
    const build = this.options.build ?? {};
    const memo = new HashMemo(hashMemoFile());
    removeStaleTemps(path.dirname(hashMemoFile()));
    const tool = toolIdentity(TOOL_VERSION, CODE_DIR, memo);
    const { formats = ['pdf'], render, ...common } = build;
    const fonts = installedFonts(build);
    // Each format has its own stamp; a setting counts only for the formats it changes.
    const optsOf = (format: OutputFormat) => {
      const settings = { ...DEFAULT_RENDER, ...render };
      const own = format === 'png' ? { format, dpi: settings.dpi } : format === 'long-png' ? { format, width: settings.longWidth } : format === 'pdf' ? {} : { format };
      return optionsKey({ ...common, installedFonts: fonts, ...own });
    };
    const fresh: Target[] = [];
    const toBuild: { job: Job; before: Map<string, string | null> }[] = [];
    const unstamped = new Set(targets.filter((t) => t.stamp === false).map((t) => t.output));
    for (const t of targets) {
      const job = { input: t.input, output: t.output, ...(t.text ? { text: t.text } : {}) };
      if (t.stamp === false) {
        toBuild.push({ job: { ...job, options: build }, before: new Map() });
        continue;
      }
      const stale = formats.filter((f) => this.options.force || !upToDate(t.input, primaryFile(f, baseOf(t.output)), tool, optsOf(f), memo));
      if (!stale.length) fresh.push(t);
      else toBuild.push({ job: { ...job, options: { ...build, formats: stale } }, before: new Map([[path.resolve(t.input), memo.hash(t.input)]]) });
    }
    events.planned?.(toBuild.length, fresh);
    for (const dir of new Set(toBuild.filter(({ job }) => !unstamped.has(job.output)).map(({ job }) => path.dirname(job.output)))) {
      try {
        mkdirSync(dir, { recursive: true }); // --out may name a folder that does not exist yet
      } catch {
        /* reported per issue when its PDF cannot be written */
      }
      // Temporary files of runs killed mid-write (kill -9, a power cut) go now.
      removeStaleTemps(dir);
      removeStaleTemps(path.join(dir, CACHE_DIR));
    }

    const summary: ArchiveSummary = { built: [], upToDate: fresh, failed: [], ms: 0, threads: 0 };
    const threads = new Set<number>();
    const settle = (outcome: JobOutcome, before: Map<string, string | null>) => {
      threads.add(outcome.memory.threadId);
      if (unstamped.has(outcome.output)) {
        if (outcome.status === 'built') summary.built.push(outcome);
        else summary.failed.push(outcome);
      } else if (outcome.status === 'built') {
        for (const { format, files } of outcome.result.outputs) {
          try {
            writeStamp(outcome.input, files[0]!, outcome.result.inputs, outcome.result.written, tool, optsOf(format), memo, before, files.slice(1));
          } catch {
            /* no stamp (read-only cache folder): the issue is simply rebuilt next time */
          }
        }
        summary.built.push(outcome);
      } else {
        for (const f of formats) clearStamp(primaryFile(f, baseOf(outcome.output)));
        summary.failed.push(outcome);
      }
      events.finished?.(outcome);
    };

    if (toBuild.length <= 1 || this.jobs === 1) {
      // Loaded only when something is built here: an up-to-date run never loads the typesetter.
      const { runJob } = toBuild.length ? await import('./job.js') : { runJob: undefined as never };
      for (const { job, before } of toBuild) settle(await runJob(job), before);
    } else {
      const pool = await this.poolFor(toBuild.length);
      await Promise.all(
        toBuild.map(async ({ job, before }) => {
          const releases = (job.options.formats ?? ['pdf']).map((f) => trackPendingOutput(primaryFile(f, baseOf(job.output))));
          const release = () => releases.forEach((r) => r());
          try {
            settle(await this.committed(await this.runInPool(pool, { ...job, stage: true })), before);
          } finally {
            release();
          }
        }),
      );
    }
    memo.save();
    summary.ms = nowMs() - started;
    summary.threads = threads.size;
    return summary;
  }

  /** A worker's outcome once its staged files are durable and in place (or failed to be). */
  private async committed(outcome: JobOutcome): Promise<JobOutcome> {
    if (outcome.status !== 'built' || !outcome.result.staged) return outcome;
    const { staged, ...result } = outcome.result;
    const done = await this.committer.commit(staged);
    if ('written' in done) return { ...outcome, result: { ...result, written: done.written } };
    const diagnostics = diagnosticsOf(done.error, { input: outcome.input, output: outcome.output }) ?? [internalDiagnostic(outcome.input, done.error)];
    return { status: 'failed', input: outcome.input, output: outcome.output, diagnostics, memory: outcome.memory, ms: outcome.ms };
  }

  private async runInPool(pool: Piscina, job: Job): Promise<JobOutcome> {
    try {
      return (await pool.run(job)) as JobOutcome;
    } catch (e) {
      // Only a crashed worker gets here (runJob turns every error into diagnostics).
      const stopped = fileDiagnostic(job.input, msg('worker-stopped', { detail: (e as Error)?.message ?? String(e) }));
      return { status: 'failed', input: job.input, output: job.output, diagnostics: [stopped], memory: { threadId: -1, heapUsed: 0, external: 0, maxRSS: 0 }, ms: 0 };
    }
  }

  private async poolFor(count: number): Promise<Piscina> {
    if (!this.pool) {
      const { Piscina } = await import('piscina');
      const threads = Math.min(this.jobs, count);
      // A worker's live heap stays near 30 MB (fonts are off-heap buffers); capping the old
      // generation makes V8 collect instead of letting garbage grow RSS over a long archive.
      this.pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: this.jobs, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB } });
    }
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }
}
