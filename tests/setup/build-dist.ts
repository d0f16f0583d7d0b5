/**
 * vitest globalSetup: makes sure dist/ is what `npm run build` makes from the sources now, before
 * any test file starts (tests that spawn `bin/bulletin` or start workers run it). When the build's
 * stamp says dist/ is fresh — built from these very inputs and unchanged since (scripts/dist-stamp.mjs),
 * as right after `npm install` — nothing is rebuilt; otherwise `npm run build` runs, once for the
 * whole run. No test file builds dist/ itself.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsFresh } from '../../scripts/dist-stamp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export default function setup(): void {
  // Each vitest project runs the global setup; once a run is enough.
  if (process.env.BULLETIN_DIST_CHECKED === ROOT) return;
  process.env.BULLETIN_DIST_CHECKED = ROOT;
  if (distIsFresh()) return;
  // npm's own path when run through npm (npm test, npx vitest), else npm from PATH.
  const npm = process.env.npm_execpath;
  const [cmd, args] = npm && /\.c?js$/.test(npm) ? [process.execPath, [npm]] : ['npm', []];
  const r = spawnSync(cmd, [...args, 'run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building dist/ failed (npm run build):\n${r.stdout}${r.stderr}${r.error ?? ''}`);
  if (!distIsFresh()) throw new Error('npm run build left no build stamp: an input changed while it ran? run the tests again');
}
