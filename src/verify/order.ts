/**
 * The order of things on the pages, read back from the PDF:
 * - keep:  no page ends with a title (2号), a column heading (【…】) or a sub-heading (一、 （一）):
 *          nothing of its text below it;
 * - photo: a photo (or a row of photos) stays in its article: never directly after a source line
 *          （…） that closes an article, never at the top of a page with a title or heading next.
 * Lines of the footer (版记, below its first rule) and the masthead are not part of the flow.
 */
import type { PageGeometry } from '../page/geometry.js';
import { PT_PER_MM } from '../page/units.js';
import { mm, violation, type Violation } from './violation.js';
import type { TextLine } from './lines.js';
import type { PdfPage } from './pdf-glyphs.js';

type Kind = 'title' | 'heading' | 'subheading' | 'source' | 'text' | 'caption' | 'photo';

interface Item {
  page: number;
  top: number;
  bottom: number;
  kind: Kind;
  text: string;
}

/**
 * Sub-headings of levels 1 and 2 (GB/T 9704 §7.3.3: 一、 in 黑体, （一） in 楷体) set apart from the body
 * face. Levels 3 and 4 (1. and （1）) are in the body face: from the PDF they read as paragraphs.
 */
const SUBHEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u;

/** 2号 (22 pt) is the size of titles only. */
const TITLE_PT = 22;
/** Captions are 4号 (14 pt); body, headings, sources are 3号. */
const CAPTION_MAX_PT = 15;

function kindOf(line: TextLine, g: PageGeometry): Kind {
  if (Math.abs(line.size - TITLE_PT) < 0.5) return 'title';
  if (line.kind !== 'body' && /^【.*】$/u.test(line.text)) return 'heading';
  if (line.size < CAPTION_MAX_PT) return 'caption';
  if (line.kind !== 'body' && SUBHEADING.test(line.text)) return 'subheading';
  const last = line.glyphs[line.glyphs.length - 1]!;
  const right = g.blockLeft + g.blockWidth;
  if (line.kind !== 'body' && /^（.+）$/u.test(line.text) && Math.abs(last.x + last.advance - right) < 1) return 'source';
  return 'text';
}

/** The flow's items page by page, top to bottom: lines (not masthead, folio, footer) and photo rows. */
export function flowItems(pages: PdfPage[], lines: TextLine[], g: PageGeometry, footer?: { page: number; y: number }): Item[] {
  const items: Item[] = [];
  for (const page of pages) {
    const own: Item[] = [];
    for (const line of lines) {
      if (line.page !== page.number || line.kind === 'folio' || line.kind === 'masthead') continue;
      if (footer && footer.page === page.number && line.y > footer.y) continue;
      const size = line.size / PT_PER_MM;
      own.push({ page: page.number, top: line.y - 0.88 * size, bottom: line.y + 0.12 * size, kind: kindOf(line, g), text: line.text });
    }
    // Photos side by side are one item: a row.
    const rows: Item[] = [];
    for (const img of [...page.images].sort((a, b) => a.y1 - b.y1)) {
      const row = rows.find((r) => Math.abs(r.top - img.y1) < 0.5);
      if (row) row.bottom = Math.max(row.bottom, img.y2);
      else rows.push({ page: page.number, top: img.y1, bottom: img.y2, kind: 'photo', text: '(photo)' });
    }
    own.push(...rows);
    items.push(...own.sort((a, b) => a.top - b.top));
  }
  return items;
}

export function checkOrder(pages: PdfPage[], lines: TextLine[], g: PageGeometry, footer?: { page: number; y: number }): Violation[] {
  const items = flowItems(pages, lines, g, footer);
  const out: Violation[] = [];
  items.forEach((item, k) => {
    const next = items[k + 1];
    const lastOnPage = !next || next.page !== item.page;
    if (lastOnPage && (item.kind === 'title' || item.kind === 'heading' || item.kind === 'subheading')) {
      out.push(violation('keep', { page: item.page, y: item.bottom, text: item.text }, 'verify-keep', { kind: item.kind }));
    }
    if (item.kind !== 'photo') return;
    const before = items.slice(0, k).reverse().find((x) => x.kind !== 'caption' && x.kind !== 'photo');
    const after = items.slice(k + 1).find((x) => x.kind !== 'caption' && x.kind !== 'photo');
    const firstOnPage = k === 0 || items[k - 1]!.page !== item.page;
    if (before?.kind === 'source' && items.slice(0, k).reverse().find((x) => x.kind !== 'caption') === before) {
      out.push(violation('photo', { page: item.page, y: item.top, text: item.text }, 'verify-photo-after-source', { y: mm(item.top), source: before.text }));
    } else if (firstOnPage && after && (after.kind === 'title' || after.kind === 'heading')) {
      out.push(violation('photo', { page: item.page, y: item.top, text: item.text }, 'verify-photo-above-title', { kind: after.kind, text: after.text }));
    }
  });
  return out;
}
