/**
 * The index (目录) of a folder of issues: for each issue its number, 总第N期 where given, date and
 * article titles by column, sorted by date's year and number. Read from the issue files themselves
 * (with their series file), so the index says what the issues say.
 */
import path from 'node:path';
import { chineseDate, numberLine } from '../compose/blocks.js';
import { normaliseText, titleOf } from '../compose/normalise.js';
import type { LoadedIssue } from '../load/issue.js';

export interface IndexColumn {
  heading: string;
  /** Titles of the column's articles, in order (articles without a title are left out). */
  titles: string[];
}

export interface IndexEntry {
  /** The issue file, relative to the indexed folder. */
  file: string;
  /** The bulletin's name, as its masthead prints it. */
  name: string;
  number: number;
  total?: number;
  supplement?: boolean;
  /** The number as the masthead prints it: "第14期（总第40期）", "增刊". */
  label: string;
  /** yyyy-mm-dd */
  date: string;
  columns: IndexColumn[];
}

export function entryOf(loaded: LoadedIssue, folder: string): IndexEntry {
  const { masthead, columns } = loaded.issue;
  return {
    file: path.relative(folder, loaded.file).split(path.sep).join('/'),
    name: normaliseText(masthead.name),
    number: masthead.number,
    ...(masthead.total ? { total: masthead.total } : {}),
    ...(masthead.supplement ? { supplement: true } : {}),
    label: numberLine(masthead),
    date: masthead.date,
    columns: columns.map((c) => ({
      heading: normaliseText(c.heading).replace(/^【|】$/gu, ''),
      titles: c.articles.flatMap((a) => (a.title ? [titleOf(a.title).text] : [])),
    })),
  };
}

/** By year, then number (a supplement after the numbered issue of its number), then date and file. */
export function sortEntries(entries: IndexEntry[]): IndexEntry[] {
  const year = (e: IndexEntry) => Number(e.date.slice(0, 4));
  return [...entries].sort((a, b) => year(a) - year(b) || a.number - b.number || Number(!!a.supplement) - Number(!!b.supplement) || a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
}

/** The span of dates the index covers, printed: "2021年1月8日—12月24日", or one date. */
export function dateSpan(entries: IndexEntry[]): string {
  if (!entries.length) return '';
  const dates = entries.map((e) => e.date).sort();
  const [first, last] = [dates[0]!, dates[dates.length - 1]!];
  if (first === last) return chineseDate(first);
  const lastText = first.slice(0, 4) === last.slice(0, 4) ? chineseDate(last).replace(/^\d+年/u, '') : chineseDate(last);
  return `${chineseDate(first)}—${lastText}`;
}
