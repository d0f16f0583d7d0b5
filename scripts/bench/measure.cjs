// Preloaded (node --require) into every process the bench times, bulletin and Typst alike: at exit
// it writes the process's peak RSS and CPU time to $BENCH_MEASURE_OUT.
'use strict';
const out = process.env.BENCH_MEASURE_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(out, JSON.stringify({ maxRSS: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
