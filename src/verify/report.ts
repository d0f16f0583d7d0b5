/** The grid check's report, for people: a summary per file, then one line per violation. */
import type { Furniture } from './furniture.js';
import { CHECKS, TOLERANCE_MM, type GridReport } from './grid.js';

const DESCRIPTION: Record<(typeof CHECKS)[number], string> = {
  start: 'body lines start at the block edge or the two-character indent',
  end: `non-final body lines end on the block's right edge (± ${TOLERANCE_MM} mm)`,
  grid: 'body baselines on one grid of 22 rows, the same on every page',
  pitch: 'Han characters never closer than the 15.79 pt character pitch',
  kinsoku: 'no forbidden character at a line start or end, no split —— …… or number',
  block: 'nothing beyond the text block but the page numbers',
  folio: 'page numbers "— N —" below the block, odd pages right and even left, one character in; none on blank pages before the footer and its page',
  footer: "the footer's last rule on the block's bottom edge, on an even page (double-sided)",
  masthead: 'page one opens with the masthead above a red rule across the block',
  keep: 'no page ends with a title, column heading or sub-heading',
  orphan: "no paragraph's first line alone at the foot of a page",
  widow: "no paragraph's last line alone at the top of a page",
  photo: 'photos stay in their article: never after its source line, never opening a page above a title',
};

export function formatReport(file: string, r: GridReport & { furniture?: Furniture }): string {
  const out: string[] = [];
  const paragraphEnds = r.bodyLines - r.justified;
  const grid = r.baselineInRow === undefined ? 'no body text' : `baselines ${r.baselineInRow.toFixed(2)} mm below each row's top`;
  out.push(`${file}: ${r.pages} page${r.pages === 1 ? '' : 's'}, ${r.bodyLines} body lines (${r.justified} justified, ${paragraphEnds} paragraph ends), ${grid}`);
  out.push(`  ${r.onPitch} body lines set on the bare character pitch, without any adjustment`);
  for (const check of CHECKS) {
    const n = r.violations.filter((v) => v.check === check).length;
    out.push(`  ${n === 0 ? 'ok  ' : 'FAIL'} ${check.padEnd(8)} ${DESCRIPTION[check]}${n ? `: ${n} violation${n === 1 ? '' : 's'}` : ''}`);
  }
  if (r.furniture) out.push(...furnitureLines(r.furniture));
  for (const v of r.violations) {
    out.push(`  ${file}: page ${v.page}, baseline ${v.y.toFixed(2)} mm, "${excerpt(v.text)}": [${v.check}] ${v.message}`);
  }
  out.push(r.violations.length === 0 ? '  0 violations' : `  ${r.violations.length} violation${r.violations.length === 1 ? '' : 's'}`);
  return out.join('\n');
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 16 ? `${chars.slice(0, 7).join('')}…${chars.slice(-7).join('')}` : text;
}

const mm = (v: number) => v.toFixed(2);

/** Where the masthead rule, the footer rules and the page numbers were found, for the record. */
function furnitureLines(f: Furniture): string[] {
  const out: string[] = [];
  const m = f.mastheadRule;
  if (m) out.push(`  masthead rule: ${mm(m.thickness)} mm ${m.color} at ${mm(m.y)} mm, from ${mm(m.x1)} to ${mm(m.x2)} mm`);
  if (f.footerRules.length) out.push(`  footer rules on the last page: ${f.footerRules.map((r) => `${mm(r.y)} mm (${mm(r.thickness)})`).join(', ')}`);
  const odd = f.folios.filter((x) => x.page % 2 === 1);
  const even = f.folios.filter((x) => x.page % 2 === 0);
  const span = (vs: number[]) => (vs.length ? `${mm(Math.min(...vs))}${Math.max(...vs) - Math.min(...vs) > 0.005 ? `–${mm(Math.max(...vs))}` : ''} mm` : '');
  if (f.folios.length) {
    out.push(
      `  page numbers: baseline ${span(f.folios.map((x) => x.y))}; odd pages end at ${span(odd.map((x) => x.right)) || '—'}, even pages start at ${span(even.map((x) => x.left)) || '—'}`,
    );
  }
  return out;
}
