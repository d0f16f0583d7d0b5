/**
 * A run's glyphs as pdfkit draws them: cut into segments of constant letter-spacing, each drawn by
 * one text operation. The drawing (pdf.ts) and the subset plan (document-fonts.ts) both cut runs
 * here, so the plan meets the glyphs in the order pdfkit does.
 */
import type { PlacedGlyph } from '../page/display.js';

/** Cuts a run into segments of constant letter-spacing, each drawn by one text operation. */
export function segments(glyphs: PlacedGlyph[]): { glyphs: PlacedGlyph[]; spacing: number }[] {
  const out: { glyphs: PlacedGlyph[]; spacing: number }[] = [];
  for (const g of glyphs) {
    const seg = out[out.length - 1];
    if (seg) {
      const prev = seg.glyphs[seg.glyphs.length - 1]!;
      const spacing = g.x - prev.x - prev.advance;
      if (seg.glyphs.length === 1) {
        seg.spacing = spacing;
        seg.glyphs.push(g);
        continue;
      }
      if (Math.abs(spacing - seg.spacing) < 1e-5) {
        seg.glyphs.push(g);
        continue;
      }
    }
    out.push({ glyphs: [g], spacing: 0 });
  }
  return out;
}

/** The text of a segment, as pdfkit is given it. */
export const segmentText = (seg: { glyphs: PlacedGlyph[] }): string => seg.glyphs.map((g) => g.ch).join('');
