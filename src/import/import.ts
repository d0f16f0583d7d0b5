/**
 * `bulletin import`: a contribution (.docx, .md, .txt) read, its text mended, its parts recognised,
 * its photos saved beside the issue, and the article appended to the issue's YAML. Returns what
 * it did as catalogue messages; a contribution or issue that cannot be used throws ImportError
 * before anything is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { writeAtomic } from '../build/output.js';
import type { Localised } from '../diagnostics/diagnostic.js';
import { message, type Lang, type MessageId, type Params } from '../diagnostics/messages.js';
import { DEFAULT_SERIES_FILE } from '../load/issue.js';
import type { Block, Contribution } from './blocks.js';
import { readDocx } from './docx.js';
import { readMarkdown } from './markdown.js';
import { newIssue } from './new-issue.js';
import { normaliseRuns, withEmphasis, type Change } from './normalise.js';
import { savePhoto } from './photos.js';
import { recognise, type Article, type Item } from './recognise.js';
import { readText } from './text.js';
import { addArticle, textOf } from './write-yaml.js';

/** A refusal: nothing was written. `usage`: the command was given something it cannot take. */
export class ImportError extends Error {
  constructor(
    readonly text: Localised,
    readonly kind: 'usage' | 'input' = 'input',
  ) {
    super(message(text, 'en'));
  }
}

const fail = (id: MessageId, params: Params, kind: 'usage' | 'input' = 'input'): never => {
  throw new ImportError({ id, params }, kind);
};

export interface ImportOptions {
  to: string;
  column?: string;
  /** The language of the comments written into the YAML. */
  lang: Lang;
}

export interface ImportReport {
  /** What was done, in order. */
  lines: Localised[];
  /** What was left out or needs the editor's hand. */
  warnings: Localised[];
  article: Article;
}

async function read(file: string): Promise<Contribution> {
  const ext = path.extname(file).toLowerCase();
  if (!['.docx', '.md', '.markdown', '.txt'].includes(ext)) fail('import-unsupported', { file }, 'usage');
  try {
    if (ext === '.docx') return await readDocx(file);
    if (ext === '.txt') return readText(file);
    return readMarkdown(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((e as Error).message ?? e).split('\n')[0]!;
    return fail('import-unreadable', { file, reason });
  }
}

/** Each text paragraph mended; the changes with their paragraph numbers. */
function clean(blocks: readonly Block[]): { items: Item[]; changes: { n: number; change: Change }[] } {
  const changes: { n: number; change: Change }[] = [];
  const items = blocks.map((b): Item => {
    if (b.kind !== 'text') return b;
    const { cells, changes: found } = normaliseRuns(b.runs);
    for (const change of found) changes.push({ n: b.n, change });
    const plain = cells.map((c) => c.ch).join('');
    const allBold = cells.length > 0 && cells.every((c) => c.bold || /\s/u.test(c.ch));
    return { kind: 'text', block: b, plain, text: allBold ? plain : withEmphasis(cells), allBold };
  });
  return { items, changes };
}

/** How a change's text is shown: spaces and line breaks made visible. */
const visible = (s: string) => s.replace(/[ \u3000]/gu, '␣').replace(/\u00A0/gu, '⍽').replace(/[\n\r\v\f\u2028\u2029]/gu, '↵').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, '‸');

function issueDocument(target: string, lines: Localised[]): { doc: Document; original: string } {
  if (existsSync(target)) {
    const original = readFileSync(target, 'utf8').replace(/^\uFEFF/u, '');
    const doc = parseDocument(original);
    if (doc.errors.length) fail('import-invalid-yaml', { file: target, detail: doc.errors[0]!.message.split('\n')[0]! });
    return { doc, original };
  }
  const created = newIssue(target);
  if (!created) return fail('import-no-template', { file: target, series: DEFAULT_SERIES_FILE });
  lines.push({ id: 'import-created', params: { file: target, number: created.number, from: created.from } });
  return { doc: created.doc, original: '' };
}

export async function importContribution(file: string, opts: ImportOptions): Promise<ImportReport> {
  const contribution = await read(file);
  const { items, changes } = clean(contribution.blocks);
  const article = recognise(items);
  const lines: Localised[] = [];
  // Styles mammoth has no HTML for are its own concern: recognition reads the style names itself.
  const notes = contribution.notes.filter((m) => !/^Unrecognised (paragraph|run|table) style/u.test(m));
  const warnings: Localised[] = notes.map((detail) => ({ id: 'import-reader-note', params: { detail } }));
  if (!article.pieces.some((p) => p.kind !== 'left-out')) fail('import-empty', { file });
  const { doc, original } = issueDocument(opts.to, lines);
  if (opts.column === undefined) {
    const columns = doc.get('columns') as { items?: unknown[] } | undefined;
    if (!columns?.items?.length) fail('import-no-column', { file: opts.to });
  }

  // Photos first: the YAML names them.
  const photoRefs = new Map<number, string>();
  const leftOut = new Map<number, string>();
  const source = path.basename(file);
  let photoNumber = 0;
  const comment = (n: number, what: string) => message({ id: 'import-left-out-comment', params: { n, what } }, opts.lang);
  const pieceLines: Localised[] = [];
  article.pieces.forEach((piece, k) => {
    if (piece.kind === 'photo') {
      const saved = savePhoto(piece.photo, ++photoNumber, file, opts.to);
      if (saved.ok) {
        photoRefs.set(k, saved.ref);
        pieceLines.push({ id: 'import-photo', params: { n: piece.n, file: saved.file, reused: saved.reused ? 1 : '', caption: piece.caption ?? '', captionN: piece.captionN ?? '' } });
      } else {
        const reason = message({ id: saved.reason.id, params: { ...saved.reason.params, file: `${source} #${photoNumber}` } }, opts.lang);
        warnings.push({ id: 'import-photo-bad', params: { n: piece.n, reason } });
        leftOut.set(k, comment(piece.n, opts.lang === 'zh' ? '图片' : 'a photo'));
      }
    } else if (piece.kind === 'left-out') {
      const b = piece.block;
      if (b.kind === 'table') {
        warnings.push({ id: 'import-table', params: { n: b.n, rows: b.rows ?? 0, cols: b.cols ?? 0, text: b.text } });
        leftOut.set(k, comment(b.n, opts.lang === 'zh' ? `表格（${b.rows} 行 × ${b.cols} 列）` : `a table (${b.rows} × ${b.cols})`));
      } else {
        warnings.push({ id: 'import-other', params: { n: b.n, what: b.what ?? b.kind, text: b.text } });
        leftOut.set(k, comment(b.n, b.what ?? b.kind));
      }
    } else if (piece.kind === 'subheading') pieceLines.push({ id: 'import-subheading', params: { n: piece.n, text: piece.text } });
    else if (piece.kind === 'note') pieceLines.push({ id: 'import-note', params: { n: piece.n } });
    else if (piece.kind === 'source') pieceLines.push({ id: 'import-source', params: { n: piece.n, text: piece.text } });
  });
  for (const item of items) {
    if (item.kind === 'text' && item.block.autoNumbered && item.plain) warnings.push({ id: 'import-auto-numbered', params: { n: item.block.n, text: item.plain.slice(0, 20) } });
  }

  const placed = addArticle(doc, article, { ...(opts.column !== undefined ? { column: opts.column } : {}), from: message({ id: 'import-from-comment', params: { source } }, opts.lang), photoRefs, leftOut });
  writeAtomic(opts.to, Buffer.from(textOf(doc, original), 'utf8'));

  const count = (kind: string) => article.pieces.filter((p) => p.kind === kind && (kind !== 'photo' || photoRefs.has(article.pieces.indexOf(p)))).length;
  lines.push({ id: 'import-done', params: { file: opts.to, source, article: placed.articleNumber, column: placed.column, newColumn: placed.newColumn ? 1 : '' } });
  lines.push(article.title ? { id: 'import-title', params: { n: article.title.n, text: article.title.text } } : { id: 'import-no-title', params: {} });
  lines.push({ id: 'import-counts', params: { paragraphs: count('paragraph'), subheadings: count('subheading'), photos: count('photo'), sources: count('source'), notes: count('note') } });
  lines.push(...pieceLines);
  lines.push(changes.length ? { id: 'import-changes-count', params: { count: changes.length } } : { id: 'import-changes-none', params: {} });
  for (const { n, change } of changes) lines.push({ id: 'import-change', params: { n, rule: change.rule, before: visible(change.before), after: visible(change.after) } });
  return { lines, warnings, article };
}
