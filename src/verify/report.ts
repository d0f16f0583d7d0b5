/**
 * The grid check's report, for people: a summary per file, then one line per violation, in the
 * reader's language (every sentence is a catalogue message: src/diagnostics/catalogue-verify.ts).
 */
import { message, msg, type Lang, type MessageId, type Params } from '../diagnostics/messages.js';
import type { Furniture } from './furniture.js';
import type { GridReport } from './grid.js';
import { CHECKS, TOLERANCE_MM, mm } from './violation.js';

export function formatReport(file: string, r: GridReport & { furniture?: Furniture }, lang: Lang = 'en'): string {
  const t = (id: MessageId, params: Params = {}) => message(msg(id, params), lang);
  const out: string[] = [];
  const depth = r.baselineInRow === undefined ? '' : mm(r.baselineInRow);
  out.push(t('verify-summary', { file, pages: r.pages, body: r.bodyLines, justified: r.justified, ends: r.bodyLines - r.justified, depth }));
  out.push(`  ${t('verify-on-pitch', { count: r.onPitch })}`);
  for (const check of CHECKS) {
    const failed = r.violations.filter((v) => v.check === check).length;
    out.push(`  ${t('verify-check', { check, failed, tolerance: TOLERANCE_MM })}`);
  }
  if (r.furniture) out.push(...furnitureLines(r.furniture).map(([id, params]) => `  ${t(id, params)}`));
  for (const v of r.violations) {
    out.push(`  ${t('verify-violation', { file, page: v.page, y: mm(v.y), text: excerpt(v.text), check: v.check, message: message(v.said, lang) })}`);
  }
  out.push(`  ${t('verify-total', { count: r.violations.length })}`);
  return out.join('\n');
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 16 ? `${chars.slice(0, 7).join('')}…${chars.slice(-7).join('')}` : text;
}

/** Where the masthead rule, the footer rules and the page numbers were found, for the record. */
function furnitureLines(f: Furniture): [MessageId, Params][] {
  const out: [MessageId, Params][] = [];
  const m = f.mastheadRule;
  if (m) out.push(['verify-masthead-rule', { thickness: mm(m.thickness), color: m.color, y: mm(m.y), x1: mm(m.x1), x2: mm(m.x2) }]);
  if (f.footerRules.length) out.push(['verify-footer-rules', { rules: f.footerRules.map((r) => ({ y: mm(r.y), thickness: mm(r.thickness) })) }]);
  const odd = f.folios.filter((x) => x.page % 2 === 1);
  const even = f.folios.filter((x) => x.page % 2 === 0);
  const span = (vs: number[]) => (vs.length ? `${mm(Math.min(...vs))}${Math.max(...vs) - Math.min(...vs) > 0.005 ? `–${mm(Math.max(...vs))}` : ''}` : '');
  if (f.folios.length) out.push(['verify-folios', { y: span(f.folios.map((x) => x.y)), odd: span(odd.map((x) => x.right)), even: span(even.map((x) => x.left)) }]);
  return out;
}
