/**
 * Glyphs read from a PDF, grouped into lines (one baseline) and sorted out: body text (the font
 * most of the body-size text is set in), the masthead (page one, above the first rule across the
 * block), page numbers (below the block), and everything else (titles, headings, the footer).
 */
import type { PageGeometry } from '../page/geometry.js';
import type { PdfGlyph, PdfPage, PdfRule } from './pdf-glyphs.js';

export type LineKind = 'body' | 'masthead' | 'folio' | 'other';

export interface TextLine {
  /** 1-based page number. */
  page: number;
  /** Baseline, mm from the page top. */
  y: number;
  kind: LineKind;
  /** Left to right. */
  glyphs: PdfGlyph[];
  text: string;
  /** The font and size most of the line's glyphs are set in. */
  font: string;
  size: number;
}

/** Glyphs whose baselines differ by less than this (mm) are on one line. */
const SAME_BASELINE_MM = 0.05;

const styleKey = (g: { font: string; size: number }) => `${g.font}@${g.size.toFixed(2)}`;

function majority<T>(items: T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  let best = '';
  let n = -1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** One page's glyphs as lines, top to bottom (kind not yet decided: 'other'). */
export function linesOf(page: PdfPage): TextLine[] {
  const sorted = [...page.glyphs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfGlyph[][] = [];
  for (const g of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last[0]!.y - g.y) < SAME_BASELINE_MM) last.push(g);
    else groups.push([g]);
  }
  return groups.map((glyphs) => {
    glyphs.sort((a, b) => a.x - b.x);
    const [font, size] = majority(glyphs, styleKey).split('@') as [string, string];
    return { page: page.number, y: glyphs[0]!.y, kind: 'other', glyphs, text: glyphs.map((g) => g.ch).join(''), font, size: Number(size) };
  });
}

/** A rule that spans the text block. */
export function spansBlock(rule: PdfRule, g: PageGeometry, tol = 0.5): boolean {
  return rule.x1 <= g.blockLeft + tol && rule.x2 >= g.blockLeft + g.blockWidth - tol;
}

/** All lines of a document in reading order, each with its kind. */
export function classifyLines(pages: PdfPage[], g: PageGeometry): TextLine[] {
  const bottom = g.blockTop + g.blockHeight;
  const all: TextLine[] = [];
  for (const page of pages) {
    const lines = linesOf(page);
    // The masthead: page one, above the first rule across the block (the red rule).
    const mastheadRule = page.number === 1 ? page.rules.filter((r) => spansBlock(r, g)).sort((a, b) => a.y - b.y)[0] : undefined;
    for (const line of lines) {
      if (line.y > bottom + 0.1) line.kind = 'folio';
      else if (mastheadRule && line.y < mastheadRule.y) line.kind = 'masthead';
    }
    all.push(...lines);
  }
  // Body text: the font most of the characters in the body size (3号) are set in — not simply the
  // commonest style, which in an issue of many long titles would be the titles'.
  const rest = all.filter((l) => l.kind === 'other');
  const glyphs = rest.flatMap((l) => l.glyphs);
  const bodySized = glyphs.filter((gl) => Math.abs(gl.size - g.bodySize) < 0.05);
  const body = majority(bodySized.length ? bodySized : glyphs, styleKey);
  for (const line of rest) if (styleKey(line) === body) line.kind = 'body';
  return all;
}
