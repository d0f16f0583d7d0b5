/**
 * A run's settings travel as values, not as module-level state: the language and reporting
 * options in the reporter main() makes per run, --debug in that reporter, and the source line a
 * diagnostic shows in the diagnostic itself.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ArchiveSummary } from '../src/build/archive.js';
import { main } from '../src/cli/main.js';
import { printProblems } from '../src/cli/report.js';
import { DiagnosticError, diagnostic } from '../src/diagnostics/diagnostic.js';
import { renderDiagnostic } from '../src/diagnostics/render.js';
import { newReporter } from '../src/diagnostics/reporter.js';
import { loadIssue } from '../src/load/issue.js';
import { runCli } from './cli-helpers.js';
import { ISSUE, SERIES, tempDir, writeFiles } from './diagnostics-helpers.js';

const BAD_DATE = ISSUE.replace('date: 2021-07-16', 'date: 2021.7.16');

/** Everything written to stdout and stderr while `f` runs. */
async function captured(f: () => Promise<unknown>): Promise<string> {
  let all = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((all += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((all += String(s)), true));
  try {
    await f();
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = 0;
  }
  return all;
}

describe('per-run values', () => {
  it('two runs at once in one process each speak their own language', async () => {
    const { dir, done } = tempDir();
    try {
      const zh = writeFiles(dir, { 'zh.yaml': BAD_DATE, 'bulletin.yaml': SERIES });
      const en = writeFiles(dir, { 'en.yaml': BAD_DATE });
      const all = await captured(() => Promise.all([main(['node', 'bulletin', '--lang', 'zh', 'check', zh]), main(['node', 'bulletin', '--lang', 'en', 'check', en])]));
      const lines = all.split('\n');
      const of = (file: string) => lines.find((l) => l.startsWith(`${file}:`)) ?? '';
      expect(of(zh)).toContain('错误');
      expect(of(en)).toContain('error: ');
      expect(of(en)).not.toContain('错误');
    } finally {
      done();
    }
  });

  it('--debug is the run’s: a worker’s stack is shown only when that run asked for it', () => {
    const failed = { status: 'failed', input: 'a.yaml', diagnostics: [], internal: 'STACK-OF-THE-WORKER', ms: 1 };
    const summary = { built: [], upToDate: [], failed: [failed], ms: 1 } as unknown as ArchiveSummary;
    let err = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
    try {
      printProblems(summary, newReporter('en', { debug: false }));
      expect(err).not.toContain('STACK-OF-THE-WORKER');
      printProblems(summary, newReporter('en', { debug: true }));
      expect(err).toContain('STACK-OF-THE-WORKER');
    } finally {
      spy.mockRestore();
    }
  });

  it('a diagnostic carries the line it points at as it was read: printed the same after the file changed or went', () => {
    const { dir, done } = tempDir();
    try {
      const file = writeFiles(dir, { 'issue.yaml': BAD_DATE, 'bulletin.yaml': SERIES });
      let d;
      try {
        loadIssue(file);
      } catch (e) {
        d = (e as DiagnosticError).diagnostics.find((x) => x.code === 'invalid-date');
      }
      expect(d?.lineText).toBe('  date: 2021.7.16');
      writeFileSync(file, 'masthead:\n  number: 1\n  note: something else entirely\n');
      expect(renderDiagnostic(d!, { lang: 'en', colour: false })).toContain('date: 2021.7.16');
      rmSync(file);
      expect(renderDiagnostic(d!, { lang: 'en', colour: false })).toContain('date: 2021.7.16');
      // A diagnostic without a line of its own reads the file as it is now (nothing remembered elsewhere).
      const plain = diagnostic({ file: path.join(dir, 'bulletin.yaml'), line: 2, column: 3 }, 'invalid-date', { value: 'x' });
      expect(renderDiagnostic(plain, { lang: 'en', colour: false })).toContain(SERIES.split('\n')[1]);
    } finally {
      done();
    }
  });

  it('standard input travels with its issue to the worker that builds it (it was a map in the main thread: "no such file" at -j 2)', () => {
    const { dir, done } = tempDir();
    try {
      const file = writeFiles(dir, { 'issue-1.yaml': ISSUE, 'bulletin.yaml': SERIES });
      const r = runCli(['build', '-', file, '--stdin-name', path.join(dir, 'piped.yaml'), '-j', '2', '-o', path.join(dir, 'out') + path.sep], { input: ISSUE });
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(readFileSync(path.join(dir, 'out', 'piped.pdf')).equals(readFileSync(path.join(dir, 'out', 'issue-1.pdf')))).toBe(true);
    } finally {
      done();
    }
  });
});
