/**
 * Paginate: the flow of frames is poured onto pages of 22 grid rows. The masthead opens page one;
 * a page never ends after a frame that keeps with the next (headings, titles, a paragraph's first
 * line, its second-last line) unless nothing else fits; blank rows vanish at a page top; the footer
 * is pinned to the bottom of the last page, or of a new page when it does not fit. A floating photo
 * that does not fit where it stands moves to the top of the next page and the text after it (in its
 * own article) fills the page; a fixed one breaks the page like any frame.
 */
import type { DisplayItem, DocumentInfo, LaidOutDocument, Page } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { ptToMm } from '../page/units.js';
import type { Frame } from '../typeset/frame.js';
import type { TypesetDocument } from '../typeset/index.js';
import type { TextStyle } from '../typeset/style.js';
import { folio } from './folio.js';

interface PageBuild {
  rowsUsed: number;
  items: DisplayItem[];
  outline: Page['outline'];
}

function shift(items: DisplayItem[], dy: number): DisplayItem[] {
  return items.map((item) => ({ ...item, y: item.y + dy }));
}

/** Where a page break goes: the last frame boundary at or before `fit` that no keep forbids. */
export function breakIndex(flow: Frame[], start: number, fit: number): number {
  for (let b = fit; b > start; b--) {
    if (!flow[b - 1]!.keepWithNext) return b;
  }
  return fit; // everything on the page keeps together: break where it is full
}

export function paginate(doc: TypesetDocument, grid: Grid, info: DocumentInfo, folioStyle: TextStyle): LaidOutDocument {
  const g = grid.geometry;
  const rowMm = ptToMm(grid.linePitch);
  const pages: PageBuild[] = [];
  const newPage = (): PageBuild => {
    const p = { rowsUsed: 0, items: [], outline: [] };
    pages.push(p);
    return p;
  };
  const place = (page: PageBuild, frame: Frame, row: number) => {
    // Content outside the block would be cut off the page without a word: never silently.
    if (row < 0 || row + frame.rows > g.linesPerPage) throw new Error(`a frame of ${frame.rows} rows placed at row ${row} does not fit the page`);
    const top = g.blockTop + row * rowMm;
    page.items.push(...shift(frame.items, top));
    if (frame.outline) page.outline.push({ ...frame.outline, y: top });
  };

  let page = newPage();
  place(page, doc.masthead, 0);
  page.rowsUsed = doc.masthead.rows;

  const flow = doc.flow;
  const n = flow.length;
  const lines = g.linesPerPage;
  // Frames already placed or waiting as floats; floats that did not fit wait for the next page's top.
  const taken: boolean[] = flow.map(() => false);
  const waiting: number[] = [];
  const next = (from: number) => {
    while (from < n && taken[from]) from++;
    return from;
  };
  const put = (k: number) => {
    place(page, flow[k]!, page.rowsUsed);
    page.rowsUsed += flow[k]!.rows;
    taken[k] = true;
  };
  const turnPage = () => {
    page = newPage();
    while (waiting.length && page.rowsUsed + flow[waiting[0]!]!.rows <= lines) put(waiting.shift()!);
  };

  let i = 0;
  for (;;) {
    i = next(i);
    // Blank rows do not open a page.
    if (page.rowsUsed === 0) while (i < n && flow[i]!.blank) (taken[i] = true), (i = next(i + 1));
    if (i >= n) {
      if (!waiting.length) break;
      turnPage();
      continue;
    }
    // What fits on this page, in order; a float that does not fit (or follows one that waits) is set
    // aside for the next page's top, and the frames after it fill the space.
    const chosen: number[] = [];
    const deferred: number[] = [];
    let rows = page.rowsUsed;
    let blocker: number | undefined;
    for (let j = i; j < n; j++) {
      if (taken[j]) continue;
      const f = flow[j]!;
      if (f.float && f.rows <= lines && (waiting.length > 0 || deferred.length > 0 || rows + f.rows > lines)) {
        deferred.push(j);
        continue;
      }
      // A photo waiting for the next page stays in its article: the page ends before the next one.
      if (rows + f.rows > lines || (f.barrier && (deferred.length > 0 || waiting.length > 0))) {
        blocker = j;
        break;
      }
      chosen.push(j);
      rows += f.rows;
    }
    let count = chosen.length;
    if (blocker !== undefined) {
      // Break at the last frame that does not keep with the next; if all keep, where the page is full.
      let b = count;
      while (b > 0 && flow[chosen[b - 1]!]!.keepWithNext) b--;
      if (b > 0) count = b;
    }
    for (const k of deferred) taken[k] = true;
    waiting.push(...deferred);
    if (count === 0 && blocker !== undefined && page.rowsUsed === 0) put(blocker); // taller than a page: place it anyway
    for (let c = 0; c < count; c++) put(chosen[c]!);
    if (next(0) < n || waiting.length) turnPage();
    else break;
  }

  if (doc.footer) {
    if (page.rowsUsed + doc.footer.rows > g.linesPerPage) page = newPage();
    place(page, doc.footer, g.linesPerPage - doc.footer.rows);
    page.rowsUsed = g.linesPerPage;
  }

  return {
    info,
    pageWidth: g.pageWidth,
    pageHeight: g.pageHeight,
    pages: pages.map((p, n) => ({ number: n + 1, items: [...p.items, folio(n + 1, folioStyle, grid)], outline: p.outline })),
  };
}
