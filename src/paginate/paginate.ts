/**
 * Paginate: the flow of frames is poured onto pages of 22 grid rows. The masthead opens page one;
 * a page never ends after a frame that keeps with the next (headings, titles, a paragraph's first
 * line, its second-last line) unless nothing else fits; blank rows vanish at a page top; the footer
 * is pinned to the bottom of the last page, or of a new page when it does not fit.
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
    const top = g.blockTop + row * rowMm;
    page.items.push(...shift(frame.items, top));
    if (frame.outline) page.outline.push({ ...frame.outline, y: top });
  };

  let page = newPage();
  place(page, doc.masthead, 0);
  page.rowsUsed = doc.masthead.rows;

  const flow = doc.flow;
  let i = 0;
  while (i < flow.length) {
    // Blank rows do not open a page.
    if (page.rowsUsed === 0) while (i < flow.length && flow[i]!.blank) i++;
    if (i >= flow.length) break;
    let fit = i;
    let rows = page.rowsUsed;
    while (fit < flow.length && rows + flow[fit]!.rows <= g.linesPerPage) rows += flow[fit++]!.rows;
    let end = fit >= flow.length ? fit : breakIndex(flow, i, fit);
    if (end === i) {
      // Not even the first frame fits here.
      if (page.rowsUsed === 0) end = i + 1; // taller than a page: place it anyway
      else {
        page = newPage();
        continue;
      }
    }
    for (; i < end; i++) {
      place(page, flow[i]!, page.rowsUsed);
      page.rowsUsed += flow[i]!.rows;
    }
    if (i < flow.length) page = newPage();
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
