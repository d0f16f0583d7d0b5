/**
 * Benchmark of font discovery: a cold scan (no cache: every name table read), warm scans (the cache
 * answers; only stat calls), and a scan without cache, of the given folders (default: the system's).
 *
 *   npx tsx tests/fonts-scan-bench.ts [DIR...]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanFontDirs, systemFontDirs, type ScanStats } from '../src/fonts/scan.js';

const dirs = process.argv.length > 2 ? process.argv.slice(2) : systemFontDirs();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-scan-bench-'));
const cache = path.join(tmp, 'fonts.json');
const time = (label: string, cacheFile: string | null) => {
  const stats: ScanStats = { dirs: 0, files: 0, read: 0 };
  const t = process.hrtime.bigint();
  const faces = scanFontDirs(dirs, cacheFile, stats);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  process.stdout.write(`${label.padEnd(8)} ${ms.toFixed(1).padStart(7)} ms  ${faces.length} faces, ${stats.files} files in ${stats.dirs} folders, ${stats.read} read\n`);
};
process.stdout.write(`scanning ${dirs.join(', ')}\n`);
time('cold', cache);
for (let i = 0; i < 3; i++) time('warm', cache);
time('no cache', null);
rmSync(tmp, { recursive: true, force: true });
