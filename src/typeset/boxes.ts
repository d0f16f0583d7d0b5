/**
 * Turns a string into glyph boxes: one box a character, each with its advance on the line, how much
 * of it may be compressed, the glue before it and whether a line may break before it (kinsoku).
 * Adjacent full-width punctuation is compressed here, once: "。”" "）。" "》《" take 1.5 em.
 */
import {
  INSEPARABLE,
  NOT_AT_LINE_END,
  NOT_AT_LINE_START,
  isAlnum,
  isFullwidthPunct,
  isHan,
  isRunJoiner,
  isSpace,
} from '../kinsoku/classes.js';
import type { SourcePath } from '../compose/blocks.js';
import type { Face } from '../fonts/face.js';
import { isControl } from './coverage.js';
import type { TextStyle } from './style.js';

export type BoxKind = 'han' | 'punct' | 'alnum' | 'space' | 'other';

export interface GlyphBox {
  ch: string;
  /** The style (face, size, pitch) this character is set in. */
  style: TextStyle;
  /** UTF-16 offset of the character in the source string. */
  offset: number;
  kind: BoxKind;
  /** Advance on the line, pt, after pair compression. */
  width: number;
  /** The glyph's own advance at this size, pt. */
  natural: number;
  /** Where the glyph is drawn relative to the box's left edge, pt (negative: left half trimmed). */
  shift: number;
  /** How much more the box may give up on its left / right for a tight line, pt. */
  shrinkLeft: number;
  shrinkRight: number;
  /** Han–Latin glue before this box, pt; dropped at the start of a line. */
  gapBefore: number;
  /** A line may begin with this box. */
  breakBefore: boolean;
}

/** Which half of a full-width punctuation mark is blank, read from the glyph's ink. */
function blankHalf(face: Face, cp: number): 'left' | 'right' | 'none' {
  const ink = face.ink(cp);
  if (!ink) return 'none';
  const em = face.unitsPerEm;
  if (ink.maxX <= em * 0.55) return 'right';
  if (ink.minX >= em * 0.45) return 'left';
  return 'none';
}

function classify(ch: string): BoxKind {
  const cp = ch.codePointAt(0)!;
  if (isSpace(ch)) return 'space';
  if (isFullwidthPunct(ch)) return 'punct';
  if (isHan(cp)) return 'han';
  if (isAlnum(ch)) return 'alnum';
  return 'other';
}

/** Marks that join the two ends of a number range. */
const RANGE_MARKS = new Set(['～', '〜', '~', '—', '－', '\u2013']);

/** Characters a preceding number binds to: "2.4万", "1800万", "15家" stay whole. */
const NUMBER_UNITS = new Set([...'万亿千百十余多年月日时分秒号期次个名家人元岁倍项条件册份篇部届场所支位座%％‰℃']);

/**
 * Collapses spaces that only separate Han from Latin/digits ("发布后 15 分钟"): the engine adds
 * its own Han–Latin spacing there.
 */
export function normaliseSpaces(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])[ \u00a0]+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \u00a0]+(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '');
}

/**
 * A stretch of text in one style: a paragraph may mix faces (emphasis, fallback fonts). `source`
 * says where it was written — the value at `path`, whose text as set is `text`, this span starting
 * at UTF-16 offset `start` of it — so characters no face sets are reported there (coverage.ts).
 * Text the bulletin adds (【】, 报：, 第14期) has the value's path and no text.
 */
export interface Span {
  text: string;
  style: TextStyle;
  source?: { path: SourcePath; text?: string; start?: number };
}

/** Spans marked as the text of the value at `path`, one after another in it. */
export function written(path: SourcePath, spans: Span[]): Span[] {
  const text = spans.map((s) => s.text).join('');
  let start = 0;
  return spans.map((s) => {
    const out = { ...s, source: { path, text, start } };
    start += s.text.length;
    return out;
  });
}

export function boxesOf(text: string, style: TextStyle): GlyphBox[] {
  return boxesOfSpans([{ text, style }]);
}

/** Boxes of several spans set as one text: kinsoku, glue and compression apply across spans. */
export function boxesOfSpans(spans: Span[]): GlyphBox[] {
  const boxes: GlyphBox[] = [];
  let offset = 0;
  for (const span of spans) {
    offset = pushBoxes(boxes, span, offset);
  }
  applyRules(boxes);
  return boxes;
}

/**
 * What every box of one character in one style's face shares: its class, whether the face sets it,
 * the face that does (the first fallback that has it, else the face itself) with that face's advance
 * and blank half. Worked out once per face and character and kept as long as the face (faces are
 * opened once per process): a paragraph asks the face about the same few hundred characters
 * thousands of times, and in a cold process each question is several interpreted calls.
 */
interface CharInfo {
  kind: BoxKind;
  /** The style's own face sets it (spaces always: they are glue whatever the face). */
  own: boolean;
  control: boolean;
  /** The face it is drawn from, its advance (font units) and units per em. */
  face: Face;
  advance: number;
  unitsPerEm: number;
  blank: 'left' | 'right' | 'none';
}

const charInfos = new WeakMap<Face, Map<number, CharInfo>>();

function charInfoOf(primary: Face, ch: string, cp: number): CharInfo {
  const own = cp <= 0x20 || cp === 0x3000 || primary.has(cp);
  const face = own || !primary.fallbacks ? primary : (primary.fallbacks.find((f) => f.has(cp)) ?? primary);
  const kind = classify(ch);
  const unitsPerEm = face.unitsPerEm;
  return { kind, own, control: isControl(cp), face, advance: face.advance(cp), unitsPerEm, blank: kind === 'punct' ? blankHalf(face, cp) : 'none' };
}

/**
 * The style a character is set in: the given one, or — for a character its face lacks — the same
 * size and pitch in the first fallback face that has it (`face`, from charInfoOf), its em box
 * aligned with the primary's.
 */
function styleFor(style: TextStyle, face: Face, cache: Map<Face, TextStyle>): TextStyle {
  if (face === style.face) return style;
  let s = cache.get(face);
  if (!s) {
    const shift = (face.ascender / face.unitsPerEm - style.face.ascender / style.face.unitsPerEm) * style.size;
    s = { ...style, face, fallback: true, ...(shift ? { baselineShift: shift } : {}) };
    cache.set(face, s);
  }
  return s;
}

/**
 * Tells the style's coverage sink about a character of written text its face does not set: set by
 * a fallback face (`style`, the one styleFor chose), by none, or a control character.
 */
function reportCoverage(span: Span, style: TextStyle, ch: string, at: number, info: CharInfo): void {
  const sink = span.style.coverage;
  if (!sink || !span.source) return;
  const { path, text, start } = span.source;
  sink.report({
    ch,
    role: span.style.font,
    path,
    text: text ?? span.text,
    offset: (text === undefined ? 0 : (start ?? 0)) + at,
    ...(info.control ? { control: true as const } : style !== span.style ? { servedBy: style.face } : {}),
  });
}

function pushBoxes(boxes: GlyphBox[], span: Span, start: number): number {
  const primary = span.style;
  const { size, pitch } = primary;
  let infos = charInfos.get(primary.face);
  if (!infos) charInfos.set(primary.face, (infos = new Map()));
  const fallbackStyles = new Map<Face, TextStyle>();
  let offset = start;
  for (const ch of span.text) {
    const cp = ch.codePointAt(0)!;
    let info = infos.get(cp);
    if (!info) infos.set(cp, (info = charInfoOf(primary.face, ch, cp)));
    const style = styleFor(primary, info.face, fallbackStyles);
    if (primary.coverage && (!info.own || info.control)) reportCoverage(span, style, ch, offset - start, info);
    const { kind } = info;
    const natural = info.advance * (size / info.unitsPerEm);
    let width: number;
    let shrinkLeft = 0;
    let shrinkRight = 0;
    if (kind === 'han' || kind === 'punct' || (kind === 'other' && natural >= size * 0.99)) {
      width = pitch; // a full grid cell
      if (info.blank === 'right') shrinkRight = pitch / 2;
      if (info.blank === 'left') shrinkLeft = pitch / 2;
    } else if (kind === 'space') {
      width = ch === '\u3000' ? pitch : pitch / 2;
    } else {
      width = natural;
    }
    boxes.push({ ch, style, offset, kind, width, natural, shift: 0, shrinkLeft, shrinkRight, gapBefore: 0, breakBefore: true });
    offset += ch.length;
  }
  return offset;
}

/** The last box before `i` that is not a space. */
function lastShown(boxes: GlyphBox[], i: number): GlyphBox | undefined {
  for (let p = i - 1; p >= 0; p--) if (boxes[p]!.kind !== 'space') return boxes[p];
  return undefined;
}

/** Break permissions, Han–Latin glue and pair compression. */
function applyRules(boxes: GlyphBox[]): void {
  const inRun = boxes.map(() => false); // box continues the alnum run of the box before it
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1]!;
    const b = boxes[i]!;
    if (b.kind === 'alnum' && (a.kind === 'alnum' || inRun[i - 1])) inRun[i] = true;
    // "2.4", "1,800": a joiner between two alnums belongs to the run.
    if (isRunJoiner(b.ch) && a.kind === 'alnum' && boxes[i + 1]?.kind === 'alnum') inRun[i] = true;
    if (b.kind === 'alnum' && isRunJoiner(a.ch) && inRun[i - 1]) inRun[i] = true;
  }
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    const a = boxes[i - 1];
    if (!a) {
      b.breakBefore = false;
      continue;
    }
    let may = true;
    if (NOT_AT_LINE_START.has(b.ch) && !inRun[i]) may = false;
    if (NOT_AT_LINE_END.has(a.ch)) may = false;
    // "【 办": after a space the line would still end with the mark before it.
    if (a.kind === 'space' && NOT_AT_LINE_END.has(lastShown(boxes, i)?.ch ?? '')) may = false;
    if (inRun[i]) may = false;
    if (a.ch === b.ch && INSEPARABLE.has(a.ch)) may = false;
    if (b.kind === 'han' && NUMBER_UNITS.has(b.ch) && (a.kind === 'alnum' || a.ch === '%')) may = false;
    if (NUMBER_UNITS.has(b.ch) && a.kind === 'alnum' && /[0-9]/.test(a.ch)) may = false;
    if (a.ch === '第' && b.kind === 'alnum') may = false;
    if (b.kind === 'space') may = false; // break after a space, never before it
    // A number range is read as one: 45%～50%, 3～5, 2020—2021 never break after the dash.
    if (RANGE_MARKS.has(a.ch) && /[0-9]/u.test(b.ch) && /[0-9%％]/u.test(boxes[i - 2]?.ch ?? '')) may = false;
    b.breakBefore = may;

    // Han–Latin spacing: a quarter em between Han and letters or digits, none next to punctuation.
    // A percent sign belongs to its number: 50%的 is spaced like 50的.
    const hanLatin = (a.kind === 'han' && b.kind === 'alnum') || ((a.kind === 'alnum' || a.ch === '%') && b.kind === 'han');
    const autospace = Math.max(a.style.autospace, b.style.autospace);
    if (hanLatin && autospace > 0) b.gapBefore = autospace;

    // Adjacent full-width punctuation: one of the pair gives up its blank half.
    if (a.kind === 'punct' && b.kind === 'punct') {
      if (a.shrinkRight > 0) {
        a.width -= a.shrinkRight;
        a.shrinkRight = 0;
      } else if (b.shrinkLeft > 0) {
        b.width -= b.shrinkLeft;
        b.shift -= b.shrinkLeft;
        b.shrinkLeft = 0;
      }
    }
  }
}
