/**
 * vitest globalSetup: builds dist/ once for the whole run (tsc, then the esbuild bundle — what
 * `npm run build` does), before any test file starts. Tests that spawn `bin/bulletin` or start
 * worker threads run this fresh build; no test file builds dist/ itself.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function step(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building dist/ failed (node ${args.join(' ')}):\n${r.stdout}${r.stderr}`);
}

export default function setup(): void {
  step([path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.json')]);
  step([path.join(ROOT, 'scripts', 'bundle.mjs')]);
}
