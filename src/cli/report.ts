/**
 * What `bulletin build` prints. Diagnostics are printed here and only here (through the
 * diagnostics renderer: source line, caret, language); per-issue lines go to stdout, problems to
 * stderr. Everything is worded and shown as the run's reporter says (language, --strict, --debug).
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { printDiagnostics as render } from '../diagnostics/render.js';
import type { Reporter } from '../diagnostics/reporter.js';
import type { ArchiveSummary } from '../build/archive.js';
import type { JobOutcome } from '../build/job.js';

export function printDiagnostics(diagnostics: readonly Diagnostic[], reporter: Reporter): void {
  render(diagnostics, reporter); // to stderr, made only when there is something to print
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** One line for an issue that finished. */
export function outcomeLine(o: JobOutcome, { say }: Reporter): string {
  if (o.status === 'failed') return say('build-failed', { input: o.input, count: o.diagnostics.length });
  const r = o.result;
  // png pages as one entry: issue-14-1.png … issue-14-7.png
  const written = r.outputs.map(({ files }) => (files.length > 1 ? `${files[0]} … ${files[files.length - 1]}` : files[0])).join(', ');
  return say('build-done', { input: r.input, output: written, pages: r.pages, kb: Math.round(r.bytes / 1024), seconds: seconds(o.ms) });
}

export function summaryLine(s: ArchiveSummary, { say }: Reporter): string {
  const total = s.built.length + s.upToDate.length + s.failed.length;
  return say('build-summary', { built: s.built.length, upToDate: s.upToDate.length, failed: s.failed.length, total, seconds: seconds(s.ms) });
}

/** Warnings of built issues, then each failed issue with its diagnostics, in file order; a worker's stack only with --debug. */
export function printProblems(s: ArchiveSummary, reporter: Reporter): void {
  const byInput = <T extends { input: string }>(a: T, b: T) => a.input.localeCompare(b.input, 'en', { numeric: true });
  for (const o of [...s.built].sort(byInput)) printDiagnostics(o.result.warnings, reporter);
  if (!s.failed.length) return;
  // One issue: its diagnostics alone, as a compiler prints them (they name the file).
  if (s.built.length + s.upToDate.length + s.failed.length === 1) {
    printDiagnostics(s.failed[0]!.diagnostics, reporter);
    if (s.failed[0]!.internal && reporter.debug) process.stderr.write(`${s.failed[0]!.internal}\n`);
    return;
  }
  process.stderr.write(`\n${reporter.say('build-failed-header', { count: s.failed.length })}\n`);
  for (const o of [...s.failed].sort(byInput)) {
    process.stderr.write(`\n${path.normalize(o.input)}\n`);
    printDiagnostics(o.diagnostics, reporter);
    if (o.internal && reporter.debug) process.stderr.write(`${o.internal}\n`);
  }
}
