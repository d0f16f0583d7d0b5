/**
 * Load: an issue file (and the series file it builds on) becomes a validated Issue. Every problem
 * becomes a Diagnostic with file:line:column; all of a file's problems are reported at once, in
 * source order (the issue's first, then its series file's). Nothing here throws anything else.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMap } from 'yaml';
import { DiagnosticError, diagnostic, sortDiagnostics, type Diagnostic, type Place } from '../diagnostics/diagnostic.js';
import { IssueSchema, SeriesSchema, type Issue } from '../model/issue.js';
import { readText } from './read.js';
import { kindOf, schemaDiagnostics } from './schema-errors.js';
import { nodeAt, parseSource, positionOf, valueOf, withLineTexts, type SourceFile } from './source.js';

export const DEFAULT_SERIES_FILE = 'bulletin.yaml';

export interface LoadedIssue {
  issue: Issue;
  file: string;
  /** The issue's source first, then its series', for locating values. */
  sources: SourceFile[];
}

type Role = 'issue' | 'series';

/**
 * Zod without its JIT: the fast path it would generate with `new Function` for each object schema is
 * compiled afresh at every start (no V8 code cache can hold it) and cost a cold build ~3 ms; the
 * schemas' own code, already in the bundle's code cache, validates the same data in ~1 ms.
 */
const VALIDATE = { jitless: true } as const;

/** A file read, parsed and turned into a plain value; `value` is undefined when it failed. */
function loadYaml(file: string, role: Role, from?: Place, given?: Uint8Array): { source?: SourceFile; value?: unknown; errors: Diagnostic[] } {
  const read = readText(file, role, from, given);
  if (read.text === undefined) return { errors: read.errors };
  const { source, errors, fatal } = parseSource(file, read.text);
  if (fatal) return { source, errors };
  const { value, errors: valueErrors } = valueOf(source);
  if (valueErrors.length) return { source, errors: [...errors, ...valueErrors] };
  const contents = source.doc.contents;
  if (value === null || value === undefined) {
    // An empty series file is an empty series; an empty issue file is a mistake.
    if (role === 'series') return { source, value: {}, errors: [] };
    return { source, errors: [diagnostic({ file, line: 1, column: 1, length: 1 }, 'file-empty', { role })] };
  }
  if (!isMap(contents) || typeof value !== 'object' || Array.isArray(value)) {
    const pos = positionOf(source, contents);
    return { source, errors: [diagnostic({ file, ...pos }, 'not-mapping', { found: kindOf(value), role })] };
  }
  return { source, value, errors };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge of mappings: the issue's values win; lists are replaced, not concatenated. */
export function mergeSeries(series: unknown, issue: unknown): unknown {
  if (!isPlainObject(series) || !isPlainObject(issue)) return issue === undefined ? series : issue;
  const out: Record<string, unknown> = { ...series };
  for (const [k, v] of Object.entries(issue)) out[k] = k in series ? mergeSeries(series[k], v) : v;
  return out;
}

/**
 * `text`: the issue's bytes when they did not come from the disk — standard input under its
 * --stdin-name, or the library's text — passed as a value; its series file and photos are looked
 * for beside `file` all the same.
 */
export function loadIssue(file: string, { text }: { text?: Uint8Array } = {}): LoadedIssue {
  const main = loadYaml(file, 'issue', undefined, text);
  if (!isPlainObject(main.value)) throw new DiagnosticError(withLineTexts(sortDiagnostics(main.errors), [main.source]));
  const raw = main.value;
  const sources = [main.source!];
  const diagnostics: Diagnostic[] = [...main.errors];
  /** Every file parsed, for the lines diagnostics show. */
  const read: (SourceFile | undefined)[] = [main.source];

  let merged: unknown = raw;
  let seriesFailed = false;
  const seriesName = typeof raw.series === 'string' ? raw.series : undefined;
  const seriesFile = path.resolve(path.dirname(file), seriesName ?? DEFAULT_SERIES_FILE);
  // As the user wrote it: relative to the issue's folder, or an absolute path as it is.
  const seriesShown = seriesName !== undefined && path.isAbsolute(seriesName) ? seriesName : path.join(path.dirname(file), seriesName ?? DEFAULT_SERIES_FILE);
  const isSelf = seriesFile === path.resolve(file);
  // Problems finding a named series file are reported at its name in the issue.
  const named = seriesName !== undefined ? nodeAt(main.source!, ['series']) : undefined;
  const from = named?.exact ? { file, ...positionOf(main.source!, named.node) } : undefined;
  if (seriesName !== undefined && isSelf) {
    diagnostics.push(diagnostic(from ?? { file, line: 1, column: 1 }, 'series-is-self'));
    seriesFailed = true;
  } else if (seriesName !== undefined || (existsSync(seriesFile) && !isSelf)) {
    const series = loadYaml(seriesShown, 'series', from);
    read.push(series.source);
    if (isPlainObject(series.value) && 'columns' in series.value) {
      // An issue named as a series (or a cycle of issues naming each other): one error, at the name.
      const at = from ?? { file, line: 1, column: 1 };
      diagnostics.push(diagnostic(at, 'series-is-issue', { series: seriesShown }, { hint: { id: 'hint-series-is-issue', params: {} } }));
      series.value = undefined;
    } else {
      diagnostics.push(...series.errors);
    }
    if (series.source && isPlainObject(series.value)) {
      // (Recoverable YAML errors of the series file, such as duplicate keys, are in series.errors.)
      sources.push(series.source);
      const checked = SeriesSchema.safeParse(series.value, VALIDATE);
      if (!checked.success) diagnostics.push(...schemaDiagnostics(checked.error.issues, { sources: [series.source], schema: SeriesSchema, data: series.value, seriesName: seriesShown }));
      merged = mergeSeries(series.value, raw);
    } else {
      seriesFailed = true;
    }
  }
  const result = IssueSchema.safeParse(merged, VALIDATE);
  if (!result.success) {
    const found = schemaDiagnostics(result.error.issues, { sources, schema: IssueSchema, data: merged, seriesName: seriesShown });
    // Without its series file an issue lacks what the series gives: report only the rest.
    diagnostics.push(...(seriesFailed ? found.filter((d) => d.code !== 'missing-key') : found));
  }
  if (diagnostics.length || !result.success) throw new DiagnosticError(withLineTexts(sortDiagnostics(diagnostics, sources.map((s) => s.file).concat(seriesShown)), read));
  return { issue: result.data, file, sources };
}
