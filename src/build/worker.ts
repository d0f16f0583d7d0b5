/**
 * The worker thread of an archive build (a piscina task). Each worker is its own isolate, so
 * openFace's cache parses every font once per worker and reuses it for all its issues.
 */
import { threadId } from 'node:worker_threads';
import { runJob, type Job, type JobOutcome } from './job.js';

export default function buildInWorker(job: Job): Promise<JobOutcome> {
  return runJob(job, threadId);
}
