/** The hard-case corpus: expected line breaks, and the corpus issue file kept in sync. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { stylesFor } from '../src/typeset/index.js';
import { typesetParagraph } from '../src/typeset/paragraph.js';
import type { GlyphRun } from '../src/page/display.js';
import { HARD_CASES } from './corpus/hard-cases.js';
import { ROOT, fonts, inkStart, textOf } from './helpers.js';
import { corpusIssueYaml } from './corpus/issue.js';

const grid = gridOf();
const body = stylesFor(fonts(), grid).body;
/** Written out from GB/T 9704-2012 clause 5, not taken from the grid's code: the block's edges and cell, mm. */
const LEFT = 28;
const RIGHT = 184; // 28 + 156
const CELL = 5.571429; // 156 mm / 28 characters
const INDENT = 39.142857; // 段首空二字: 28 + 2 × 5.571429

export function linesOf(text: string): string[] {
  return typesetParagraph(text, body, grid).map((f) => f.items.map((i) => textOf(i as GlyphRun)).join(''));
}

describe('hard cases of Chinese line breaking', () => {
  for (const c of HARD_CASES) {
    it(c.name, () => {
      expect(linesOf(c.text)).toEqual(c.lines);
    });
  }

  it('every non-final line of every case ends exactly on the block edge, none beyond', () => {
    for (const c of HARD_CASES) {
      const frames = typesetParagraph(c.text, body, grid);
      frames.forEach((f, i) => {
        const runs = f.items as GlyphRun[];
        const lastRun = runs[runs.length - 1]!;
        const g = lastRun.glyphs[lastRun.glyphs.length - 1]!;
        // A closing mark whose blank half was given up ends half a cell after its origin.
        const width = g.advance >= CELL - 1e-6 ? CELL : g.advance; // a full-width glyph fills one grid cell
        const end = g.x + width > RIGHT + 0.01 ? g.x + width / 2 : g.x + width;
        if (i < frames.length - 1) expect(end, `${c.name}, line ${i + 1}`).toBeCloseTo(RIGHT, 2);
        else expect(end).toBeLessThanOrEqual(RIGHT + 0.01);
      });
    }
  });

  it('every line of every case starts on the block edge or at the two-character indent (an opening mark by its ink)', () => {
    for (const c of HARD_CASES) {
      typesetParagraph(c.text, body, grid).forEach((f, i) => {
        const x = inkStart((f.items[0] as GlyphRun).glyphs[0]!);
        expect(x, `${c.name}, line ${i + 1}`).toBeCloseTo(i === 0 ? INDENT : LEFT, 5);
      });
    }
  });

  it('the corpus issue file matches the corpus', () => {
    const file = readFileSync(path.join(ROOT, 'tests', 'corpus', 'hard-cases.yaml'), 'utf8');
    expect(file).toBe(corpusIssueYaml());
  });
});
