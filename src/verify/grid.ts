/**
 * Grid conformance of lines read back from a PDF (GB/T 9704 clause 5, clreq):
 * - start:   every body line starts at the block's left edge or at the two-character indent (an
 *            opening mark there by its ink: its blank left half is dropped at a line start);
 * - end:     every body line but a paragraph's last ends on the block's right edge (± 0.1 mm);
 * - grid:    every body baseline lies on one 22-row grid, the same on every page;
 * - pitch:   two Han characters side by side are never closer than the 15.79 pt pitch (only
 *            punctuation and Han–Latin glue give way in a tight line);
 * - kinsoku: where text breaks, no line starts with a closing mark or ends with an opening one;
 *            "——", "……" and runs of letters and digits are not split between lines;
 * - block:   nothing is set beyond the text block — text, rules, images (page numbers excepted).
 * (folio, footer and masthead: see furniture.ts; keep and photo: order.ts; orphan and widow: page-breaks.ts.)
 * A body line is its paragraph's last when the next line of the flow is not body text or starts at
 * the indent: from the PDF alone, a short line followed by an indented one reads as a paragraph end.
 */
import { NEVER_ENDS_LINE, NEVER_SPLIT_PAIR, NEVER_STARTS_LINE, isHanChar, isLetterOrDigit } from './kinsoku.js';
import type { PageGeometry } from '../page/geometry.js';
import { PT_PER_MM } from '../page/units.js';
import type { PdfGlyph, PdfImage, PdfRule } from './pdf-glyphs.js';
import type { TextLine } from './lines.js';
import type { MessageId, Params } from '../diagnostics/messages.js';
import { TOLERANCE_MM, mm, violation, type CheckName, type Violation } from './violation.js';

export { CHECKS, TOLERANCE_MM, type CheckName, type Violation } from './violation.js';

/** Positions on the character pitch are exact in our PDFs; the reader's floats differ by far less. */
const PITCH_TOLERANCE_MM = 0.01;

export interface GridReport {
  pages: number;
  bodyLines: number;
  /** Body lines that continue their paragraph on the next line (must end on the right edge). */
  justified: number;
  /** Body lines whose characters all sit on the bare grid pitch (no adjustment was needed). */
  onPitch: number;
  /** Depth of the body baselines below the top of their grid row, mm. */
  baselineInRow?: number;
  violations: Violation[];
}

/**
 * Marks whose ink sits in the left half of the em (GB/T 15834 mainland positions): at a line end
 * their blank right half may be given up, so their box may reach past the edge by half a cell.
 */
const INK_LEFT = new Set([...'，。、；：？！）］｝〕〉》」』】〗〙〛”’']);

/** The right end of a glyph on a line: a full-width glyph fills one cell of `cell` mm. */
function glyphEnd(g: PdfGlyph, cell: number, right: number): number {
  const full = g.advance >= (g.size / PT_PER_MM) * 0.99;
  const width = full ? Math.min(g.advance, cell) : g.advance;
  const end = g.x + width;
  return end > right + TOLERANCE_MM && INK_LEFT.has(g.ch) ? g.x + width / 2 : end;
}

/**
 * Marks whose ink sits in the right half of the em (GB/T 15834 mainland positions): at a line start
 * they are set flush — their blank left half dropped — so their ink, not their box, starts the line.
 */
const INK_RIGHT = new Set([...'（［｛〔〈《「『【〖〘〚“‘']);

/** Where a glyph's ink starts on its line: half a cell in for an opening mark. */
export function glyphStart(g: PdfGlyph, cell: number): number {
  const full = g.advance >= (g.size / PT_PER_MM) * 0.99;
  return full && INK_RIGHT.has(g.ch) ? g.x + Math.min(g.advance, cell) / 2 : g.x;
}

export function checkLines(lines: TextLine[], g: PageGeometry, pages = Math.max(0, ...lines.map((l) => l.page))): GridReport {
  const left = g.blockLeft;
  const right = g.blockLeft + g.blockWidth;
  const top = g.blockTop;
  const bottom = g.blockTop + g.blockHeight;
  const cell = g.blockWidth / g.charsPerLine;
  const indent = left + 2 * cell;
  const row = g.blockHeight / g.linesPerPage;
  const violations: Violation[] = [];
  const flag = (check: CheckName, line: TextLine, id: MessageId, params: Params = {}) => violations.push(violation(check, line, id, params));

  const flow = lines.filter((l) => l.kind !== 'folio' && l.kind !== 'masthead');
  const body = flow.filter((l) => l.kind === 'body');
  const at = (x: number, v: number) => Math.abs(x - v) <= TOLERANCE_MM;

  // Which body lines continue their paragraph: the next line of the flow is body text at the left edge.
  const continues = new Map<TextLine, TextLine>();
  flow.forEach((line, i) => {
    const next = flow[i + 1];
    if (line.kind === 'body' && next?.kind === 'body' && !at(glyphStart(next.glyphs[0]!, cell), indent)) continues.set(line, next);
  });

  let onPitch = 0;
  const baselineInRow = body.length ? (((body[0]!.y - top) % row) + row) % row : undefined;
  for (const line of body) {
    const x0 = glyphStart(line.glyphs[0]!, cell);
    if (!at(x0, left) && !at(x0, indent)) flag('start', line, 'verify-start', { x: mm(x0), left: mm(left), indent: mm(indent) });
    const last = line.glyphs[line.glyphs.length - 1]!;
    const end = glyphEnd(last, cell, right);
    if (continues.has(line) && !at(end, right)) flag('end', line, 'verify-end', { x: mm(end), right: mm(right), tolerance: TOLERANCE_MM });
    const r = (line.y - top - baselineInRow!) / row;
    const off = Math.abs(r - Math.round(r)) * row;
    if (off > TOLERANCE_MM) flag('grid', line, 'verify-grid-off', { y: mm(line.y), off: mm(off), row: mm(row), depth: mm(baselineInRow!) });
    else if (Math.round(r) < 0 || Math.round(r) >= g.linesPerPage) flag('grid', line, 'verify-grid-row', { y: mm(line.y), row: Math.round(r) + 1, rows: g.linesPerPage });
    const tight = tightHanPair(line, cell);
    if (tight) flag('pitch', line, 'verify-pitch', { pair: tight.pair, distance: mm(tight.distance), cell: mm(cell) });
    if (line.glyphs.every((gl, k) => Math.abs(gl.x - line.glyphs[0]!.x - k * cell) <= PITCH_TOLERANCE_MM)) onPitch++;
  }

  // Kinsoku where a paragraph or a title breaks: the text's own first and last characters are the
  // author's, not the line breaker's.
  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    const next = continues.get(line) ?? sameStyleBelow(line, flow[i + 1], row);
    if (!next) continue;
    const lastCh = line.glyphs[line.glyphs.length - 1]!.ch;
    const nextCh = next.glyphs[0]!.ch;
    if (NEVER_ENDS_LINE.has(lastCh)) flag('kinsoku', line, 'verify-kinsoku-end', { ch: lastCh });
    if (NEVER_STARTS_LINE.has(nextCh)) flag('kinsoku', next, 'verify-kinsoku-start', { ch: nextCh });
    if (lastCh === nextCh && NEVER_SPLIT_PAIR.has(lastCh)) flag('kinsoku', line, 'verify-kinsoku-pair', { pair: lastCh + nextCh });
    if (isLetterOrDigit(lastCh) && isLetterOrDigit(nextCh)) flag('kinsoku', line, 'verify-kinsoku-run', { a: lastCh, b: nextCh });
  }

  // Nothing beyond the block: glyphs (by their ideographic em box) and rules; page numbers below it.
  for (const line of lines) {
    if (line.kind === 'folio') {
      if (!/^—\d+—$/.test(line.text)) flag('block', line, 'verify-block-text');
      continue;
    }
    const lineCell = line.kind === 'body' ? cell : Infinity;
    for (const gl of line.glyphs) {
      const sizeMm = gl.size / PT_PER_MM;
      const out: { side: string; mm: string }[] = [];
      const start = glyphStart(gl, lineCell === Infinity ? gl.size / PT_PER_MM : lineCell);
      if (start < left - TOLERANCE_MM) out.push({ side: 'left', mm: mm(start) });
      const end = glyphEnd(gl, lineCell, right);
      if (end > right + TOLERANCE_MM) out.push({ side: 'right', mm: mm(end) });
      if (gl.y - 0.88 * sizeMm < top - TOLERANCE_MM) out.push({ side: 'above', mm: mm(gl.y - 0.88 * sizeMm) });
      if (gl.y + 0.12 * sizeMm > bottom + TOLERANCE_MM) out.push({ side: 'below', mm: mm(gl.y + 0.12 * sizeMm) });
      if (out.length) {
        flag('block', line, 'verify-block-glyph', { ch: gl.ch, sides: out });
        break;
      }
    }
  }
  return { pages, bodyLines: body.length, justified: continues.size, onPitch, ...(baselineInRow === undefined ? {} : { baselineInRow }), violations };
}

/** The first two neighbouring Han characters of a body line set closer than the pitch. */
function tightHanPair(line: TextLine, cell: number): { pair: string; distance: number } | undefined {
  for (let k = 1; k < line.glyphs.length; k++) {
    const a = line.glyphs[k - 1]!;
    const b = line.glyphs[k]!;
    const distance = b.x - a.x;
    if (isHanChar(a.ch) && isHanChar(b.ch) && distance < cell - PITCH_TOLERANCE_MM) return { pair: a.ch + b.ch, distance };
  }
  return undefined;
}

/** The next line of a wrapped title or footer item: same style, on the next row of the same page. */
function sameStyleBelow(line: TextLine, next: TextLine | undefined, row: number): TextLine | undefined {
  if (!next || line.kind === 'body' || next.page !== line.page || next.font !== line.font || next.size !== line.size) return undefined;
  return Math.abs(next.y - line.y - row) <= TOLERANCE_MM ? next : undefined;
}

/** Rules (the masthead's red rule, the footer's) and images (photos) must lie inside the block. */
export function checkRules(rules: { page: number; rule: PdfRule }[], g: PageGeometry, images: { page: number; image: PdfImage }[] = []): Violation[] {
  const out: Violation[] = [];
  const inside = (x1: number, x2: number, y1: number, y2: number) =>
    x1 >= g.blockLeft - TOLERANCE_MM &&
    x2 <= g.blockLeft + g.blockWidth + TOLERANCE_MM &&
    y1 >= g.blockTop - TOLERANCE_MM &&
    y2 <= g.blockTop + g.blockHeight + TOLERANCE_MM;
  for (const { page, rule } of rules) {
    if (!inside(rule.x1, rule.x2, rule.y, rule.y)) out.push(violation('block', { page, y: rule.y, text: '(rule)' }, 'verify-block-rule', { x1: mm(rule.x1), x2: mm(rule.x2), y: mm(rule.y) }));
  }
  for (const { page, image } of images) {
    if (!inside(image.x1, image.x2, image.y1, image.y2)) {
      out.push(violation('block', { page, y: image.y2, text: '(image)' }, 'verify-block-image', { x1: mm(image.x1), x2: mm(image.x2), y1: mm(image.y1), y2: mm(image.y2) }));
    }
  }
  return out;
}
