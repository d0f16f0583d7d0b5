/** The grid check of one built PDF: read it, sort its lines, check them and its rules. */
import { GBT9704, type PageGeometry } from '../page/geometry.js';
import { checkLines, checkRules, type GridReport } from './grid.js';
import { classifyLines } from './lines.js';
import { readPdf } from './pdf-glyphs.js';

export async function checkPdf(bytes: Uint8Array, geometry: PageGeometry = GBT9704): Promise<GridReport> {
  const pages = await readPdf(bytes);
  const report = checkLines(classifyLines(pages, geometry), geometry, pages.length);
  const rules = pages.flatMap((p) => p.rules.map((rule) => ({ page: p.number, rule })));
  report.violations.push(...checkRules(rules, geometry));
  report.violations.sort((a, b) => a.page - b.page || a.y - b.y);
  return report;
}
