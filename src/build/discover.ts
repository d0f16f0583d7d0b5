/**
 * Which files an argument of `bulletin build` or `check` names: a file, a folder (every issue YAML
 * under it, hidden folders aside) or a glob. Series files are not issues: any file whose content is
 * a series (load/file-kind.ts), and any file another issue names with `series:`. The result is
 * in the order of the arguments, each folder's and glob's files sorted, so runs list and build
 * issues in the same order.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { parse } from 'yaml';
import { isSeriesText } from '../load/file-kind.js';
import { readText } from '../load/read.js';

export interface Discovered {
  /** Issue files to build, each once, in the order of the arguments (a folder's or glob's sorted). */
  issues: string[];
  /** Arguments that matched nothing (reported as a usage error by the CLI). */
  unmatched: string[];
  /** Arguments naming a series file itself (a usage error too, with its own message). */
  seriesNamed: string[];
}

const YAML_FILES = '**/*.{yaml,yml}';
const IGNORED = ['**/node_modules/**', '**/.bulletin-cache/**', '**/.git/**'];

/** The `series:` a file's text names at its top level, read cheaply (only that line is parsed). */
export function seriesReferenceIn(text: string, file: string): string | undefined {
  const m = /^series:[ \t]*(.+)$/mu.exec(text);
  if (!m) return undefined;
  try {
    const value = parse(`v: ${m[1]}`) as { v?: unknown } | null;
    return typeof value?.v === 'string' ? path.resolve(path.dirname(file), value.v) : undefined;
  } catch {
    return undefined; // a broken line: the build of this file reports it with its position
  }
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function expand(arg: string): string[] {
  if (isDynamicPattern(arg)) return globSync(arg, { onlyFiles: true, ignore: IGNORED, expandDirectories: false }).sort(byName);
  let isDir = false;
  try {
    isDir = statSync(arg).isDirectory();
  } catch {
    return [arg]; // a missing file is built, and fails with "no such file" at its name
  }
  if (!isDir) return [arg];
  return globSync(YAML_FILES, { cwd: arg, onlyFiles: true, ignore: IGNORED }).map((f) => path.join(arg, f)).sort(byName);
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
  const series = new Set<string>();
  const issuesByContent = new Set<string>();
  const named = new Set<string>();
  for (const abs of found.keys()) {
    const { text } = readText(abs, 'issue'); // unreadable (a pipe, a device, too large): built, and its build says why
    if (text === undefined) continue;
    if (isSeriesText(text, abs)) series.add(abs);
    else issuesByContent.add(abs);
    const ref = seriesReferenceIn(text, abs);
    if (ref && ref !== abs) named.add(ref); // an issue naming itself is built, and fails at its `series:`
  }
  // A file named as a series that is an issue by its content is built too; the issue naming it
  // fails at its `series:` (so a cycle of issues naming each other is reported, not skipped).
  for (const ref of named) if (!issuesByContent.has(ref)) series.add(ref);
  // In the order of the arguments; what a folder or a glob holds, sorted.
  const issues = [...found].filter(([abs]) => !series.has(abs)).map(([, shown]) => shown);
  const seriesNamed = args.filter((arg) => explicit.has(path.resolve(arg)) && series.has(path.resolve(arg)) && !unmatched.includes(arg));
  return { issues, unmatched, seriesNamed };
}
