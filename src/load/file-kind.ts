/**
 * Is a YAML file a series file or an issue? Decided by what it holds, not by its name: a series
 * file gives only what issues share (masthead name, office, footer, fonts, ...) and never columns
 * nor an issue's number or date. Anything else — including a file that cannot be read or parsed —
 * is taken for an issue, so that its build reports what is wrong with it instead of skipping it.
 */
import path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_SERIES_FILE } from './issue.js';
import { SeriesSchema } from '../model/issue.js';
import { readText } from './read.js';

const SERIES_KEYS = new Set(Object.keys(SeriesSchema.shape));
/** What only an issue's masthead gives. */
const ISSUE_MASTHEAD_KEYS = ['number', 'date', 'total', 'supplement'];
/** A key at the start of a line, i.e. at the top level of a block mapping. */
const TOP_KEY = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#:'"{}[\],&*!|>%@`-][^:\n]*?))[ \t]*:(?:[ \t]|$)/gmu;

/**
 * The series-or-issue decision on a file's text. An empty file has nothing to tell: it is the
 * (empty) series when it has the series file's default name, else an empty issue (an error).
 */
export function isSeriesText(text: string, file = ''): boolean {
  const keys = [...text.matchAll(TOP_KEY)].map((m) => m[1] ?? m[2] ?? m[3]!);
  // The common case costs no parse: an issue has `columns:` (or a key no series has) at the top.
  if (keys.some((k) => !SERIES_KEYS.has(k))) return false;
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 100 });
  } catch {
    return false; // broken YAML: built (and reported) as an issue
  }
  if (value === null || value === undefined) return path.basename(file) === DEFAULT_SERIES_FILE;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const top = value as Record<string, unknown>;
  if (!Object.keys(top).every((k) => SERIES_KEYS.has(k))) return false;
  const masthead = top.masthead;
  if (masthead && typeof masthead === 'object' && ISSUE_MASTHEAD_KEYS.some((k) => k in masthead)) return false;
  return true;
}

/** Whether `file` is a series file (read through the loader's bounded, typed read; stdin included). */
export function isSeriesFile(file: string): boolean {
  const read = readText(file, 'issue');
  return read.text !== undefined && isSeriesText(read.text, file);
}
