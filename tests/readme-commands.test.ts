/**
 * Every command line of the README runs as written and exits 0: the lines of its ```sh blocks, in
 * order, in a scratch copy of the repository (sharing node_modules and dist/). A block fenced
 * ```sh example is illustration (a file the reader has, a command that never ends) and is not
 * run. `npm install` and `npm test` are the fresh-clone steps that .ci/run itself runs on a clean
 * checkout (and `npm test` is this very suite): they are listed, not run here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** The command lines of the README's ```sh blocks (comments and blank lines dropped, `\` joined). */
export function readmeCommands(markdown: string): { command: string; line: number; example: boolean }[] {
  const out: { command: string; line: number; example: boolean }[] = [];
  const lines = markdown.split('\n');
  let block: { example: boolean } | undefined;
  let pending = '';
  let from = 0;
  lines.forEach((text, i) => {
    const fence = /^```(.*)$/u.exec(text);
    if (fence) {
      if (block) block = undefined;
      else if (/^(sh|bash|shell)\b/u.test(fence[1]!.trim())) block = { example: /\bexample\b/u.test(fence[1]!) };
      else block = { example: true, other: true } as { example: boolean };
      return;
    }
    if (!block || (block as { other?: boolean }).other) return;
    const code = text.replace(/(^|\s)#.*$/u, '').trimEnd();
    if (!code.trim() && !pending) return;
    if (!pending) from = i + 1;
    if (code.endsWith('\\')) {
      pending += `${code.slice(0, -1)} `;
      return;
    }
    out.push({ command: `${pending}${code}`.trim(), line: from, example: block.example });
    pending = '';
  });
  return out;
}

const RUN_BY_CI = new Set(['npm install', 'npm test']);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'bulletin-readme-'));
  cpSync(ROOT, scratch, { recursive: true, filter: (f) => !/\/(node_modules|dist|\.git)$/u.test(f) && !f.endsWith('.pdf') && !f.includes('.bulletin-cache') });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
  symlinkSync(path.join(ROOT, 'dist'), path.join(scratch, 'dist'), 'dir');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the README', () => {
  const commands = readmeCommands(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

  it('has command lines, a few of them marked as examples', () => {
    expect(commands.filter((c) => !c.example).length).toBeGreaterThan(10);
    expect(commands.filter((c) => !c.example && RUN_BY_CI.has(c.command)).map((c) => c.command)).toEqual(['npm install', 'npm test']);
  });

  it('extracts lines as a shell reads them', () => {
    const md = '```sh\na --x   # note\n\nb \\\n  c\n```\n```json\n{"not": "run"}\n```\n```sh example\nd\n```\n';
    expect(readmeCommands(md)).toEqual([
      { command: 'a --x', line: 2, example: false },
      { command: 'b    c', line: 4, example: false }, // the continuation joined; the shell splits the spaces
      { command: 'd', line: 11, example: true },
    ]);
  });

  // Some 20 builds (PNG at 300 dpi among them) take minutes on a busy machine: .ci/run runs this
  // with BULLETIN_README_COMMANDS=1 after the suite; elsewhere it is skipped, saying so.
  const wanted = process.env.BULLETIN_README_COMMANDS === '1';
  it.runIf(wanted)('every command line runs as written and exits 0, in order, in a scratch copy', { timeout: 900_000 }, () => {
    for (const c of commands.filter((c) => !c.example && !RUN_BY_CI.has(c.command))) {
      const started = Date.now();
      const r = spawnSync('sh', ['-c', c.command], { cwd: scratch, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
      process.stderr.write(`readme: ${Date.now() - started} ms  ${c.command}\n`);
      expect(r.status, `README.md:${c.line}: ${c.command}\n${r.stderr}`).toBe(0);
    }
  });
  it.skipIf(wanted)('running every command line: SKIPPED here, it takes minutes (BULLETIN_README_COMMANDS=1 runs it; .ci/run does)', () => {
    expect(wanted).toBe(false);
  });
});
