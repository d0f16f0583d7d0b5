/** `bulletin build <input...>`: each issue file — named, in a folder, matched by a glob, or on standard input — to its PDF. */
import type { Command } from 'commander';
import { statSync } from 'node:fs';
import path from 'node:path';
import { ArchiveBuilder, defaultJobs, type ArchiveSummary, type Target } from '../build/archive.js';
import { STDOUT, refuseNonRegularTarget, writeAtomic } from '../build/output.js';
import { DiagnosticError, diagnostic } from '../diagnostics/diagnostic.js';
import { printDiagnostics } from '../diagnostics/render.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';
import { fontPathOf, ignoreSystemFontsOf, withFontPathOption } from './font-path.js';
import { STDIN, givenText, resolveInputs, withInputOptions, type InputOptions, type ResolvedInputs } from './inputs.js';
import { withReportingOptions, type ReportingOptions } from './reporting-options.js';
import { progressFor } from './progress.js';
import { printProblems, summaryLine } from './report.js';
import { outputOptionsOf, withOutputOptions, type OutputOptions } from './output-options.js';
import { peakRss } from '../build/peak-memory.js';

/** Where the PDF of `input` goes: beside it, into --out (a folder, or a file for one input), or standard output (`-o -`). */
export function outputFor(input: string, out: string | undefined, many: boolean): string {
  const pdfName = `${path.basename(input).replace(/\.ya?ml$/iu, '')}.pdf`;
  if (out === STDOUT) {
    if (many) throw new UsageError({ id: 'out-stdout-one', params: {} });
    return STDOUT;
  }
  if (!out) return path.join(path.dirname(input), pdfName);
  let isDir = out.endsWith('/') || out.endsWith(path.sep);
  try {
    isDir ||= statSync(out).isDirectory();
  } catch {
    /* a new file name */
  }
  if (isDir) return path.join(out, pdfName);
  if (many) throw new UsageError({ id: 'out-must-be-folder', params: { out } });
  return out;
}

export interface BuildOptions extends InputOptions, ReportingOptions, OutputOptions {
  out?: string;
  quiet?: boolean;
  fontPath?: string[];
  ignoreSystemFonts?: boolean;
  jobs?: string;
  force?: boolean;
  watch?: boolean;
  stats?: string;
}

/**
 * The issues the inputs name, each with its PDF; two issues writing one PDF is a usage error, and so
 * is standard input without -o (there is no file beside which to put its PDF).
 */
export function targetsFor(inputs: ResolvedInputs, out: string | undefined): Target[] {
  const { issues, stdin } = inputs;
  if (stdin !== undefined && out === undefined) throw new UsageError({ id: 'out-stdin-needs-out', params: {} });
  const seen = new Map<string, string>();
  return issues.map((input) => {
    const output = outputFor(input, out, issues.length > 1);
    const other = seen.get(path.resolve(output));
    if (other) throw new UsageError({ id: 'out-same-pdf', params: { first: other, second: input, out: output } });
    seen.set(path.resolve(output), input);
    return { input, output, ...givenText(inputs, input), ...(input === stdin || output === STDOUT ? { stamp: false } : {}) };
  });
}

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError({ id: 'option-jobs', params: { value } });
  return n;
}

/** One pass: build what is out of date and report it (on stderr when stdout carries the PDF). Returns the summary. */
export async function buildOnce(builder: ArchiveBuilder, targets: Target[], opts: BuildOptions, reporter: Reporter): Promise<ArchiveSummary> {
  const toStdout = opts.out === STDOUT;
  // With `-o -` standard output is the PDF alone: no progress or summary lines at all.
  const quiet = !!opts.quiet || toStdout;
  const progress = await progressFor(targets.length, { quiet }, reporter);
  let summary: ArchiveSummary;
  try {
    summary = await builder.run(targets, progress);
  } finally {
    progress.stop();
  }
  if (targets.length > 1 && !quiet) process.stdout.write(`${summaryLine(summary, reporter)}\n`);
  else if (summary.failed.length && !toStdout) process.stdout.write(`${summaryLine(summary, reporter)}\n`);
  printProblems(summary, reporter);
  return summary;
}

export async function build(args: string[], opts: BuildOptions, reporter: Reporter): Promise<number> {
  const jobs = parseJobs(opts.jobs);
  if (opts.watch && (opts.out === STDOUT || args.includes(STDIN))) throw new UsageError({ id: 'out-stdout-watch', params: {} });
  const output = outputOptionsOf(opts);
  // Standard output takes one file: a PDF, or the one long PNG.
  if (opts.out === STDOUT && (output.formats.length !== 1 || output.formats[0] === 'png')) throw new UsageError({ id: 'out-stdout-format', params: {} });
  const inputs = await resolveInputs(args, opts);
  const targets = targetsFor(inputs, opts.out);
  if (opts.out === STDOUT && process.stdout.isTTY) throw new UsageError({ id: 'out-stdout-terminal', params: {} });
  const builder = new ArchiveBuilder({
    jobs,
    force: !!opts.force,
    build: { fontPath: fontPathOf(opts), ...(ignoreSystemFontsOf(opts) ? { ignoreSystemFonts: true } : {}), ...(reporter.reporting.strict ? { strict: true } : {}), ...output },
  });
  try {
    if (opts.watch) {
      const { watchAndBuild } = await import('../build/watch.js');
      await watchAndBuild(
        args,
        async () => {
          const again = targetsFor(await resolveInputs(args, opts), opts.out);
          return (await buildOnce(builder, again, opts, reporter)).built.flatMap((o) => o.result.inputs);
        },
        reporter.say,
      );
      return EXIT.ok;
    }
    if (opts.stats) refuseNonRegularTarget(opts.stats); // before the build, not after it
    const summary = await buildOnce(builder, targets, opts, reporter);
    const code = summary.failed.length ? EXIT.input : EXIT.ok;
    return opts.stats ? Math.max(code, writeStats(opts.stats, statsOf(summary, jobs), reporter)) : code;
  } finally {
    await builder.close();
  }
}

/** Writes the --stats file; a failure is reported (the PDFs built stay) and makes the exit status 1. */
function writeStats(file: string, stats: object, reporter: Reporter): number {
  try {
    writeAtomic(file, Buffer.from(`${JSON.stringify(stats, null, 1)}\n`), { durable: false });
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    const reason = e.diagnostics[0]?.text?.params.reason ?? e.diagnostics[0]?.message ?? '';
    printDiagnostics([diagnostic({ file, line: 0, column: 0 }, 'stats-unwritable', { reason })], reporter);
    return EXIT.input;
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
  const maxRSS = Math.max(0, ...[...s.built, ...s.failed].map((o) => o.memory.maxRSS), peakRss());
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

export function registerBuild(program: Command, result: CommandResult, reporter: Reporter): void {
  const { say } = reporter;
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
      result.code = await build(inputs, opts, reporter);
    });
  withInputOptions(command, reporter);
  withReportingOptions(command, reporter);
  withFontPathOption(command, reporter);
  withOutputOptions(command, reporter);
}
