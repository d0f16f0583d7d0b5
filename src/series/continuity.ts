/**
 * Checks across the issues of one series (a folder of issue-N.yaml sharing bulletin.yaml): two
 * issues with the same number in a year, a gap or a repeat in the running total (总第N期), a date
 * earlier than that of a lower-numbered issue of the same year. Each warning sits at the later
 * issue's value — the one an editor has just written — and names the earlier one.
 */
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedIssue } from '../load/issue.js';
import { lineTextOf, nodeAt, positionOf } from '../load/source.js';

interface Entry {
  loaded: LoadedIssue;
  number: number;
  total?: number;
  date: string;
  year: string;
  supplement: boolean;
}

/** The issue's own value at `field` of its masthead (or the masthead, when the value comes from the series). */
function at(loaded: LoadedIssue, field: 'number' | 'total' | 'date') {
  const source = loaded.sources[0]!;
  const found = nodeAt(source, ['masthead', field]);
  const pos = positionOf(source, found.node);
  const lineText = lineTextOf(source, pos.line);
  return { file: loaded.file, ...pos, ...(lineText !== undefined ? { lineText } : {}) };
}

/** Issues of the same series: those that read the same series file (or, with none, share a folder). */
function bySeries(issues: readonly LoadedIssue[]): LoadedIssue[][] {
  const groups = new Map<string, LoadedIssue[]>();
  for (const loaded of issues) {
    const key = loaded.sources[1]?.file !== undefined ? path.resolve(loaded.sources[1].file) : `${path.resolve(path.dirname(loaded.file))}/`;
    groups.set(key, [...(groups.get(key) ?? []), loaded]);
  }
  return [...groups.values()];
}

/** Warnings for one series; `issues` in any order. */
function checkSeries(issues: readonly LoadedIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const entries: Entry[] = issues.map((loaded) => {
    const m = loaded.issue.masthead;
    return { loaded, number: m.number, ...(m.total !== undefined ? { total: m.total } : {}), date: m.date, year: m.date.slice(0, 4), supplement: m.supplement === true };
  });
  // Numbered issues in order: by year, then number (then file, for a stable order of duplicates).
  const order = (a: Entry, b: Entry) => a.year.localeCompare(b.year) || a.number - b.number || a.loaded.file.localeCompare(b.loaded.file, 'en', { numeric: true });
  for (const supplement of [false, true]) {
    const list = entries.filter((e) => e.supplement === supplement).sort(order);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const e = list[i]!;
      const earlier = { other: prev.loaded.file };
      if (e.year === prev.year && e.number === prev.number) {
        out.push(diagnostic(at(e.loaded, 'number'), 'series-number-repeated', { number: e.number, year: e.year, ...earlier }, { severity: 'warning', hint: { id: 'hint-series-number', params: {} } }));
        continue;
      }
      if (e.year === prev.year && e.date < prev.date) {
        out.push(diagnostic(at(e.loaded, 'date'), 'series-date-backwards', { date: e.date, number: e.number, otherNumber: prev.number, otherDate: prev.date, ...earlier }, { severity: 'warning', hint: { id: 'hint-series-date', params: {} } }));
      }
      if (supplement || e.total === undefined || prev.total === undefined) continue;
      // Numbers restart each year in most series; the running total does not.
      const expected = prev.total + (e.number > prev.number ? e.number - prev.number : e.number);
      if (e.total === expected) continue;
      const id = e.total <= prev.total ? 'series-total-repeated' : 'series-total-gap';
      out.push(diagnostic(at(e.loaded, 'total'), id, { total: e.total, expected, number: e.number, otherNumber: prev.number, otherTotal: prev.total, ...earlier }, { severity: 'warning', hint: { id: 'hint-series-total', params: { expected } } }));
    }
  }
  return out;
}

export function seriesDiagnostics(issues: readonly LoadedIssue[]): Diagnostic[] {
  return bySeries(issues).flatMap((group) => (group.length > 1 ? checkSeries(group) : []));
}
