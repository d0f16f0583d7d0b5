/**
 * The next issue of a series, as `bulletin init` and `bulletin import` start it: the latest issue
 * of a folder by masthead number (samples aside), and its YAML with number + 1, the given date and
 * each column reduced to one placeholder article; the rest (fonts, comments) as it was.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { isSeriesFile } from '../load/file-kind.js';
import { placeholder } from '../load/placeholders.js';

/** Today in the machine's time zone, as yyyy-mm-dd. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function numberOf(doc: Document): number | undefined {
  const n = doc.getIn(['masthead', 'number']);
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

const YAML = /\.ya?ml$/iu;
/** A sample or an example shows what can be written; it is not an issue of the series. */
export const isSample = (file: string) => /^(sample|example)s?([-_.]|$)/iu.test(path.basename(file));

/** The folder's YAML files; none when it cannot be read. */
export const yamlFilesIn = (folder: string): string[] => {
  try {
    return readdirSync(folder).filter((n) => YAML.test(n)).map((n) => path.join(folder, n));
  } catch {
    return [];
  }
};

/** The issue with the highest masthead number among the folder's issues (by content; samples aside); undefined when there is none. */
export function latestIssue(folder: string): string | undefined {
  let best: { file: string; n: number } | undefined;
  for (const file of yamlFilesIn(folder)) {
    if (isSample(file) || isSeriesFile(file)) continue;
    let n: number | undefined;
    try {
      n = numberOf(parseDocument(readFileSync(file, 'utf8')));
    } catch {
      continue;
    }
    if (n !== undefined && (!best || n > best.n)) best = { file, n };
  }
  return best?.file;
}

/** The next issue's YAML text from the template's: number + 1, the date, each column one placeholder article; undefined when the template has no number. */
export function nextIssueYaml(template: Document, date: string): { text: string; number: number } | undefined {
  const doc = template.clone();
  const n = numberOf(doc);
  if (n === undefined) return undefined;
  doc.setIn(['masthead', 'number'], n + 1);
  doc.setIn(['masthead', 'date'], date);
  const total = doc.getIn(['masthead', 'total']);
  if (typeof total === 'number') doc.setIn(['masthead', 'total'], total + 1);
  if (doc.hasIn(['masthead', 'supplement'])) doc.deleteIn(['masthead', 'supplement']);
  const columns = doc.get('columns');
  if (isSeq(columns)) {
    for (const column of columns.items) {
      if (!isMap(column)) continue;
      column.set('articles', doc.createNode([{ title: placeholder('标题'), paragraphs: [placeholder('正文')] }]));
    }
  }
  const [y, m, d] = date.split('-').map(Number);
  if (doc.commentBefore) doc.commentBefore = doc.commentBefore.replace(`第${n}期`, `第${n + 1}期`).replace(/\d{4}年\d{1,2}月\d{1,2}日/u, `${y}年${m}月${d}日`);
  return { text: doc.toString({ lineWidth: 0 }), number: n + 1 };
}
