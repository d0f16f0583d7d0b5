/**
 * Standard error for diagnostics, without making `process.stderr` when it is a pipe or a file.
 * Node makes that stream object on first use, and for a pipe it loads the net and stream modules and
 * opens a libuv handle first (~1–1.5 ms of a build that prints one warning, such as a character set
 * from a fallback font; CPU profile). Where Node itself writes them synchronously — files on every
 * platform, pipes on Linux only (Node's docs: on macOS a pipe is written asynchronously) — writing
 * descriptor 2 directly prints the same bytes in the same order as the other messages, which go
 * through `process.stderr`; elsewhere a direct write could overtake one of theirs still queued.
 *
 * A terminal (or /dev/null, or anything else) still gets `process.stderr`: it knows what a TTY is,
 * which colour depends on. A write that would block (a full non-blocking pipe) hands the rest to
 * `process.stderr`, which waits for the reader.
 */
import { fstatSync, writeSync } from 'node:fs';

export interface ErrorStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

/**
 * Descriptor 2 written directly when it is a regular file, or a pipe on Linux (never a TTY); else
 * process.stderr.
 * Asked afresh by each printing (one fstat): nothing is kept between runs.
 */
export function errorStream(): ErrorStream {
  return (process.platform === 'win32' ? null : directStream(process.platform === 'linux')) ?? process.stderr;
}

function directStream(pipesAreSynchronous: boolean): ErrorStream | null {
  try {
    const st = fstatSync(2);
    if (!st.isFile() && !(pipesAreSynchronous && st.isFIFO())) return null;
  } catch {
    return null; // no descriptor 2
  }
  let fallback = false;
  return {
    isTTY: false,
    write(text: string): boolean {
      if (fallback) return process.stderr.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      try {
        while (at < bytes.length) at += writeSync(2, bytes, at, bytes.length - at);
        return true;
      } catch {
        // EAGAIN (a full non-blocking pipe) or anything else: the stream waits and reports as before.
        fallback = true;
        return process.stderr.write(bytes.subarray(at));
      }
    },
  };
}
