// Preloaded into a spawned CLI by the fault-injection suite (node --import): on exit, writes the
// process's peak resident memory (all threads, in kB, as the kernel counts it) to $FAULTS_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.FAULTS_RSS_FILE) writeFileSync(process.env.FAULTS_RSS_FILE, String(process.resourceUsage().maxRSS));
});
