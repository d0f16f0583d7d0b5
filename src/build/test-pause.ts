/**
 * A pause at a named point of a build, for the interruption tests only, so that they signal a build
 * at a known point instead of guessing how long it takes. With `BULLETIN_TEST_PAUSE=point:marker`,
 * reaching `point` writes the file `marker` (the test waits for it) and waits until a signal ends the
 * process. Unset — always, outside those tests — each point costs one look at the environment.
 *
 * Points: `before-write` (the PDF is rendered, nothing written yet; main thread), `temp-written`
 * (the temporary file is complete, not yet renamed over the target; worker threads only — a
 * synchronous wait on the main thread would keep it from handling the signal).
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

export const PAUSE_ENV = 'BULLETIN_TEST_PAUSE';
export type PausePoint = 'before-write' | 'temp-written';

function markerFor(point: PausePoint): string | undefined {
  const value = process.env[PAUSE_ENV];
  if (!value) return undefined;
  const colon = value.indexOf(':');
  return colon > 0 && value.slice(0, colon) === point ? value.slice(colon + 1) : undefined;
}

/** Pauses (asynchronously: signals are still handled) when `point` is the one asked for. */
export async function pauseAt(point: PausePoint): Promise<void> {
  const marker = markerFor(point);
  if (!marker) return;
  writeFileSync(marker, `${process.pid}\n`);
  await new Promise(() => setInterval(() => {}, 60_000));
}

/** Pauses a worker thread synchronously (the main thread goes on and handles the signal). */
export function pauseWorkerAt(point: PausePoint): void {
  const marker = markerFor(point);
  if (!marker || isMainThread) return;
  writeFileSync(marker, `${process.pid}\n`);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(cell, 0, 0, 100);
}
