/**
 * Page numbers (页码): "— 1 —" in 4号 半角 宋体, the dashes 7 mm below the block; odd pages flush
 * right with one character of space, even pages flush left with one character of space.
 */
import { BLACK, type GlyphRun } from '../page/display.js';
import type { Grid } from '../page/geometry.js';
import { ptToMm } from '../page/units.js';
import type { TextStyle } from '../typeset/style.js';

export const FOLIO_DROP_MM = 7;

export function folio(pageNumber: number, style: TextStyle, grid: Grid): GlyphRun {
  const { face, size } = style;
  const scale = size / face.unitsPerEm;
  const g = grid.geometry;
  const chars = [...`— ${pageNumber} —`];
  const advances = chars.map((ch) => face.advance(ch.codePointAt(0)!) * scale);
  const width = advances.reduce((a, b) => a + b, 0);
  const oneChar = ptToMm(size);
  const left = pageNumber % 2 === 1 ? g.blockLeft + g.blockWidth - oneChar - ptToMm(width) : g.blockLeft + oneChar;
  // Put the dash's stroke (the middle of its ink) 7 mm below the block's bottom edge.
  const dash = face.ink(0x2014);
  const dashMid = dash ? ((dash.minY + dash.maxY) / 2) * scale : size * 0.3;
  const y = g.blockTop + g.blockHeight + FOLIO_DROP_MM + ptToMm(dashMid);
  let x = left;
  const glyphs = chars.map((ch, i) => {
    const glyph = { ch, x, advance: ptToMm(advances[i]!) };
    x += ptToMm(advances[i]!);
    return glyph;
  });
  return { type: 'text', kind: 'folio', font: style.font, size, color: BLACK, y, glyphs: glyphs.filter((gl) => gl.ch !== ' ') };
}
