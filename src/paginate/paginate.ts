/**
 * Paginate: the flow of frames is poured onto pages of 22 grid rows. The masthead opens page one;
 * a page ends only where the keeps allow (keeps.ts: headings, titles, widows, orphans, source
 * lines) and never after a heading or title; blank rows vanish at a page top; a photo that does
 * not fit is set smaller or waits for the next page's top within its article (floats.ts); the
 * footer (版记) goes under the last text or on a page of its own, an even one when printed
 * double-sided (footer-page.ts).
 */
import type { DisplayItem, DocumentInfo, LaidOutDocument, Page } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { ptToMm } from '../page/units.js';
import type { Frame } from '../typeset/frame.js';
import type { Styles, TypesetDocument } from '../typeset/index.js';
import { fitting, passLimits } from './floats.js';
import { folio } from './folio.js';
import { planFooter, type Printing } from './footer-page.js';
import { keepsOf, mayEndPage } from './keeps.js';

/** What the page breaker reads of the issue's layout context: the grid, the page numbers' style, the printing. */
export interface PageContext {
  grid: Grid;
  styles: Pick<Styles, 'folio'>;
  settings: { printing: Printing };
}

interface PageBuild {
  rowsUsed: number;
  items: DisplayItem[];
  outline: Page['outline'];
}

function shift(items: DisplayItem[], dy: number): DisplayItem[] {
  return items.map((item) => ({ ...item, y: item.y + dy }));
}

export function paginate(doc: TypesetDocument, info: DocumentInfo, ctx: PageContext): LaidOutDocument {
  const { grid } = ctx;
  const g = grid.geometry;
  const rowMm = ptToMm(grid.linePitch);
  const lines = g.linesPerPage;
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
    page.rowsUsed = row + frame.rows;
  };

  let page = newPage();
  place(page, doc.masthead, 0);

  const flow = doc.flow;
  const n = flow.length;
  const keep = keepsOf(flow);
  const limit = passLimits(flow);
  // Frames placed or waiting; photos waiting for the next page's top, in order.
  const taken: boolean[] = flow.map(() => false);
  const waiting: number[] = [];
  const next = (from: number) => {
    while (from < n && taken[from]) from++;
    return from;
  };
  const put = (k: number, frame: Frame) => {
    place(page, frame, page.rowsUsed);
    taken[k] = true;
  };
  const turnPage = () => {
    page = newPage();
    while (waiting.length) {
      const frame = fitting(flow[waiting[0]!]!, lines - page.rowsUsed, page.rowsUsed === 0);
      if (!frame) break;
      put(waiting.shift()!, frame);
    }
  };

  let i = 0;
  for (;;) {
    i = next(i);
    // Blank rows do not open a page.
    if (page.rowsUsed === 0) while (i < n && flow[i]!.role === 'blank') (taken[i] = true), (i = next(i + 1));
    if (i >= n) {
      if (!waiting.length) break;
      turnPage();
      continue;
    }
    const { chosen, deferred, blocker } = fill(i);
    let count = chosen.length;
    if (blocker !== undefined) count = breakAt(chosen);
    // A photo set aside stays in the flow if nothing after it made it onto this page.
    const lastPlaced = count ? chosen[count - 1]!.k : -1;
    const kept = deferred.filter((k) => k < lastPlaced);
    for (const k of kept) taken[k] = true;
    waiting.push(...kept);
    if (count === 0 && blocker !== undefined && page.rowsUsed === 0 && !waiting.length) {
      put(blocker, flow[blocker]!); // taller than a page: place it anyway
    }
    for (let c = 0; c < count; c++) put(chosen[c]!.k, chosen[c]!.frame);
    if (next(0) < n || waiting.length) turnPage();
    else break;
  }

  /** What fits on this page from frame i on, in order; photos set aside to wait; the frame that stopped it. */
  function fill(start: number) {
    const chosen: { k: number; frame: Frame }[] = [];
    const deferred: number[] = [];
    let rows = page.rowsUsed;
    let blocker: number | undefined;
    // The first frame that may not pass the photos waiting or set aside.
    let stop = Math.min(n, ...waiting.map((k) => limit[k]!));
    for (let j = start; j < n; j++) {
      if (taken[j]) continue;
      const f = flow[j]!;
      if (j >= stop) {
        blocker = j;
        break;
      }
      const aside = waiting.length > 0 || deferred.length > 0;
      const frame = aside && f.role === 'photo' ? undefined : fitting(f, lines - rows, rows === 0);
      if (!frame && f.role === 'photo' && f.float && f.rows <= lines && limit[j]! > j + 1) {
        deferred.push(j);
        stop = Math.min(stop, limit[j]!);
        continue;
      }
      if (!frame) {
        blocker = j;
        break;
      }
      chosen.push({ k: j, frame });
      rows += frame.rows;
    }
    return { chosen, deferred, blocker };
  }

  /** How many of the chosen frames the page takes: up to the last one the keeps let a page end after. */
  function breakAt(chosen: { k: number; frame: Frame }[]): number {
    let b = chosen.length;
    while (b > 0 && keep[chosen[b - 1]!.k]) b--;
    if (b > 0) return b;
    // Every chosen frame keeps with the next: on a page that already holds something (the masthead,
    // a photo) they all go over together, if they fit on a page; a chain longer than a page breaks
    // where the page is full — but never after a heading or title.
    if (page.rowsUsed > 0 && chainRows(chosen[0]!.k) <= lines) return 0;
    let count = chosen.length;
    while (count > 1 && !mayEndPage(chosen[count - 1]!.frame)) count--;
    return count;
  }

  /** Rows of the chain of keeps that starts at frame k, up to the first frame that does not keep. */
  function chainRows(k: number): number {
    let rows = 0;
    for (let j = k; j < n; j++) {
      if (taken[j]) continue;
      rows += flow[j]!.rows;
      if (!keep[j] || rows > lines) break;
    }
    return rows;
  }

  let unnumbered = new Set<number>();
  if (doc.footer) {
    const plan = planFooter(pages.length, page.rowsUsed, doc.footer.rows, lines, ctx.settings.printing);
    for (let p = 0; p < plan.newPages; p++) page = newPage();
    place(page, doc.footer, lines - doc.footer.rows);
    unnumbered = new Set(plan.unnumbered);
  }

  return {
    info,
    pageWidth: g.pageWidth,
    pageHeight: g.pageHeight,
    pages: pages.map((p, n) => ({
      number: n + 1,
      items: unnumbered.has(n + 1) ? p.items : [...p.items, folio(n + 1, ctx.styles.folio, grid)],
      outline: p.outline,
    })),
  };
}
