/**
 * `bulletin init [--from <issue.yaml>] [folder]`: starts the next issue from the latest one — the
 * highest number in the folder, or the file given — as issue-N.yaml: number + 1, today's date,
 * each column's heading kept with one empty article to fill in, everything else (distribution,
 * fonts, comments) as it was. An existing file is never overwritten.
 */
import { message, msg } from '../diagnostics/messages.js';
import { currentLang, say } from '../diagnostics/locale.js';
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
    throw new UsageError(msg('init-cannot-read', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  const doc = parseDocument(text.replace(/^\uFEFF/u, ''));
  if (doc.errors.length) throw new UsageError(msg('init-not-yaml', { file, line: doc.errors[0]!.linePos?.[0].line ?? 0 }));
  return doc;
}

/** The issue with the highest masthead number among the folder's YAML files (series file excluded). */
export function latestIssue(folder: string): string {
  let best: { file: string; n: number } | undefined;
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    throw new UsageError(msg('init-cannot-list', { folder }));
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
  if (!best) throw new UsageError(msg('init-no-template', { folder }));
  return best.file;
}

/** The next issue's YAML text from the template's: number + 1, the date, columns emptied. */
export function nextIssueYaml(template: Document, date: string): { text: string; number: number } {
  const doc = template.clone();
  const n = numberOf(doc);
  if (n === undefined) throw new UsageError(msg('init-template-no-number'));
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
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(msg('init-exists', { target }));
    throw new UsageError(msg('init-cannot-write', { target, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  process.stdout.write(`${message(msg('init-done', { target, number, from }), currentLang())}\n`);
  return EXIT.ok;
}

export function registerInit(program: Command, result: CommandResult): void {
  program
    .command('init')
    .description(say('help-init'))
    .argument('[folder]', say('help-init-folder'))
    .option('--from <issue>', say('help-init-from'))
    .action((folder: string | undefined, opts: { from?: string }) => {
      result.code = init(folder, opts);
    });
}
