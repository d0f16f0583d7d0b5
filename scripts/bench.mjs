/**
 * `npm run bench`: how fast bulletin is, as whole processes, the way users run it.
 *
 *  1. reference: `node -e 0` (process start alone), median of RUNS;
 *  2. the seed issue, cold: `bulletin build issues/issue-14.yaml --force`, median of RUNS;
 *  3. an archive of ARCHIVE issues generated from the seed (numbers, dates, paragraph order and
 *     columns varied) built with `--jobs 2`: wall time, issues per second, memory — the process's
 *     RSS sampled from /proc while it runs (all threads together) and each worker isolate's heap
 *     plus off-heap buffers after every issue (from --stats), first and last quarter compared so
 *     growth per issue shows — then a second, incremental run.
 *
 * Env: BENCH_RUNS (default 7), BENCH_ISSUES (default 200), BENCH_JOBS (default 2).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'bulletin');
const SEED = path.join(ROOT, 'issues', 'issue-14.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ISSUES = Number(process.env.BENCH_ISSUES ?? 200);
const JOBS = Number(process.env.BENCH_JOBS ?? 2);
const MB = 1024 * 1024;

/** Runs a command; resolves with wall ms, exit code and the peak RSS sampled from /proc (bytes). */
function run(args, { sample = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const rss = [];
    const timer = sample
      ? setInterval(() => {
          try {
            const m = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) rss.push({ t: performance.now() - started, bytes: Number(m[1]) * 1024 });
          } catch {
            /* exited, or no /proc */
          }
        }, 100)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, code, rss, err });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A small seeded PRNG (mulberry32), so the generated archive is the same on every run. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const shuffle = (xs, rnd) => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
};

function generateArchive(dir, count) {
  const seed = parseDocument(readFileSync(SEED, 'utf8')).toJS();
  copyFileSync(path.join(ROOT, 'issues', 'bulletin.yaml'), path.join(dir, 'bulletin.yaml'));
  // The seed's photos: generated issues keep its photo paths.
  cpSync(path.join(ROOT, 'issues', 'photos'), path.join(dir, 'photos'), { recursive: true });
  const rnd = prng(14);
  const start = Date.UTC(2019, 0, 4);
  for (let n = 1; n <= count; n++) {
    const issue = structuredClone(seed);
    issue.masthead.number = n;
    issue.masthead.date = new Date(start + n * 7 * 86400_000).toISOString().slice(0, 10);
    for (const column of issue.columns) for (const article of column.articles) shuffle(article.paragraphs, rnd);
    const columns = shuffle(issue.columns, rnd).slice(0, 2 + Math.floor(rnd() * (issue.columns.length - 1)));
    issue.columns = columns;
    writeFileSync(path.join(dir, `issue-${n}.yaml`), JSON.stringify(issue)); // JSON is YAML
  }
}

const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
const fmtMB = (b) => `${(b / MB).toFixed(0)} MB`;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-bench-'));
try {
  const rows = [];
  const load = os.loadavg()[0];

  const ref = [];
  const refCpu = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await run(['-e', 'const u = process.cpuUsage(); process.stderr.write(String((u.user + u.system) / 1000))']);
    ref.push(r.ms);
    refCpu.push(Number(r.err));
  }
  rows.push(['process start (`node -e 0`), median', fmtS(median(ref)), `CPU ${fmtS(median(refCpu))} (until the script runs)`]);

  const seedPdf = path.join(tmp, 'issue-14.pdf');
  const seed = [];
  const seedCpu = [];
  const seedStats = path.join(tmp, 'seed-stats.json');
  for (let i = 0; i < RUNS; i++) {
    const r = await run([BIN, 'build', SEED, '-o', seedPdf, '--force', '-q', '--stats', seedStats]);
    if (r.code !== 0) throw new Error(`seed build failed: ${r.err}`);
    seed.push(r.ms);
    seedCpu.push(JSON.parse(readFileSync(seedStats, 'utf8')).cpuMs);
  }
  const seedMedian = median(seed);
  rows.push(['seed issue, whole process, cold, median', fmtS(seedMedian), `target < 0.25 s; ${fmtS(seedMedian - median(ref))} above process start`]);
  rows.push(['seed issue, CPU time of the process (all threads), median', fmtS(median(seedCpu)), 'steadier than wall time on a busy machine']);
  rows.push(['seed issue PDF size', `${(statSync(seedPdf).size / 1024).toFixed(0)} KB`, 'target < 300 KB']);

  const dir = path.join(tmp, 'archive');
  rmSync(dir, { recursive: true, force: true });
  (await import('node:fs')).mkdirSync(dir);
  generateArchive(dir, ISSUES);
  const stats = path.join(tmp, 'stats.json');
  const first = await run([BIN, 'build', dir, '--jobs', String(JOBS), '-q', '--stats', stats], { sample: true });
  if (first.code !== 0) throw new Error(`archive build failed: ${first.err}`);
  const s = JSON.parse(readFileSync(stats, 'utf8'));
  rows.push([`archive: ${s.built} issues, --jobs ${JOBS}, wall`, fmtS(first.ms), `CPU ${fmtS(s.cpuMs)} (all threads)`]);
  rows.push(['archive: issues per second', (s.built / (first.ms / 1000)).toFixed(1), 'target ≥ 25']);
  const peakRss = Math.max(...first.rss.map((r) => r.bytes), s.processMaxRSS);
  rows.push([`archive: peak RSS of the process (${JOBS} workers + main thread)`, fmtMB(peakRss), `≈ ${fmtMB(peakRss / JOBS)} per worker; target < 200 MB per worker`]);
  const quarter = (xs, q) => median(xs.slice(Math.floor((xs.length * q) / 4), Math.max(Math.floor((xs.length * q) / 4) + 1, Math.floor((xs.length * (q + 1)) / 4))));
  const rssOnly = first.rss.map((r) => r.bytes);
  if (rssOnly.length >= 8) rows.push(['archive: process RSS, 2nd vs last quarter of the run (median)', `${fmtMB(quarter(rssOnly, 1))} → ${fmtMB(quarter(rssOnly, 3))}`, 'flat = no growth per issue']);
  for (const t of s.threads.filter((x) => x.threadId > 0)) {
    const total = t.heapUsed.map((h, i) => h + t.external[i]);
    rows.push([`worker ${t.threadId}: ${t.issues} issues; heap + buffers, peak (first → last quarter)`, fmtMB(Math.max(...total)), `${fmtMB(quarter(total, 0))} → ${fmtMB(quarter(total, 3))}`]);
  }
  const second = await run([BIN, 'build', dir, '--jobs', String(JOBS), '-q']);
  rows.push(['archive: second run, all up to date, wall', fmtS(second.ms), '']);

  // Live memory, not collector slack: LIVE issues of the archive built one after another in one
  // isolate, the heap measured after a forced GC at the 10th and the last.
  const LIVE = Math.min(60, ISSUES);
  const liveScript = `
    const { runJob } = await import(${JSON.stringify(new URL('../dist/build/job.js', import.meta.url).href)});
    const at = {};
    for (let n = 1; n <= ${LIVE}; n++) {
      const r = await runJob({ input: ${JSON.stringify(dir)} + '/issue-' + n + '.yaml', output: ${JSON.stringify(path.join(tmp, 'live.pdf'))}, options: {} });
      if (r.status !== 'built') throw new Error('live build failed');
      if (n === 10 || n === ${LIVE}) { gc(); const m = process.memoryUsage(); at[n] = m.heapUsed + m.external; }
    }
    process.stderr.write(JSON.stringify(at));`;
  const live = await run(['--expose-gc', '--input-type=module', '-e', liveScript]);
  const at = JSON.parse(live.err);
  rows.push([`one isolate, heap + buffers after GC: issue 10 → issue ${LIVE}`, `${fmtMB(at[10])} → ${fmtMB(at[LIVE])}`, 'live memory per worker; flat = no leak']);

  const cpu = os.cpus();
  const lines = [
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? cpu.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, ${os.type()} ${os.release()}, Node ${process.version}; load average ${load.toFixed(1)} at start`,
    '',
    '| measure | value | note |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
