/** Helpers for the diagnostics tests: issue files in a temporary folder, the CLI run in-process. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { JsonDiagnostic } from '../src/diagnostics/json.js';
import { main } from '../src/cli/main.js';

export const SERIES = `masthead:
  name: 河南省科协党史学习教育 简报
  office: 党史学习教育领导小组办公室
footer:
  报: [省委党史学习教育领导小组办公室]
`;

export const ISSUE = `masthead:
  number: 14
  date: 2021-07-16
columns:
  - heading: 要情快报
    articles:
      - title: 省科协召开党史学习教育阶段工作汇报会
        paragraphs:
          - 7月14日上午，省科协召开党史学习教育阶段工作汇报会。
`;

/** A fresh folder; removed by the returned function. */
export function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-diag-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes files (name → text or bytes) into `dir`; returns the path of the first. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): string {
  let first = '';
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    first ||= file;
  }
  return first;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (fonts are parsed once for the whole suite). */
export async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    await main(['node', 'bulletin', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, stdout, stderr };
}

/** `bulletin check --format json` on an issue (and a series file beside it unless `series` is null). */
export async function checkYaml(issue: string | Uint8Array, series: string | Uint8Array | null = SERIES, lang = 'en'): Promise<{ code: number; diags: JsonDiagnostic[]; file: string; dir: string }> {
  const { dir, done } = tempDir();
  try {
    const file = writeFiles(dir, { 'issue.yaml': issue, ...(series !== null ? { 'bulletin.yaml': series } : {}) });
    const r = await run('--lang', lang, 'check', '--format', 'json', file);
    const parsed = JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] };
    return { code: r.code, diags: parsed.diagnostics, file, dir };
  } finally {
    done();
  }
}

/** `bulletin check` (text) on an issue: what a person sees. */
export async function checkText(issue: string, lang = 'en', series: string | null = SERIES): Promise<Run> {
  const { dir, done } = tempDir();
  try {
    const file = writeFiles(dir, { 'issue.yaml': issue, ...(series !== null ? { 'bulletin.yaml': series } : {}) });
    const r = await run('--lang', lang, 'check', file);
    return { ...r, stderr: r.stderr.split(file).join('issue.yaml').split(path.join(dir, 'bulletin.yaml')).join('bulletin.yaml') };
  } finally {
    done();
  }
}

/** "line:column code" of each diagnostic, for compact assertions. */
export const where = (diags: JsonDiagnostic[]) => diags.map((d) => `${d.line}:${d.column} ${d.code}`);
