/**
 * `bulletin index`: reads every issue of a folder, and writes their index as a bulletin-styled PDF
 * (laid out and rendered by the same stages as an issue) or as JSON for other systems
 * (schema/index.schema.json). A folder with a broken issue gets its diagnostics and no index.
 */
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { openIssueFonts } from '../fonts/issue-fonts.js';
import { loadIssue, type LoadedIssue } from '../load/issue.js';
import { layoutComposition } from '../build/pipeline.js';
import { writeAtomic } from '../build/output.js';
import { renderPdf } from '../render/pdf.js';
import { composeIndex } from './compose.js';
import { entryOf, sortEntries, type IndexEntry } from './entries.js';

export const INDEX_JSON_VERSION = 1;

export interface IndexOptions {
  format: 'pdf' | 'json';
  fontPath?: string[];
}

export interface IndexResult {
  entries: IndexEntry[];
  /** Pages of the PDF (0 for JSON). */
  pages: number;
  bytes: number;
}

/** Loads every issue; all their errors at once. */
function loadAll(files: string[]): LoadedIssue[] {
  const loaded: LoadedIssue[] = [];
  const errors: Diagnostic[] = [];
  for (const file of files) {
    try {
      loaded.push(loadIssue(file));
    } catch (e) {
      if (e instanceof DiagnosticError) errors.push(...e.diagnostics);
      else throw e;
    }
  }
  if (errors.length) throw new DiagnosticError(errors);
  return loaded;
}

export function indexJson(entries: IndexEntry[]): string {
  return `${JSON.stringify({ version: INDEX_JSON_VERSION, issues: entries }, null, 2)}\n`;
}

export async function buildIndex(files: string[], folder: string, output: string, options: IndexOptions): Promise<IndexResult> {
  const loaded = loadAll(files);
  const entries = sortEntries(loaded.map((l) => entryOf(l, folder)));
  if (options.format === 'json') {
    const bytes = Buffer.from(indexJson(entries));
    writeAtomic(output, bytes);
    return { entries, pages: 0, bytes: bytes.length };
  }
  // The fonts and office of the newest issue: those the series uses now.
  const newest = loaded.reduce((a, b) => (b.issue.masthead.date > a.issue.masthead.date ? b : a));
  const { fonts } = openIssueFonts(newest, { fontPath: options.fontPath ?? [] });
  const document = layoutComposition(composeIndex(entries, newest.issue.masthead.office), fonts);
  const pdf = await renderPdf(document, fonts);
  writeAtomic(output, pdf);
  return { entries, pages: document.pages.length, bytes: pdf.length };
}
