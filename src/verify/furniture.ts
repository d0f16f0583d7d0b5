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
import type { PageGeometry } from '../page/geometry.js';
import { PT_PER_MM } from '../page/units.js';
import { TOLERANCE_MM, type Violation } from './grid.js';
import { spansBlock, type TextLine } from './lines.js';
import type { PdfPage, PdfRule } from './pdf-glyphs.js';

export interface Furniture {
  /** Page one's first rule across the block, when there is text above it. */
  mastheadRule?: PdfRule;
  /** Rules across the block on the last page below the masthead rule, top to bottom. */
  footerRules: PdfRule[];
  folios: { page: number; text: string; left: number; right: number; y: number }[];
}

const mm = (v: number) => v.toFixed(2);

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
      if (line) violations.push({ check: 'folio', page: page.number, y: line.y, text: line.text, message: 'carries a page number, but a blank page before the footer and the footer page carry none (GB/T 9704 §7.5)' });
      continue;
    }
    if (!line) {
      violations.push({ check: 'folio', page: page.number, y: bottom, text: '', message: 'has no page number below the block' });
      continue;
    }
    const a = line.glyphs[0]!;
    const z = line.glyphs[line.glyphs.length - 1]!;
    const entry = { page: page.number, text: line.text, left: a.x, right: z.x + z.advance, y: line.y };
    folios.push(entry);
    const flag = (message: string) => violations.push({ check: 'folio', page: page.number, y: line.y, text: line.text, message });
    if (line.text !== `—${page.number}—`) flag(`reads "${line.text}", not "—${page.number}—"`);
    const oneChar = a.size / PT_PER_MM;
    if (page.number % 2 === 1 && Math.abs(entry.right - (right - oneChar)) > TOLERANCE_MM) {
      flag(`ends at ${mm(entry.right)} mm: an odd page's number ends one character (${mm(oneChar)} mm) inside the right edge, at ${mm(right - oneChar)} mm`);
    }
    if (page.number % 2 === 0 && Math.abs(entry.left - (left + oneChar)) > TOLERANCE_MM) {
      flag(`starts at ${mm(entry.left)} mm: an even page's number starts one character (${mm(oneChar)} mm) inside the left edge, at ${mm(left + oneChar)} mm`);
    }
  }

  if (first && !hasMasthead) {
    violations.push({ check: 'masthead', page: 1, y: g.blockTop, text: '', message: 'has no masthead: no text above a rule across the block' });
  } else if (mastheadRule && !isRed(mastheadRule.color)) {
    violations.push({ check: 'masthead', page: 1, y: mastheadRule.y, text: '(rule)', message: `the masthead rule is ${mastheadRule.color}, not red` });
  }

  if (footerRules.length && last && last.number % 2 === 1 && !options.singleSided) {
    violations.push({ check: 'footer', page: last.number, y: footerRules[0]!.y, text: '(footer)', message: `the footer stands on page ${last.number}, an odd page: printed double-sided it belongs on an even page, the back of a sheet` });
  }
  const lowest = footerRules[footerRules.length - 1];
  if (lowest && Math.abs(lowest.y - bottom) > TOLERANCE_MM) {
    violations.push({ check: 'footer', page: last!.number, y: lowest.y, text: '(rule)', message: `the footer's last rule lies at ${mm(lowest.y)} mm, not on the block's bottom edge (${mm(bottom)} mm)` });
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
