/**
 * The line breaker's kinsoku classes checked against oracles that are not its own table: the marks
 * GB/T 15834-2011 and clreq (W3C, Requirements for Chinese Text Layout §3.1.7) name, written out
 * here, and the Unicode line-break algorithm (UAX #14, through the `linebreak` package), which must
 * agree that no break is allowed before a closing mark or after an opening one.
 */
import LineBreaker from 'linebreak';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NOT_AT_LINE_END, NOT_AT_LINE_START } from '../src/kinsoku/classes.js';
import { NEVER_ENDS_LINE, NEVER_SPLIT_PAIR, NEVER_STARTS_LINE } from '../src/verify/kinsoku.js';
import { ROOT } from './helpers.js';

/** GB/T 15834 / clreq: marks that never begin a line (closing brackets and quotes, pause and end marks). */
const NEVER_AT_START = [...'，。、；：？！）］｝〕〉》」』】〗”’'];
/** GB/T 15834 / clreq: marks that never end a line (opening brackets and quotes). */
const NEVER_AT_END = [...'（［｛〔〈《「『【〖“‘'];

/** Where UAX #14 allows breaks in `text` (code-unit positions). */
function breaksOf(text: string): number[] {
  const out: number[] = [];
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) out.push(bk.position);
  return out;
}

describe('kinsoku classes against GB/T 15834, clreq and UAX #14', () => {
  it('every mark the standard keeps off a line start is in the breaker’s table, and UAX #14 allows no break before it', () => {
    for (const ch of NEVER_AT_START) {
      expect(NOT_AT_LINE_START.has(ch), `${ch} at a line start`).toBe(true);
      expect(breaksOf(`字${ch}字`), `UAX #14 before ${ch}`).not.toContain(1);
    }
  });

  it('every mark the standard keeps off a line end is in the breaker’s table, and UAX #14 allows no break after it', () => {
    for (const ch of NEVER_AT_END) {
      expect(NOT_AT_LINE_END.has(ch), `${ch} at a line end`).toBe(true);
      expect(breaksOf(`字${ch}字`), `UAX #14 after ${ch}`).not.toContain(2);
    }
  });

  it('the oracle can fail: UAX #14 allows a break between two Han characters', () => {
    expect(breaksOf('字字')).toContain(1);
  });
});

describe('the verifier’s own kinsoku lists (src/verify/kinsoku.ts)', () => {
  it('hold every mark GB/T 15834 / clreq name, as written out above (checked against UAX #14 there)', () => {
    for (const ch of NEVER_AT_START) expect(NEVER_STARTS_LINE.has(ch), `${ch} at a line start`).toBe(true);
    for (const ch of NEVER_AT_END) expect(NEVER_ENDS_LINE.has(ch), `${ch} at a line end`).toBe(true);
    expect([...NEVER_SPLIT_PAIR].sort()).toEqual([...'—…⋯―'].sort());
  });

  it('are the verifier’s: nothing in src/verify/ imports the line breaker’s classes or the typesetter', () => {
    const dir = path.join(ROOT, 'src', 'verify');
    for (const name of readdirSync(dir)) {
      const source = readFileSync(path.join(dir, name), 'utf8');
      expect(source, name).not.toMatch(/from '\.\.\/(kinsoku|typeset|paginate)\//u);
    }
  });
});
