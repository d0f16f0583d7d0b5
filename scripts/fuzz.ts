/**
 * `npm run fuzz [-- --cases N --seed S --build-every K --keep DIR]`: mutates the sample issue and
 * series files thousands of times and checks that every failure is a positioned diagnostic, that
 * nothing crashes and that a failed build writes nothing. Exits 1 if any case breaks a rule;
 * `--keep DIR` saves the files of such cases for reproduction.
 */
import { fuzz, type FuzzStats } from './fuzz-core.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const keepAt = process.argv.indexOf('--keep');

const line = (s: FuzzStats) =>
  `${s.cases} cases: ${s.ok} valid, ${s.failed} rejected with diagnostics, ${s.crashes} crashes, ${s.unpositioned} failures without a position, ${s.builds} full builds — ${(s.ms / 1000).toFixed(1)} s`;

const stats = await fuzz({
  cases: arg('cases', 10_000),
  seed: arg('seed', 1),
  buildEvery: arg('build-every', 50),
  ...(keepAt !== -1 ? { keepDir: process.argv[keepAt + 1]! } : {}),
  progress: (s) => process.stderr.write(`  ${line(s)}\n`),
  ...(process.argv.includes('--trace') ? { trace: (c: number) => process.stderr.write(`case ${c} ${Date.now()}\n`) } : {}),
});

process.stdout.write(`${line(stats)}\nslowest case: ${stats.slowestMs.toFixed(0)} ms (case ${stats.slowestCase})\n`);
const codes = Object.entries(stats.codes).sort((a, b) => b[1] - a[1]);
process.stdout.write(`diagnostics by code: ${codes.map(([c, n]) => `${c} ${n}`).join(', ')}\n`);
const faults = Object.entries(stats.faults).sort((a, b) => b[1] - a[1]);
process.stdout.write(`photo and file-system faults: ${faults.reduce((n, [, k]) => n + k, 0)} (${faults.map(([c, n]) => `${c} ${n}`).join(', ')})\n`);
for (const p of stats.problems.slice(0, 20)) process.stdout.write(`case ${p.case} ${p.kind}: ${p.detail}\n`);
process.exitCode = stats.problems.length ? 1 : 0;
