/** Invariants of the line breaker over many random paragraphs, and the compression rules. */
import { describe, expect, it } from 'vitest';
import { NOT_AT_LINE_END, NOT_AT_LINE_START } from '../src/kinsoku/classes.js';
import { gridOf } from '../src/page/geometry.js';
import { boxesOf, normaliseSpaces } from '../src/typeset/boxes.js';
import { stylesFor } from '../src/typeset/index.js';
import { breakLines, naturalWidth } from '../src/typeset/linebreak.js';
import { fonts } from './helpers.js';
import { randomParagraph, rng } from './corpus/random.js';

const grid = gridOf();
const styles = stylesFor(fonts(), grid);
const body = styles.body;
const pitch = grid.charPitch;

describe('line breaker invariants on random paragraphs', () => {
  const next = rng(20211716);
  const cases = Array.from({ length: 300 }, () => randomParagraph(next));

  it('keeps every character, in order', () => {
    for (const text of cases) {
      const boxes = boxesOf(text, body);
      const lines = breakLines(boxes, { first: grid.measure - 2 * pitch, rest: grid.measure });
      expect(lines.map((l) => boxes.slice(l.start, l.end).map((b) => b.ch).join('')).join('')).toBe(text);
      lines.forEach((l, i) => i > 0 && expect(l.start).toBe(lines[i - 1]!.end));
    }
  });

  it('never lets a line overflow, and justifies every line but the last exactly', () => {
    for (const text of cases) {
      const boxes = boxesOf(text, body);
      const lines = breakLines(boxes, { first: grid.measure - 2 * pitch, rest: grid.measure });
      lines.forEach((l, i) => {
        const measure = i === 0 ? grid.measure - 2 * pitch : grid.measure;
        expect(l.width).toBeLessThanOrEqual(measure + 1e-6);
        // The last glyph's far edge: its cell, or half of it when its blank half was given up.
        const lastBox = boxes[l.end - 1]!;
        const origin = l.x[l.x.length - 1]! - lastBox.shift;
        const end = origin + lastBox.width;
        // A line squeezed to fit lets its last mark's blank half pass the measure: its ink stays inside.
        const halfGivenUp = lastBox.shrinkRight > 0 && Math.abs(end - (measure + lastBox.shrinkRight)) < 1e-6;
        if (!l.last) {
          expect(halfGivenUp || Math.abs(end - measure) < 1e-6, `line ${i} of ${text}: ends at ${end}, measure ${measure}`).toBe(true);
        } else {
          expect(halfGivenUp || end <= measure + 1e-6, `last line of ${text}: ends at ${end}`).toBe(true);
        }
        // Glyph origins only move forward.
        for (let k = 1; k < l.x.length; k++) expect(l.x[k]! - boxes[l.start + k]!.shift).toBeGreaterThanOrEqual(l.x[k - 1]! - boxes[l.start + k - 1]!.shift - 1e-9);
      });
    }
  });

  it('breaks no kinsoku rule: no line starts with a closing mark or ends with an opening one, no split —— …… or number', () => {
    for (const text of cases) {
      const boxes = boxesOf(text, body);
      const lines = breakLines(boxes, { first: grid.measure - 2 * pitch, rest: grid.measure });
      for (const l of lines) {
        const first = boxes[l.start]!;
        const last = boxes[l.end - 1]!;
        const next = boxes[l.end];
        if (l.start > 0) expect(NOT_AT_LINE_START.has(first.ch), `line starts with ${first.ch}: ${text}`).toBe(false);
        if (!l.last) expect(NOT_AT_LINE_END.has(last.ch), `line ends with ${last.ch}: ${text}`).toBe(false);
        if (next) {
          expect(last.ch === next.ch && (last.ch === '—' || last.ch === '…')).toBe(false);
          // Inside a number or word ("1800", "1.2", "MV", "15%") there is no break.
          expect(/[0-9A-Za-z.]/.test(last.ch) && /[0-9A-Za-z%.]/.test(next.ch), `split run: ${text}`).toBe(false);
        }
        expect(l.adjustment).not.toBe('forced');
      }
    }
  });
});

describe('where a line may break around numbers', () => {
  /** The text with | before every character a line may begin with. */
  const breaks = (text: string) =>
    boxesOf(text, body)
      .map((b) => (b.breakBefore ? `|${b.ch}` : b.ch))
      .join('');

  it('keeps a number with its unit, a sign or a Han character, and 第 with its number', () => {
    expect(breaks('增长15%达2.4万人')).toBe('增|长|15%|达|2.4万|人');
    expect(breaks('气温30℃和5‰的')).toBe('气|温|30℃|和|5‰|的');
    expect(breaks('第14期')).toBe('第14期');
  });

  it('reads a number range as one: never a break after its dash or tilde', () => {
    expect(breaks('占45%～50%的')).toBe('占|45%～50%|的');
    expect(breaks('在2020—2021年')).toBe('在|2020—2021年');
    expect(breaks('约3～5人')).toBe('约|3～5人');
    // A dash between words is no range: the line may break after it (not before: — never starts a line).
    expect(breaks('学习—实践')).toBe('学|习—|实|践');
  });
});

describe('punctuation compression', () => {
  const widths = (text: string) => boxesOf(text, body).map((b) => +(b.width / pitch).toFixed(3));

  it('gives adjacent marks 1.5 em: 。” ）。 ”， 》《 ：“', () => {
    expect(widths('。”')).toEqual([0.5, 1]);
    expect(widths('）。')).toEqual([0.5, 1]);
    expect(widths('”，')).toEqual([0.5, 1]);
    expect(widths('》《')).toEqual([0.5, 1]);
    expect(widths('：“')).toEqual([0.5, 1]);
    expect(widths('，“')).toEqual([0.5, 1]);
  });

  it('takes the blank half from the side the glyph leaves empty', () => {
    const [open] = boxesOf('“', body);
    const [comma] = boxesOf('，', body);
    expect(open!.shrinkLeft).toBeCloseTo(pitch / 2, 6);
    expect(open!.shrinkRight).toBe(0);
    expect(comma!.shrinkRight).toBeCloseTo(pitch / 2, 6);
    expect(comma!.shrinkLeft).toBe(0);
    // A dash and an ellipsis are ink across the cell: never compressed.
    for (const ch of '—…') {
      const [b] = boxesOf(ch, body);
      expect(b!.shrinkLeft + b!.shrinkRight).toBe(0);
    }
  });

  it('a mark after an opening one gives its left half: “《 keeps “ whole and shifts 《', () => {
    const [a, b] = boxesOf('“《', body);
    expect(a!.width).toBeCloseTo(pitch, 6);
    expect(b!.width).toBeCloseTo(pitch / 2, 6);
    expect(b!.shift).toBeCloseTo(-pitch / 2, 6);
  });
});

describe('Han–Latin spacing', () => {
  it('puts a quarter em between Han and Latin or digits, none next to punctuation', () => {
    const boxes = boxesOf('红歌MV视频，MV。', body);
    const gap = boxes.map((b) => +(b.gapBefore / body.size).toFixed(3));
    expect(gap).toEqual([0, 0, 0.25, 0, 0.25, 0, 0, 0, 0, 0]);
  });

  it('drops typed spaces between Han and digits (the engine spaces them)', () => {
    expect(normaliseSpaces('发布后 15 分钟内播放量达 1.2 万次')).toBe('发布后15分钟内播放量达1.2万次');
    expect(normaliseSpaces('众心向党 自立自强')).toBe('众心向党 自立自强');
  });

  it('a full line of Han characters is exactly 28 cells', () => {
    const boxes = boxesOf('国'.repeat(28), body);
    expect(naturalWidth(boxes, 0, 28)).toBeCloseTo(grid.measure, 9);
  });
});

describe('Latin words in a spread line (JLREQ §3.8)', () => {
  // 14 协, "Prof. Zhang Wei", 说, then 8 digits that cannot come up: the first line is spread.
  const text = `${'协'.repeat(14)}Prof. Zhang Wei说12345678协协协协`;
  const boxes = boxesOf(text, body);
  const [line] = breakLines(boxes, { first: grid.measure - 2 * pitch, rest: grid.measure });
  const x = (ch: string, from = 0) => {
    const i = boxes.findIndex((b, k) => k >= from && b.ch === ch);
    return { i, x: line!.x[i - line!.start]!, b: boxes[i]! };
  };

  it('takes the stretch between Han characters, at Han–Latin gaps and at word spaces alike, one share each', () => {
    expect(line!.adjustment).toBe('stretched');
    const extra = line!.x[1]! - line!.x[0]! - pitch; // what two Han characters moved apart
    expect(extra).toBeGreaterThan(0.1 * pitch);
    // 协|P: the quarter-em glue plus one share.
    const p = x('P');
    expect(p.x - line!.x[13]! - pitch).toBeCloseTo(0.25 * body.size + extra, 6);
    // "Prof. Zhang": the word space keeps its half em plus one share — not a share on each side.
    const dot = x('.');
    const z = x('Z');
    expect(z.x - (dot.x + dot.b.width)).toBeCloseTo(pitch / 2 + extra, 6);
    expect(z.x - (dot.x + dot.b.width)).toBeLessThan(0.75 * body.size);
  });

  it('keeps the letters of a word, and a word and its full stop, at their own widths', () => {
    const p = x('P');
    const r = x('r');
    const f = x('f');
    const dot = x('.');
    expect(r.x - p.x).toBeCloseTo(p.b.width, 6);
    expect(dot.x - f.x).toBeCloseTo(f.b.width, 6);
  });
});

describe('configurable Han–Latin spacing', () => {
  it('follows typography.hanLatinSpace, and 0 turns it off', () => {
    const none = stylesFor(fonts(), grid, { hanLatinSpace: 0 }).body;
    const eighth = stylesFor(fonts(), grid, { hanLatinSpace: 0.125 }).body;
    expect(boxesOf('红歌MV', none).map((b) => b.gapBefore)).toEqual([0, 0, 0, 0]);
    expect(boxesOf('红歌MV', eighth)[2]!.gapBefore).toBeCloseTo(2, 9);
  });
});
