/**
 * The one text setter: how its options place lines, checked against the block's numbers from
 * GB/T 9704 (block 156 mm wide from 28 mm, 28 characters a line: one character 156/28 mm).
 */
import { describe, expect, it } from 'vitest';
import { gridOf } from '../src/page/geometry.js';
import { mmToPt } from '../src/page/units.js';
import { stylesFor } from '../src/typeset/index.js';
import { setText } from '../src/typeset/setter.js';
import { fonts, textOf } from './helpers.js';

const grid = gridOf();
const styles = stylesFor(fonts(), grid);
const body = styles.body;
const BLOCK_LEFT = 28;
const BLOCK_RIGHT = 28 + 156;
const CHAR = 156 / 28;
const base = { kind: 'body' as const, x: mmToPt(BLOCK_LEFT), width: mmToPt(156), baseline: 0 };
const fortyHan = '党史学习教育'.repeat(7).slice(0, 40);

describe('the text setter', () => {
  it('breaks on the measure less the first-line indent: 26 characters, then 28', () => {
    const lines = setText([{ text: fortyHan + fortyHan, style: body }], { ...base, first: 2 * mmToPt(CHAR) });
    expect(lines.map((l) => l.runs.map(textOf).join('').length)).toEqual([26, 28, 26]);
    expect(lines[0]!.runs[0]!.glyphs[0]!.x).toBeCloseTo(BLOCK_LEFT + 2 * CHAR, 6);
    expect(lines[1]!.runs[0]!.glyphs[0]!.x).toBeCloseTo(BLOCK_LEFT, 6);
    const full = lines[1]!.runs[0]!.glyphs.at(-1)!;
    expect(full.x + CHAR).toBeCloseTo(BLOCK_RIGHT, 6); // a Han character takes one grid cell
  });

  it('right-aligns a line on the block edge and centres one in the block', () => {
    const [right] = setText([{ text: '漯河市科协', style: body }], { ...base, align: 'right' });
    const last = right!.runs[0]!.glyphs.at(-1)!;
    expect(last.x + CHAR).toBeCloseTo(BLOCK_RIGHT, 6);
    const [centre] = setText([{ text: '本期要目', style: body }], { ...base, align: 'center' });
    expect(centre!.runs[0]!.glyphs[0]!.x).toBeCloseTo(BLOCK_LEFT + (156 - 4 * CHAR) / 2, 6);
  });

  it('natural: one line however long, never spread; given ends: exactly those lines', () => {
    const natural = setText([{ text: fortyHan, style: body }], { ...base, lines: 'natural' });
    expect(natural).toHaveLength(1);
    expect(natural[0]!.runs[0]!.glyphs[39]!.x).toBeCloseTo(BLOCK_LEFT + 39 * CHAR, 6);
    const given = setText([{ text: fortyHan, style: body }], { ...base, lines: [3, 10, 40] });
    expect(given.map((l) => l.runs.map(textOf).join(''))).toEqual([fortyHan.slice(0, 3), fortyHan.slice(3, 10), fortyHan.slice(10)]);
  });

  it('a hanging rest indent starts every line after the first there', () => {
    const lines = setText([{ text: fortyHan, style: body }], { ...base, rest: 2 * mmToPt(CHAR) });
    expect(lines.map((l) => l.runs[0]!.glyphs[0]!.x)).toEqual([expect.closeTo(BLOCK_LEFT, 6), expect.closeTo(BLOCK_LEFT + 2 * CHAR, 6)]);
    expect(lines[0]!.runs.map(textOf).join('')).toHaveLength(28);
  });

  it('lines `leading` pt apart, each a run in its face', () => {
    const lines = setText([{ text: fortyHan, style: body }], { ...base, baseline: 10, leading: 20 });
    expect(lines.map((l) => l.runs[0]!.y)).toEqual([expect.closeTo((10 * 25.4) / 72, 6), expect.closeTo((30 * 25.4) / 72, 6)]);
  });
});
