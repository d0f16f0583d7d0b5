/** The grid check's report, for people: a summary per file, then one line per violation. */
import { CHECKS, TOLERANCE_MM, type GridReport } from './grid.js';

const DESCRIPTION: Record<(typeof CHECKS)[number], string> = {
  start: 'body lines start at the block edge or the two-character indent',
  end: `non-final body lines end on the block's right edge (± ${TOLERANCE_MM} mm)`,
  grid: 'body baselines on one grid of 22 rows, the same on every page',
  kinsoku: 'no forbidden character at a line start or end, no split —— …… or number',
  block: 'nothing beyond the text block but the page numbers',
};

export function formatReport(file: string, r: GridReport): string {
  const out: string[] = [];
  const paragraphEnds = r.bodyLines - r.justified;
  const grid = r.baselineInRow === undefined ? 'no body text' : `baselines ${r.baselineInRow.toFixed(2)} mm below each row's top`;
  out.push(`${file}: ${r.pages} page${r.pages === 1 ? '' : 's'}, ${r.bodyLines} body lines (${r.justified} justified, ${paragraphEnds} paragraph ends), ${grid}`);
  for (const check of CHECKS) {
    const n = r.violations.filter((v) => v.check === check).length;
    out.push(`  ${n === 0 ? 'ok  ' : 'FAIL'} ${check.padEnd(8)} ${DESCRIPTION[check]}${n ? `: ${n} violation${n === 1 ? '' : 's'}` : ''}`);
  }
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
