/** The grid check of one built PDF: read it, sort its lines, check them, its rules and its furniture. */
import { GBT9704, type PageGeometry } from '../page/geometry.js';
import { checkFurniture, type Furniture } from './furniture.js';
import { checkLines, checkRules, type GridReport } from './grid.js';
import { classifyLines } from './lines.js';
import { readPdf } from './pdf-glyphs.js';

export interface PdfReport extends GridReport {
  furniture: Furniture;
}

export async function checkPdf(bytes: Uint8Array, geometry: PageGeometry = GBT9704): Promise<PdfReport> {
  const pages = await readPdf(bytes);
  const lines = classifyLines(pages, geometry);
  const report = checkLines(lines, geometry, pages.length);
  const rules = pages.flatMap((p) => p.rules.map((rule) => ({ page: p.number, rule })));
  const images = pages.flatMap((p) => p.images.map((image) => ({ page: p.number, image })));
  const { furniture, violations } = checkFurniture(pages, lines, geometry);
  report.violations.push(...checkRules(rules, geometry, images), ...violations);
  report.violations.sort((a, b) => a.page - b.page || a.y - b.y);
  return { ...report, furniture };
}
