/**
 * Progress of a build: a bar (cli-progress) when stderr is a terminal, otherwise one plain line per
 * issue on stdout, which reads well in CI logs.
 */
import type { SingleBar } from 'cli-progress';
import type { ArchiveEvents, Target } from '../build/archive.js';
import type { JobOutcome } from '../build/job.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { outcomeLine } from './report.js';

export interface Progress extends ArchiveEvents {
  /** Removes the bar before the summary is printed. */
  stop(): void;
}

export async function progressFor(total: number, opts: { quiet?: boolean }, reporter: Reporter): Promise<Progress> {
  const { say } = reporter;
  if (opts.quiet) return { stop() {} };
  if (total < 2 || !process.stderr.isTTY) { // one issue: no bar, and no stderr stream made for the question
    return {
      planned(_n: number, upToDate: Target[]) {
        // One line per up-to-date file; alone, it says how to rebuild it.
        for (const t of upToDate) process.stdout.write(`${say(total === 1 ? 'build-up-to-date' : 'progress-up-to-date', { input: t.input, output: t.output })}\n`);
      },
      finished(o: JobOutcome) {
        process.stdout.write(`${outcomeLine(o, reporter)}\n`);
      },
      stop() {},
    };
  }
  const { default: cliProgress } = await import('cli-progress');
  let bar: SingleBar | undefined;
  return {
    planned(n: number) {
      if (!n) return;
      bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: say('build-progress'), clearOnComplete: true, etaBuffer: 20 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(n, 0, { file: '' });
    },
    finished(o: JobOutcome) {
      bar?.increment(1, { file: o.status === 'failed' ? say('build-progress-failed', { input: o.input }) : o.input });
    },
    stop() {
      bar?.stop();
    },
  };
}
