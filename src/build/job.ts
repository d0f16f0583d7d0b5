/**
 * One issue's build as plain data in and plain data out, so the same function runs in-process (a
 * single issue) or in a worker thread (an archive). Every failure becomes diagnostics; nothing
 * thrown crosses a thread boundary.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsOf, internalDiagnostic } from './diagnose.js';
import { buildIssueFile, type BuildIssueOptions, type BuildResult } from './pipeline.js';
import { peakRss } from './peak-memory.js';
import { nowMs } from './clock.js';

export interface Job {
  input: string;
  output: string;
  options: BuildIssueOptions;
  /** Leave the files staged for the main thread to commit (buildIssueFile's `stage`). */
  stage?: boolean;
  /** The issue's bytes when not read from the disk (standard input). */
  text?: Uint8Array;
}

/** Memory of the isolate (thread) that ran a job, right after it: heap plus off-heap buffers. */
export interface ThreadMemory {
  threadId: number;
  heapUsed: number;
  external: number;
  /** Whole process, as the kernel counts it: all threads together. */
  maxRSS: number;
}

export type JobOutcome =
  | { status: 'built'; input: string; output: string; result: BuildResult; memory: ThreadMemory; ms: number }
  | { status: 'failed'; input: string; output: string; diagnostics: Diagnostic[]; internal?: string; memory: ThreadMemory; ms: number };

/** The same figures as v8.getHeapStatistics() (used_heap_size, external_memory), without loading node:v8 (~1 ms). */
function memoryNow(threadId: number): ThreadMemory {
  const heap = process.memoryUsage();
  return { threadId, heapUsed: heap.heapUsed, external: heap.external, maxRSS: peakRss() };
}

export async function runJob(job: Job, threadId = 0): Promise<JobOutcome> {
  const started = nowMs();
  const base = { input: job.input, output: job.output };
  try {
    const result = await buildIssueFile(job.input, job.output, job.options, { stage: job.stage ?? false, ...(job.text ? { text: job.text } : {}) });
    return { status: 'built', ...base, result, memory: memoryNow(threadId), ms: nowMs() - started };
  } catch (e) {
    const known = diagnosticsOf(e, { input: job.input, output: job.output });
    const diagnostics = known ?? [internalDiagnostic(job.input, e)];
    const internal = known ? undefined : ((e as Error | undefined)?.stack ?? String(e));
    return { status: 'failed', ...base, diagnostics, ...(internal ? { internal } : {}), memory: memoryNow(threadId), ms: nowMs() - started };
  }
}
