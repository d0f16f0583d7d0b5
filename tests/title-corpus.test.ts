/**
 * The title corpus (tests/corpus/titles.ts): each long title breaks as a typesetter would accept,
 * within the block at 2号, in the fewest lines unless the oracle says meaning needs one more.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { stylesFor } from '../src/typeset/index.js';
import { typesetTitle } from '../src/typeset/title.js';
import type { GlyphRun } from '../src/page/display.js';
import { TITLE_CASES } from './corpus/titles.js';
import { titlesIssueYaml } from './corpus/issue.js';
import { ROOT, fonts, textOf } from './helpers.js';

const grid = gridOf();
const title = stylesFor(fonts(), grid).title;
const BLOCK_LEFT_MM = 28;
const BLOCK_RIGHT_MM = 28 + 156;

describe('title corpus', () => {
  it('has at least 40 long titles, each longer than a line, each oracle line set spelling its title', () => {
    expect(TITLE_CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of TITLE_CASES) {
      expect([...c.text.replace(/ /gu, '')].length, c.text).toBeGreaterThan(18);
      for (const lines of c.accept) expect(lines.join(''), c.text).toBe(c.text.replace(/ /gu, ''));
    }
  });

  it('the corpus issue file matches the corpus', () => {
    expect(readFileSync(path.join(ROOT, 'tests', 'corpus', 'titles.yaml'), 'utf8')).toBe(titlesIssueYaml());
  });

  for (const c of TITLE_CASES) {
    it(c.text, () => {
      const frames = typesetTitle(c.text, title, grid, { spaceBefore: 0, outlineLevel: 1 });
      const lines = frames.map((f) => f.items.map((i) => textOf(i as GlyphRun)).join(''));
      expect(c.accept).toContainEqual(lines);
      for (const f of frames) {
        const glyphs = f.items.flatMap((i) => (i as GlyphRun).glyphs);
        const left = glyphs[0]!.x;
        const last = glyphs[glyphs.length - 1]!;
        // Within the block at 2号 (22 pt = 7.76 mm a character), centred.
        expect(left).toBeGreaterThanOrEqual(BLOCK_LEFT_MM);
        expect(last.x + last.advance).toBeLessThanOrEqual(BLOCK_RIGHT_MM + 1e-6);
        expect((f.items[0] as GlyphRun).size).toBe(22);
      }
    });
  }
});
