/**
 * Text drawn as the layout measured it. The typesetter places every glyph itself, from each
 * character's own glyph and advance (Face.advance: glyphForCodePoint); pdfkit, though, runs every
 * string through fontkit's OpenType shaper (GSUB substitutions, GPOS positioning) before drawing
 * it. For the one-to-one CJK text of a bulletin the shaper substitutes nothing, yet costs most of
 * the render (0.3 s of a cold build in a profile); where it does act — Noto kerns some digit
 * pairs — the drawn text drifts from the positions the layout computed. So pdfkit gets the
 * unshaped glyphs: exactly what the layout measured.
 */
import type * as fontkit from 'fontkit';

export interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What pdfkit reads of a layout: each glyph advancing by its own width, nothing moved. */
export function unshapedRun<G extends { advanceWidth: number }>(glyphs: G[]): { glyphs: G[]; positions: Position[]; advanceWidth: number } {
  const positions: Position[] = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  return {
    glyphs,
    positions,
    get advanceWidth() {
      let w = 0;
      for (const p of positions) w += p.xAdvance;
      return w;
    },
  };
}

const patched = new WeakSet<object>();

/** Makes `font.layout` map characters to their glyphs one to one, with the glyphs' own advances. Idempotent. */
export function useUnshapedLayout(font: fontkit.Font): fontkit.Font {
  if (patched.has(font)) return font;
  const layout = (text: string) => {
    return unshapedRun(font.glyphsForString(text));
  };
  Object.defineProperty(font, 'layout', { value: layout, configurable: true });
  patched.add(font);
  return font;
}
