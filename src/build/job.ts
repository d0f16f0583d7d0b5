/**
 * One issue's build as plain data in and plain data out, so the same function runs in-process (a
 * single issue) or in a worker thread (an archive). Every failure becomes diagnostics; nothing
 * thrown crosses a thread boundary.
 */
import { getHeapStatistics } from 'node:v8';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { FontError } from '../fonts/face.js';
import { RenderError } from '../render/formats.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { buildIssueFile, type BuildIssueOptions, type BuildResult } from './pipeline.js';

export interface Job {
  input: string;
  output: string;
  options: BuildIssueOptions;
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

function memoryNow(threadId: number): ThreadMemory {
  const heap = getHeapStatistics();
  return { threadId, heapUsed: heap.used_heap_size, external: heap.external_memory, maxRSS: process.resourceUsage().maxRSS * 1024 };
}

const isFileSystemError = (e: unknown): e is NodeJS.ErrnoException =>
  e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';

export async function runJob(job: Job, threadId = 0): Promise<JobOutcome> {
  const started = performance.now();
  const base = { input: job.input, output: job.output };
  try {
    const result = await buildIssueFile(job.input, job.output, job.options);
    return { status: 'built', ...base, result, memory: memoryNow(threadId), ms: performance.now() - started };
  } catch (e) {
    let diagnostics: Diagnostic[];
    let internal: string | undefined;
    if (e instanceof DiagnosticError) diagnostics = e.diagnostics;
    else if (e instanceof RenderError) diagnostics = [diagnostic({ file: job.input, line: 0, column: 0 }, e.id, e.params)];
    else if (e instanceof FontError) diagnostics = [{ severity: 'error', file: e.file, line: 0, column: 0, message: e.message }];
    else if (isFileSystemError(e)) {
      // Writing the PDF failed (a read-only folder, a full disk): the environment, not a bug.
      diagnostics = [{ severity: 'error', file: job.output, line: 0, column: 0, message: `cannot write the PDF: ${e.code} (${e.syscall} ${e.path ?? job.output})` }];
    } else {
      const err = e as Error;
      internal = err?.stack ?? String(e);
      diagnostics = [{ severity: 'error', file: job.input, line: 0, column: 0, message: `internal error: ${err?.message ?? String(e)} — this is a bug; please report it with this file` }];
    }
    return { status: 'failed', ...base, diagnostics, ...(internal ? { internal } : {}), memory: memoryNow(threadId), ms: performance.now() - started };
  }
}
