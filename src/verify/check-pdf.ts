/** The grid check of one built PDF: read it, sort its lines, check them, its rules and its furniture. */
import type { PageGeometry } from '../page/geometry.js';
import { GB_T_9704 } from './standard.js';
import { checkFurniture, type Furniture, type FurnitureOptions } from './furniture.js';
import { checkOrder } from './order.js';
import { checkLines, checkRules, type GridReport } from './grid.js';
import { classifyLines } from './lines.js';
import { checkPageBreaks } from './page-breaks.js';
import { readPdf } from './pdf-glyphs.js';

export interface PdfReport extends GridReport {
  furniture: Furniture;
}

export async function checkPdf(bytes: Uint8Array, geometry: PageGeometry = GB_T_9704, options: FurnitureOptions = {}): Promise<PdfReport> {
  const pages = await readPdf(bytes);
  const lines = classifyLines(pages, geometry);
  const report = checkLines(lines, geometry, pages.length);
  const rules = pages.flatMap((p) => p.rules.map((rule) => ({ page: p.number, rule })));
  const images = pages.flatMap((p) => p.images.map((image) => ({ page: p.number, image })));
  const { furniture, violations } = checkFurniture(pages, lines, geometry, options);
  const footerTop = furniture.footerRules[0] && { page: pages.length, y: furniture.footerRules[0].y - 0.1 };
  report.violations.push(...checkRules(rules, geometry, images), ...violations, ...checkOrder(pages, lines, geometry, footerTop), ...checkPageBreaks(lines, geometry, footerTop));
  report.violations.sort((a, b) => a.page - b.page || a.y - b.y);
  return { ...report, furniture };
}
