/**
 * Load: an issue file (and the series file it builds on) becomes a validated Issue. Every problem
 * becomes a Diagnostic with file:line:column; nothing here throws anything else.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { IssueSchema, SeriesSchema, type Issue } from '../model/issue.js';
import { nodeAt, parseSource, positionOf, type SourceFile } from './source.js';

export const DEFAULT_SERIES_FILE = 'bulletin.yaml';

export interface LoadedIssue {
  issue: Issue;
  file: string;
  /** The issue's source first, then its series', for locating values. */
  sources: SourceFile[];
}

function readSource(file: string, role: string): { source: SourceFile; errors: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    throw new DiagnosticError([{ severity: 'error', file, line: 0, column: 0, message: `cannot read ${role} file: ${why}` }]);
  }
  return parseSource(file, text.replace(/^\uFEFF/u, ''));
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge of mappings: the issue's values win; lists are replaced, not concatenated. */
export function mergeSeries(series: unknown, issue: unknown): unknown {
  if (!isPlainObject(series) || !isPlainObject(issue)) return issue === undefined ? series : issue;
  const out: Record<string, unknown> = { ...series };
  for (const [k, v] of Object.entries(issue)) out[k] = k in series ? mergeSeries(series[k], v) : v;
  return out;
}

/** Locates a zod issue in the first source holding its path (or the nearest mapping above it). */
export function diagnosticFor(sources: SourceFile[], issue: z.core.$ZodIssue): Diagnostic {
  const p = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  let target = p;
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    target = [...p, issue.keys[0]!];
    message = `unknown field ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
  }
  for (const source of sources) {
    const found = nodeAt(source, target);
    if (found.exact) {
      const node = issue.code === 'unrecognized_keys' ? (found.keyNode ?? found.node) : found.node;
      const pos = positionOf(source, node);
      return { severity: 'error', file: source.file, line: pos.line, column: pos.column, length: pos.length, message, path: p };
    }
  }
  const source = sources[0]!;
  const found = nodeAt(source, target);
  const pos = positionOf(source, found.node);
  const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
  if (missing) message = `missing field \`${String(p[p.length - 1])}\` (${issue.message})`;
  return { severity: 'error', file: source.file, line: pos.line, column: pos.column, length: pos.length, message, path: p };
}

export function loadIssue(file: string): LoadedIssue {
  const main = readSource(file, 'issue');
  const diagnostics: Diagnostic[] = [...main.errors];
  if (diagnostics.length) throw new DiagnosticError(diagnostics);
  const raw = main.source.doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isPlainObject(raw)) {
    throw new DiagnosticError([{ severity: 'error', file, line: 1, column: 1, message: 'an issue file must be a YAML mapping (masthead:, columns:, ...)' }]);
  }
  const sources = [main.source];
  let merged: unknown = raw;
  const seriesName = typeof raw.series === 'string' ? raw.series : undefined;
  const seriesFile = path.resolve(path.dirname(file), seriesName ?? DEFAULT_SERIES_FILE);
  if (seriesName !== undefined || (existsSync(seriesFile) && path.resolve(file) !== seriesFile)) {
    const series = readSource(seriesFile, 'series');
    if (series.errors.length) throw new DiagnosticError(series.errors);
    const seriesRaw = series.source.doc.toJS({ maxAliasCount: 100 }) as unknown;
    const checked = SeriesSchema.safeParse(seriesRaw ?? {});
    if (!checked.success) throw new DiagnosticError(checked.error.issues.map((i) => diagnosticFor([series.source], i)));
    sources.push(series.source);
    merged = mergeSeries(seriesRaw, raw);
  }
  const result = IssueSchema.safeParse(merged);
  if (!result.success) throw new DiagnosticError(result.error.issues.map((i) => diagnosticFor(sources, i)));
  return { issue: result.data, file, sources };
}
