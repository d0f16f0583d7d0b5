/**
 * The page furniture read back from the PDF, checked where GB/T 9704 puts it:
 * - folio:  every page carries "— N —" with its own number below the block; odd pages flush right
 *           and even pages flush left, one character (of the number's size) in from the block edge;
 *           except (§7.5) where blank pages stand before the footer's page: they and it carry none;
 * - footer: the last rule across the block on the last page (the footer's) lies on the block's
 *           bottom edge; rules never leave the block; printed double-sided, the footer's page is
 *           even (the back of a sheet);
 * - masthead: page one has text above a red rule across the block.
 */
import type { MessageId, Params } from '../diagnostics/messages.js';
import type { PageGeometry } from '../page/geometry.js';
import { PT_PER_MM } from '../page/units.js';
import { TOLERANCE_MM, mm, violation, type Violation } from './violation.js';
import { spansBlock, type TextLine } from './lines.js';
import type { PdfPage, PdfRule } from './pdf-glyphs.js';

export interface Furniture {
  /** Page one's first rule across the block, when there is text above it. */
  mastheadRule?: PdfRule;
  /** Rules across the block on the last page below the masthead rule, top to bottom. */
  footerRules: PdfRule[];
  folios: { page: number; text: string; left: number; right: number; y: number }[];
}

export interface FurnitureOptions {
  /** Printed on one side: the footer may stand on an odd page. */
  singleSided?: boolean;
}

/** A page with nothing on it but perhaps a page number. */
const isBlank = (page: PdfPage, lines: TextLine[]) =>
  page.images.length === 0 && page.rules.length === 0 && !lines.some((l) => l.page === page.number && l.kind !== 'folio');

export function checkFurniture(pages: PdfPage[], lines: TextLine[], g: PageGeometry, options: FurnitureOptions = {}): { furniture: Furniture; violations: Violation[] } {
  const violations: Violation[] = [];
  const left = g.blockLeft;
  const right = g.blockLeft + g.blockWidth;
  const bottom = g.blockTop + g.blockHeight;
  const first = pages[0];
  const last = pages[pages.length - 1];
  const byY = (a: PdfRule, b: PdfRule) => a.y - b.y;
  const mastheadRule = first?.rules.filter((r) => spansBlock(r, g)).sort(byY)[0];
  const hasMasthead = mastheadRule !== undefined && lines.some((l) => l.kind === 'masthead');
  const footerRules = (last?.rules ?? []).filter((r) => spansBlock(r, g) && !(hasMasthead && last === first && r === mastheadRule)).sort(byY);

  // §7.5: blank pages right before the footer's page, and that page, carry no number.
  const unnumbered = new Set<number>();
  if (footerRules.length && last) {
    for (let p = last.number - 1; p >= 1 && isBlank(pages[p - 1]!, lines); p--) unnumbered.add(p);
    if (unnumbered.size) unnumbered.add(last.number);
  }
  const folios: Furniture['folios'] = [];
  for (const page of pages) {
    const line = lines.find((l) => l.page === page.number && l.kind === 'folio');
    if (unnumbered.has(page.number)) {
      if (line) violations.push(violation('folio', line, 'verify-folio-unnumbered'));
      continue;
    }
    if (!line) {
      violations.push(violation('folio', { page: page.number, y: bottom, text: '' }, 'verify-folio-missing'));
      continue;
    }
    const a = line.glyphs[0]!;
    const z = line.glyphs[line.glyphs.length - 1]!;
    const entry = { page: page.number, text: line.text, left: a.x, right: z.x + z.advance, y: line.y };
    folios.push(entry);
    const flag = (id: MessageId, params: Params) => violations.push(violation('folio', line, id, params));
    if (line.text !== `—${page.number}—`) flag('verify-folio-text', { text: line.text, want: `—${page.number}—` });
    const oneChar = a.size / PT_PER_MM;
    if (page.number % 2 === 1 && Math.abs(entry.right - (right - oneChar)) > TOLERANCE_MM) {
      flag('verify-folio-odd', { x: mm(entry.right), one: mm(oneChar), want: mm(right - oneChar) });
    }
    if (page.number % 2 === 0 && Math.abs(entry.left - (left + oneChar)) > TOLERANCE_MM) {
      flag('verify-folio-even', { x: mm(entry.left), one: mm(oneChar), want: mm(left + oneChar) });
    }
  }

  if (first && !hasMasthead) {
    violations.push(violation('masthead', { page: 1, y: g.blockTop, text: '' }, 'verify-masthead-missing'));
  } else if (mastheadRule && !isRed(mastheadRule.color)) {
    violations.push(violation('masthead', { page: 1, y: mastheadRule.y, text: '(rule)' }, 'verify-masthead-colour', { color: mastheadRule.color }));
  }

  if (footerRules.length && last && last.number % 2 === 1 && !options.singleSided) {
    violations.push(violation('footer', { page: last.number, y: footerRules[0]!.y, text: '(footer)' }, 'verify-footer-odd', { page: last.number }));
  }
  const lowest = footerRules[footerRules.length - 1];
  if (lowest && Math.abs(lowest.y - bottom) > TOLERANCE_MM) {
    violations.push(violation('footer', { page: last!.number, y: lowest.y, text: '(rule)' }, 'verify-footer-bottom', { y: mm(lowest.y), bottom: mm(bottom) }));
  }
  return { furniture: { ...(hasMasthead ? { mastheadRule } : {}), footerRules, folios }, violations };
}

/** Red as a reader shows process red (C0 M100 Y100 K0 → about #ff2e17): red strong, the others weak. */
function isRed(hex: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return false;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16)) as [number, number, number];
  return r >= 200 && g <= 100 && b <= 100;
}
