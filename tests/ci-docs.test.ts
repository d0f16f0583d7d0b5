/**
 * docs/ci.md's workflow is the one `bulletin init --ci` writes, and its commands work: run, as the
 * workflow runs them, in a scratch bulletin made by `init --ci`. (`npm ci` — installing bulletin
 * from its tarball into that repository — is exercised by .ci/run's scripts/try-package.sh: it
 * needs the registry and takes a minute.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WORKFLOW } from '../src/cli/init-templates.js';
import { BIN } from './cli-helpers.js';
import { ROOT } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-ci-docs-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The `run:` lines of a workflow's steps. */
const runLines = (workflow: string): string[] =>
  Object.values((parse(workflow) as { jobs: Record<string, { steps: { run?: string }[] }> }).jobs).flatMap((j) => j.steps.flatMap((s) => (s.run ? s.run.split('\n').filter(Boolean) : [])));

describe('docs/ci.md', () => {
  const doc = readFileSync(path.join(ROOT, 'docs', 'ci.md'), 'utf8');

  it('shows the workflow init --ci writes, on current actions and a supported Node', () => {
    const block = /## GitHub Actions[\s\S]*?```yaml\n([\s\S]*?)```/u.exec(doc)![1]!;
    expect(block).toBe(WORKFLOW);
    const wf = parse(WORKFLOW) as { jobs: { build: { steps: { uses?: string; with?: { 'node-version'?: number } }[] } } };
    const uses = wf.jobs.build.steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses).toEqual(['actions/checkout@v6', 'actions/setup-node@v6', 'actions/cache@v5', 'actions/upload-artifact@v7']);
    expect(wf.jobs.build.steps[1]!.with!['node-version']).toBe(24);
  });

  it('its commands run in a scratch bulletin made by init --ci', () => {
    const init = spawnSync(process.execPath, [BIN, 'init', 'repo', '--ci'], { cwd: tmp, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    const repo = path.join(tmp, 'repo');
    expect(readFileSync(path.join(repo, '.github', 'workflows', 'bulletins.yml'), 'utf8')).toBe(WORKFLOW);
    const lines = runLines(WORKFLOW);
    expect(lines[0]).toBe('npm ci');
    const bulletin = lines.filter((l) => l.startsWith('npx bulletin '));
    expect(bulletin.length).toBe(lines.length - 1);
    for (const line of bulletin) {
      const args = line.replace(/^npx bulletin /u, '').split(/\s+/u);
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, GITHUB_WORKSPACE: repo } });
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      // The draft's placeholders are annotated, as warnings: a committed draft does not fail CI.
      expect(r.stderr).toMatch(/^::warning file=issue-1\.yaml,line=\d+,col=\d+,endColumn=\d+,title=placeholder-left::/mu);
      expect(r.stderr).not.toMatch(/^::error/mu);
    }
    expect(existsSync(path.join(repo, 'issue-1.pdf'))).toBe(true);
  });
});
