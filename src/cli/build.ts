/** `bulletin build <input...>`: each issue file — named, in a folder, or matched by a glob — to its PDF. */
import { msg } from '../diagnostics/messages.js';
import { say } from '../diagnostics/locale.js';
import type { Command } from 'commander';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ArchiveBuilder, defaultJobs, type ArchiveSummary, type Target } from '../build/archive.js';
import { discoverIssues } from '../build/discover.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';
import { fontPathOf, withFontPathOption } from './font-path.js';
import { progressFor } from './progress.js';
import { printProblems, summaryLine } from './report.js';
import { outputOptionsOf, withOutputOptions, type OutputOptions } from './output-options.js';

/** Where the PDF of `input` goes: beside it, or into --out (a folder, or a file for one input). */
export function outputFor(input: string, out: string | undefined, many: boolean): string {
  const pdfName = `${path.basename(input).replace(/\.ya?ml$/iu, '')}.pdf`;
  if (!out) return path.join(path.dirname(input), pdfName);
  let isDir = out.endsWith('/') || out.endsWith(path.sep);
  try {
    isDir ||= statSync(out).isDirectory();
  } catch {
    /* a new file name */
  }
  if (isDir) return path.join(out, pdfName);
  if (many) throw new UsageError(msg('usage-out-folder', { out }));
  return out;
}

export interface BuildOptions extends OutputOptions {
  out?: string;
  quiet?: boolean;
  fontPath?: string[];
  jobs?: string;
  force?: boolean;
  watch?: boolean;
  stats?: string;
}

/** The issues the arguments name, each with its PDF; two issues writing one PDF is a usage error. */
export function targetsFor(inputs: string[], out: string | undefined): Target[] {
  const { issues, unmatched } = discoverIssues(inputs);
  if (unmatched.length) throw new UsageError(msg('usage-no-issue', { inputs: unmatched.join(', ') }));
  const seen = new Map<string, string>();
  return issues.map((input) => {
    const output = outputFor(input, out, issues.length > 1);
    const other = seen.get(path.resolve(output));
    if (other) throw new UsageError(msg('usage-same-output', { first: other, second: input, output }));
    seen.set(path.resolve(output), input);
    return { input, output };
  });
}

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(msg('usage-jobs', { value }));
  return n;
}

/** One pass: build what is out of date and report it. Returns the summary. */
export async function buildOnce(builder: ArchiveBuilder, targets: Target[], opts: BuildOptions): Promise<ArchiveSummary> {
  const progress = await progressFor(targets.length, opts);
  let summary: ArchiveSummary;
  try {
    summary = await builder.run(targets, progress);
  } finally {
    progress.stop();
  }
  if (targets.length === 1 && summary.upToDate.length === 1 && !opts.quiet) {
    process.stdout.write(`${say('build-one-up-to-date', { input: targets[0]!.input, output: targets[0]!.output })}\n`);
  } else if ((targets.length > 1 && !opts.quiet) || summary.failed.length) {
    process.stdout.write(`${summaryLine(summary)}\n`);
  }
  printProblems(summary);
  return summary;
}

export async function build(inputs: string[], opts: BuildOptions): Promise<number> {
  const jobs = parseJobs(opts.jobs);
  const builder = new ArchiveBuilder({ jobs, force: !!opts.force, build: { fontPath: fontPathOf(opts), ...outputOptionsOf(opts) } });
  try {
    if (opts.watch) {
      const { watchAndBuild } = await import('../build/watch.js');
      await watchAndBuild(inputs, async () => {
        const targets = targetsFor(inputs, opts.out);
        return (await buildOnce(builder, targets, opts)).built.flatMap((o) => o.result.inputs);
      });
      return EXIT.ok;
    }
    const summary = await buildOnce(builder, targetsFor(inputs, opts.out), opts);
    if (opts.stats) writeFileSync(opts.stats, `${JSON.stringify(statsOf(summary, jobs), null, 1)}\n`);
    return summary.failed.length ? EXIT.input : EXIT.ok;
  } finally {
    await builder.close();
  }
}

/** Figures for benchmarks (--stats): time, and memory per thread (heap + buffers) and for the process. */
function statsOf(s: ArchiveSummary, jobs: number) {
  const perThread = new Map<number, { issues: number; heapUsed: number[]; external: number[] }>();
  for (const o of [...s.built, ...s.failed]) {
    const t = perThread.get(o.memory.threadId) ?? { issues: 0, heapUsed: [], external: [] };
    t.issues++;
    t.heapUsed.push(o.memory.heapUsed);
    t.external.push(o.memory.external);
    perThread.set(o.memory.threadId, t);
  }
  const maxRSS = Math.max(0, ...[...s.built, ...s.failed].map((o) => o.memory.maxRSS), process.resourceUsage().maxRSS * 1024);
  const cpu = process.cpuUsage();
  return {
    jobs,
    ms: s.ms,
    /** CPU time of the whole process (all threads) so far, start-up included: steadier than wall time on a busy machine. */
    cpuMs: (cpu.user + cpu.system) / 1000,
    built: s.built.length,
    upToDate: s.upToDate.length,
    failed: s.failed.length,
    processMaxRSS: maxRSS,
    threads: [...perThread].map(([threadId, t]) => ({ threadId, ...t })),
  };
}

export function registerBuild(program: Command, result: CommandResult): void {
  const command = program
    .command('build')
    .description(say('help-build'))
    .argument('<input...>', say('help-build-input'))
    .option('-o, --out <path>', say('help-build-out'))
    .option('-j, --jobs <n>', say('help-build-jobs'))
    .option('-f, --force', say('help-build-force'))
    .option('-w, --watch', say('help-build-watch'))
    .option('-q, --quiet', say('help-build-quiet'))
    .option('--stats <file>', say('help-build-stats'))
    .action(async (inputs: string[], opts: BuildOptions) => {
      result.code = await build(inputs, opts);
    });
  withFontPathOption(command);
  withOutputOptions(command);
}
