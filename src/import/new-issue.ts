/**
 * The issue file an import creates when `--to` names one that does not exist, as `bulletin init`
 * starts the next issue: from the latest issue beside it (number + 1, or the number in the file's
 * name; today's date; its comments), without that issue's columns — the import adds its own.
 * With no issue beside it, from the series file alone: number and date.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { DEFAULT_SERIES_FILE } from '../load/issue.js';
import { latestIssue, nextIssueYaml, today } from '../series/next-issue.js';

export interface NewIssue {
  doc: Document;
  number: number;
  /** The issue it was started from, or the series file. */
  from: string;
}

/** 15 from issue-15.yaml, 第15期.yaml; undefined when the name holds no number. */
const numberInName = (file: string) => {
  const m = /(\d+)(?!.*\d)/u.exec(path.basename(file, path.extname(file)));
  return m ? Number(m[1]) : undefined;
};

/** Undefined when there is neither an issue nor a series file to start from. */
export function newIssue(target: string, date = today()): NewIssue | undefined {
  const folder = path.dirname(target);
  const template = latestIssue(folder);
  const wanted = numberInName(target);
  const next = template ? nextIssueYaml(parseDocument(readFileSync(template, 'utf8').replace(/^\uFEFF/u, '')), date) : undefined;
  if (template && next) {
    const { text, number } = next;
    const doc = parseDocument(text);
    doc.delete('columns');
    const n = wanted ?? number;
    if (n !== number) {
      doc.setIn(['masthead', 'number'], n);
      const total = doc.getIn(['masthead', 'total']);
      if (typeof total === 'number') doc.setIn(['masthead', 'total'], total + n - number);
      if (doc.commentBefore) doc.commentBefore = doc.commentBefore.replace(`第${number}期`, `第${n}期`);
    }
    return { doc, number: n, from: template };
  }
  const series = path.join(folder, DEFAULT_SERIES_FILE);
  if (!existsSync(series)) return undefined;
  const n = wanted ?? 1;
  const doc = parseDocument(`# Shared fields (name, office, distribution) come from ${DEFAULT_SERIES_FILE} beside this file.\n\nmasthead:\n  number: ${n}\n  date: ${date}\n`);
  return { doc, number: n, from: series };
}
