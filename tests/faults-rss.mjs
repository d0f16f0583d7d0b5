// Preloaded into a spawned CLI by the fault-injection suite (node --import): on exit, writes the
// process's peak resident memory (all threads, in kB, as the kernel counts it) to $FAULTS_RSS_FILE.
// On Linux that is VmHWM, the high-water mark of this program's own memory since it started:
// getrusage's maxRSS carries over the peak of the process that forked it (the kernel keeps it
// across exec), so a CLI spawned by a big test worker would report that worker's peak instead.
import { readFileSync, writeFileSync } from 'node:fs';

function peakKB() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    /* not Linux: getrusage below */
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  if (process.env.FAULTS_RSS_FILE) writeFileSync(process.env.FAULTS_RSS_FILE, String(peakKB()));
});
