// Preloaded (node --require) into every process the bench times, bulletin and Typst alike: at exit
// it writes the process's peak RSS and CPU time to $BENCH_MEASURE_OUT. The peak is VmHWM on Linux:
// getrusage's maxRSS survives exec, so it could report the bench's own peak (src/build/peak-memory.ts).
'use strict';
const out = process.env.BENCH_MEASURE_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    let maxRSS = u.maxRSS * 1024;
    try {
      const hwm = /^VmHWM:\s+(\d+) kB$/mu.exec(require('node:fs').readFileSync('/proc/self/status', 'utf8'));
      if (hwm) maxRSS = Number(hwm[1]) * 1024;
    } catch {
      /* no /proc */
    }
    require('node:fs').writeFileSync(out, JSON.stringify({ maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
