/**
 * The process's own peak memory (resident set), in bytes. On Linux, getrusage's maxRSS survives
 * exec: a process started by a larger one (a test runner, the bench, an editor's task) reports its
 * parent's peak until it exceeds it. /proc/self/status VmHWM is this program's own high-water mark;
 * elsewhere getrusage is all there is.
 */
import { readFileSync } from 'node:fs';

export function peakRss(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    /* no /proc: not Linux */
  }
  return process.resourceUsage().maxRSS * 1024;
}
