/**
 * Which files a `bulletin build` argument names: a file, a folder (every issue YAML under it) or a
 * glob. Series files are not issues: `bulletin.yaml`, and any file another issue names with
 * `series:` — unless its content says it is an issue (it has `columns:`): then it is built, and the
 * issue naming it fails with a positioned error. So every file of a folder is built, fails with a
 * reason, or is a series file by its content. The result is sorted, so runs list and build issues
 * in the same order. Files are read only when they are regular and within the YAML size limit.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { parse } from 'yaml';
import { LIMITS, readRegular } from '../files/read.js';
import { DEFAULT_SERIES_FILE } from '../load/issue.js';

export interface Discovered {
  /** Issue files to build, sorted, each once. */
  issues: string[];
  /** Arguments that matched nothing (reported as a usage error by the CLI). */
  unmatched: string[];
}

const YAML_FILES = '**/*.{yaml,yml}';
const IGNORED = ['**/node_modules/**', '**/.bulletin-cache/**', '**/.git/**'];

/** The top-level text of a YAML file, or undefined when it is not a regular file within the limit. */
function textOf(file: string): string | undefined {
  const read = readRegular(file, LIMITS.yaml);
  return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
}

/** Whether a file's content is an issue's: it has a top-level `columns:` (a series file never does). */
export function looksLikeIssue(file: string): boolean {
  const text = textOf(file);
  return text !== undefined && /^columns[ \t]*:/mu.test(text);
}

/** The `series:` a file names at its top level, read cheaply (only that line is parsed). */
export function seriesReferenceOf(file: string): string | undefined {
  const text = textOf(file);
  if (text === undefined) return undefined;
  const m = /^series:[ \t]*(.+)$/mu.exec(text);
  if (!m) return undefined;
  try {
    const value = parse(`v: ${m[1]}`) as { v?: unknown } | null;
    return typeof value?.v === 'string' ? path.resolve(path.dirname(file), value.v) : undefined;
  } catch {
    return undefined; // a broken line: the build of this file reports it with its position
  }
}

function expand(arg: string): string[] {
  if (isDynamicPattern(arg)) return globSync(arg, { onlyFiles: true, ignore: IGNORED, expandDirectories: false });
  let isDir = false;
  try {
    isDir = statSync(arg).isDirectory();
  } catch {
    return [arg]; // a missing file is built, and fails with "no such file" at its name
  }
  if (!isDir) return [arg];
  return globSync(YAML_FILES, { cwd: arg, onlyFiles: true, ignore: IGNORED }).map((f) => path.join(arg, f));
}

/** Expands files, folders and globs into the issue files they hold. */
export function discoverIssues(args: string[]): Discovered {
  const found = new Map<string, string>(); // absolute → as the user will see it
  const unmatched: string[] = [];
  const explicit = new Set<string>();
  for (const arg of args) {
    const files = expand(arg);
    if (!files.length) unmatched.push(arg);
    for (const f of files) {
      const abs = path.resolve(f);
      if (!found.has(abs)) found.set(abs, path.normalize(f));
      if (f === arg) explicit.add(abs);
    }
  }
  const named = new Set<string>();
  for (const abs of found.keys()) {
    if (path.basename(abs) === DEFAULT_SERIES_FILE) named.add(abs);
    const ref = seriesReferenceOf(abs);
    if (ref && ref !== abs) named.add(ref); // an issue naming itself is built, and fails at its `series:`
  }
  const series = new Set([...named].filter((abs) => !found.has(abs) || !looksLikeIssue(abs)));
  const issues = [...found]
    .filter(([abs]) => !series.has(abs))
    .map(([, shown]) => shown)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const arg of args) {
    if (explicit.has(path.resolve(arg)) && series.has(path.resolve(arg)) && !unmatched.includes(arg)) unmatched.push(arg);
  }
  return { issues, unmatched };
}
