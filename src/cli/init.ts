/**
 * `bulletin init [--from <issue.yaml>] [folder]`: starts the next issue from the latest one — the
 * highest number in the folder, or the file given — as issue-N.yaml: number + 1, today's date,
 * each column's heading kept with one empty article to fill in, everything else (distribution,
 * fonts, comments) as it was. An existing file is never overwritten.
 */
import type { Command } from 'commander';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { DEFAULT_SERIES_FILE } from '../load/issue.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';

/** Today in the machine's time zone, as yyyy-mm-dd. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function numberOf(doc: Document): number | undefined {
  const n = doc.getIn(['masthead', 'number']);
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

function read(file: string): Document {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const doc = parseDocument(text.replace(/^\uFEFF/u, ''));
  if (doc.errors.length) throw new UsageError(`${file} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc;
}

/** The issue with the highest masthead number among the folder's YAML files (series file excluded). */
export function latestIssue(folder: string): string {
  let best: { file: string; n: number } | undefined;
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    throw new UsageError(`cannot read the folder ${folder}`);
  }
  for (const name of entries) {
    if (!/\.ya?ml$/iu.test(name) || name === DEFAULT_SERIES_FILE) continue;
    const file = path.join(folder, name);
    let n: number | undefined;
    try {
      n = numberOf(parseDocument(readFileSync(file, 'utf8')));
    } catch {
      continue;
    }
    if (n !== undefined && (!best || n > best.n)) best = { file, n };
  }
  if (!best) throw new UsageError(`no issue with a masthead number in ${folder}: name one with --from <issue.yaml>`);
  return best.file;
}

/** The next issue's YAML text from the template's: number + 1, the date, columns emptied. */
export function nextIssueYaml(template: Document, date: string): { text: string; number: number } {
  const doc = template.clone();
  const n = numberOf(doc);
  if (n === undefined) throw new UsageError('the template has no masthead number to count on from');
  doc.setIn(['masthead', 'number'], n + 1);
  doc.setIn(['masthead', 'date'], date);
  const total = doc.getIn(['masthead', 'total']);
  if (typeof total === 'number') doc.setIn(['masthead', 'total'], total + 1);
  if (doc.hasIn(['masthead', 'supplement'])) doc.deleteIn(['masthead', 'supplement']);
  const columns = doc.get('columns');
  if (isSeq(columns)) {
    for (const column of columns.items) {
      if (!isMap(column)) continue;
      const articles = doc.createNode([{ title: '', paragraphs: [''] }]);
      column.set('articles', articles);
    }
  }
  const [y, m, d] = date.split('-').map(Number);
  if (doc.commentBefore) doc.commentBefore = doc.commentBefore.replace(`第${n}期`, `第${n + 1}期`).replace(/\d{4}年\d{1,2}月\d{1,2}日/u, `${y}年${m}月${d}日`);
  return { text: doc.toString({ lineWidth: 0 }), number: n + 1 };
}

export function init(folder: string | undefined, opts: { from?: string }): number {
  const dir = folder ?? (opts.from ? path.dirname(opts.from) : '.');
  const from = opts.from ?? latestIssue(dir);
  const { text, number } = nextIssueYaml(read(from), today());
  const target = path.join(dir, `issue-${number}.yaml`);
  try {
    writeFileSync(target, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${target} already exists; not overwriting it`);
    throw new UsageError(`cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  process.stdout.write(`${target}: issue ${number} from ${from}; fill in the titles and paragraphs\n`);
  return EXIT.ok;
}

export function registerInit(program: Command, result: CommandResult): void {
  program
    .command('init')
    .description('start the next issue from the latest one: number + 1, today, columns emptied')
    .argument('[folder]', 'folder of the issues (default: that of --from, or the current folder)')
    .option('--from <issue>', 'the issue to start from (default: the highest-numbered one in the folder)')
    .action((folder: string | undefined, opts: { from?: string }) => {
      result.code = init(folder, opts);
    });
}
