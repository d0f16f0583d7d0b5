/**
 * bulletin as a package: what `npm pack` ships (bin, dist with the typed API, fonts with their
 * licences, schema, LICENSE, README), what a plain install leaves out (the PDF verifier's and PNG
 * output's 74 MB: optional peers), and the library API (`build`, `check`, `loadIssue`) by its
 * package name, as a user imports it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, check, loadIssue } from '../src/api.js';
import { runCli } from './cli-helpers.js';
import { ROOT, SEED } from './helpers.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bulletin-package-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** npm's own program (npm-cli.js): the one running this test, else the one on PATH. */
function npmCli(): string {
  if (process.env.npm_execpath && /npm-cli\.js$/u.test(process.env.npm_execpath)) return process.env.npm_execpath;
  const r = spawnSync('npm', ['exec', '-c', 'node -p process.env.npm_execpath'], { cwd: ROOT, encoding: 'utf8' });
  return r.stdout.trim();
}

/**
 * The files `npm pack` puts in the tarball. npm chooses them with two of its own modules —
 * @npmcli/arborist reads the package's tree, npm-packlist applies `files`, .npmignore and the
 * always-included files — then compresses them all; the list is asked of those modules directly,
 * without gzipping 76 MB of fonts (4 s of CPU) only to read the names. When this npm does not have
 * them where they are looked for, `npm pack --dry-run` itself answers (slower, the same list).
 */
async function packedFiles(): Promise<string[]> {
  const npmRequire = createRequire(path.join(path.dirname(realpathSync(npmCli())), '..', 'package.json'));
  let modules: { Arborist: new (o: { path: string }) => { loadActual(): Promise<unknown> }; packlist: (tree: unknown, o: { path: string }) => Promise<string[]> } | undefined;
  try {
    modules = { Arborist: npmRequire('@npmcli/arborist'), packlist: npmRequire('npm-packlist') };
  } catch {
    modules = undefined;
  }
  if (modules) return modules.packlist(await new modules.Arborist({ path: ROOT }).loadActual(), { path: ROOT });
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
}

describe('npm pack', () => {
  it('ships the command, the built code with its types, fonts with licences, the dictionaries of the title segmenter, schema, LICENSE and README — and no sources or tests', async () => {
    const files = new Set(await packedFiles());
    for (const f of ['bin/bulletin', 'dist/api.js', 'dist/api.d.ts', 'dist/cli/main.js', 'schema/issue.schema.json', 'schema/series.schema.json', 'LICENSE', 'README.md', 'package.json', 'fonts/FandolFang-Regular.otf', 'fonts/NotoSerifCJK-Bold.ttc', 'fonts/COPYING-Fandol-GPL3.txt', 'fonts/OFL-NotoSerifCJK.txt', 'dictionary/words.txt', 'dictionary/bulletin-words.txt']) {
      expect(files.has(f), f).toBe(true);
    }
    expect([...files].some((f) => f.startsWith('dist/bundle/'))).toBe(true);
    expect([...files].filter((f) => /^(src|tests|scripts|issues|docs)\//u.test(f) || f.endsWith('.map'))).toEqual([]);
  });

  it('keeps the verifier\'s and PNG output\'s packages out of a plain install: optional peers, there for development', () => {
    for (const name of ['pdfjs-dist', '@napi-rs/canvas']) {
      expect(pkg.dependencies![name], name).toBeUndefined();
      expect(pkg.devDependencies![name], name).toBeDefined();
      expect(pkg.peerDependencies![name], name).toBeDefined();
      expect(pkg.peerDependenciesMeta![name], name).toEqual({ optional: true });
    }
    expect(pkg.engines).toEqual({ node: '>=20' });
  });
});

describe('the library API', () => {
  it('is what the package exports, with its types, by name', () => {
    const app = path.join(tmp, 'app');
    mkdirSync(path.join(app, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, path.join(app, 'node_modules', 'bulletin'), 'dir');
    const code = "import * as b from 'bulletin'; console.log(Object.keys(b).sort().join(' '))";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('DiagnosticError build check formatDiagnostic loadIssue');
    const types = readFileSync(path.join(ROOT, 'dist', 'api.d.ts'), 'utf8');
    expect(types).toMatch(/export declare function build\(input: IssueInput, options\?: Options & \{\s*output\?: string;?\s*\}\): Promise<BuildResult>;/u);
  });

  it('builds the same PDF the command line writes, checks and loads, from a file or from text', async () => {
    const { pdf, pages, warnings } = await build(SEED);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const cli = runCli(['build', SEED, '-o', '-', '--force']);
    expect(cli.code).toBe(0);
    expect(Buffer.compare(Buffer.from(pdf), cli.bytes)).toBe(0);
    expect(pages).toBeGreaterThan(1);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);

    expect(loadIssue(SEED).masthead.name).toContain('简报'); // merged with its series file
    const text = readFileSync(SEED, 'utf8').replace('date: 2021-07-16', 'date: 2021-02-30');
    const name = path.join(path.dirname(SEED), 'issue-99.yaml');
    const bad = check({ text, name });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0]).toMatchObject({ file: name, severity: 'error', code: 'invalid-date' });
    expect(bad.diagnostics[0]!.line).toBeGreaterThan(0);
    await expect(build({ text, name })).rejects.toThrow(/invalid date/u);
    expect(check(SEED).ok).toBe(true);
  });
});
