/**
 * Measures a face once with fontkit (the parser that reads everything) into a FaceMetrics record
 * for the metrics cache: character map, advances (hmtx, as fontkit reads them), punctuation ink,
 * descriptor values, and the places of the CFF INDEXes the subsetter reads by offset later.
 */
import type * as fontkit from 'fontkit';
import { WANTS_INK, type CffRecord, type FaceMetrics, type FaceRecord, type IndexAt, type InkBox } from './face-record.js';

interface Entry {
  offset: number;
  length: number;
}
type Dict = Record<string, unknown>;
interface ParsedCff {
  version: number;
  hdrSize: number;
  nameIndex: string[];
  isCIDFont: boolean;
  topDict: Dict & { FDArray?: Dict[]; FDSelect?: { version: number; fds?: number[]; ranges?: { first: number; fd: number }[]; sentinel?: number }; Private?: Dict | null; CharStrings: Entry[] };
  globalSubrIndex: Entry[];
  string(sid: number): string | null;
}
interface Internals {
  _cmapProcessor: { lookup(cp: number): number };
  hmtx: { metrics: { length: number; get(i: number): { advance: number } } };
  head: { unitsPerEm: number; checkSumAdjustment: number; macStyle: { italic: boolean } };
  post: { isFixedPitch: number | boolean; italicAngle: number };
  'OS/2'?: { typoAscender: number; typoDescender: number; sFamilyClass: number };
  'CFF '?: ParsedCff;
  CFF2?: unknown;
}

/** The top DICT's pointers: the subset writes its own. */
const POINTERS = new Set(['CharStrings', 'charset', 'Encoding', 'Private', 'FDArray', 'FDSelect']);
/** The string-valued keys the subsetter copies into its String INDEX. */
const STRING_KEYS = ['version', 'Notice', 'Copyright', 'FullName', 'FamilyName', 'Weight', 'PostScript', 'BaseFontName', 'FontName'];

/** A plain copy of a decoded DICT (numbers, arrays, booleans), without the keys in `drop`. */
function plain(dict: Dict, drop: ReadonlySet<string> = new Set()): Dict {
  const out: Dict = {};
  for (const key of Object.keys(dict)) if (!drop.has(key)) out[key] = dict[key];
  return JSON.parse(JSON.stringify(out)) as Dict;
}

/** Where the INDEX whose entries fontkit decoded begins: entries[0] lies 3 + (count + 1) × offSize bytes after it. */
function indexStart(data: Uint8Array, entries: Entry[] | null | undefined): IndexAt {
  if (!entries || entries.length === 0) return null;
  const n = entries.length;
  for (let offSize = 1; offSize <= 4; offSize++) {
    const at = entries[0]!.offset - 3 - (n + 1) * offSize;
    if (at >= 0 && ((data[at]! << 8) | data[at + 1]!) === n && data[at + 2] === offSize) return at;
  }
  throw new Error('CFF INDEX not where fontkit read it');
}

const privateOf = (data: Uint8Array, p: Dict | null | undefined) =>
  p ? { dict: { ...plain(p, new Set(['Subrs'])), Subrs: null }, subrs: indexStart(data, p.Subrs as Entry[] | null) } : null;

function cffRecord(data: Uint8Array, cff: ParsedCff): CffRecord {
  const top = cff.topDict;
  const strings: Record<string, string> = {};
  for (const key of STRING_KEYS) {
    const sid = top[key];
    if (typeof sid === 'number') strings[sid] = cff.string(sid) ?? '';
  }
  let fdRanges: [number, number][] | null = null;
  let fdEnd = top.CharStrings.length;
  const select = top.FDSelect;
  if (select?.version === 0 && select.fds) {
    fdRanges = [];
    select.fds.forEach((fd, gid) => {
      if (!fdRanges!.length || fdRanges![fdRanges!.length - 1]![1] !== fd) fdRanges!.push([gid, fd]);
    });
  } else if (select?.ranges) {
    fdRanges = select.ranges.map((r) => [r.first, r.fd]);
    fdEnd = select.sentinel ?? fdEnd;
  }
  return {
    hdrSize: cff.hdrSize,
    name: cff.nameIndex[0]!,
    isCIDFont: cff.isCIDFont,
    topDict: plain(top, POINTERS),
    strings,
    charStrings: indexStart(data, top.CharStrings)!,
    globalSubrs: indexStart(data, cff.globalSubrIndex),
    fdArray: top.FDArray
      ? top.FDArray.map((fd) => {
          const p = privateOf(data, fd.Private as Dict | null);
          return { dict: { ...plain(fd, new Set(['Private'])), Private: p?.dict ?? null }, subrs: p?.subrs ?? null };
        })
      : null,
    fdRanges,
    fdEnd,
    private: cff.isCIDFont ? null : privateOf(data, top.Private),
  };
}

/** Everything the metrics cache keeps of a face; `data` is the file fontkit parsed it from. */
export function measureFace(font: fontkit.Font, data: Uint8Array): FaceMetrics {
  const f = font as unknown as fontkit.Font & Internals;
  const codePoints = Uint32Array.from(font.characterSet).sort();
  const glyphs = new Uint16Array(codePoints.length);
  const advances = new Uint16Array(codePoints.length);
  const metrics = f.hmtx.metrics;
  const advanceOf = (gid: number) => (gid < metrics.length ? metrics.get(gid).advance : metrics.length ? metrics.get(metrics.length - 1).advance : 0);
  const inks: Record<string, InkBox | null> = {};
  codePoints.forEach((cp, i) => {
    const gid = f._cmapProcessor.lookup(cp);
    glyphs[i] = gid;
    advances[i] = advanceOf(gid);
    if (WANTS_INK.test(String.fromCodePoint(cp))) {
      const b = font.getGlyph(gid).bbox;
      inks[cp] = Number.isFinite(b.minX) && b.maxX > b.minX ? [b.minX, b.minY, b.maxX, b.maxY] : null;
    }
  });
  const os2 = f['OS/2'];
  const cff = f['CFF '];
  let cffData: CffRecord | null = null;
  if (cff && !f.CFF2 && cff.version < 2) {
    try {
      cffData = cffRecord(data, cff);
    } catch {
      cffData = null; // an unusual layout: the renderer parses this face with fontkit instead
    }
  }
  const bbox = font.bbox;
  const record: FaceRecord = {
    postscriptName: font.postscriptName,
    familyName: font.familyName,
    unitsPerEm: font.unitsPerEm,
    typoAscender: os2?.typoAscender ?? font.ascent,
    typoDescender: os2?.typoDescender ?? font.descent,
    pdf: {
      ascent: font.ascent,
      descent: font.descent,
      lineGap: font.lineGap,
      xHeight: font.xHeight,
      capHeight: font.capHeight,
      italicAngle: font.italicAngle,
      bbox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY],
      isFixedPitch: Boolean(f.post.isFixedPitch),
      sFamilyClass: os2?.sFamilyClass ?? 0,
      italic: Boolean(f.head.macStyle.italic),
      checkSumAdjustment: f.head.checkSumAdjustment,
    },
    notdefAdvance: advanceOf(0),
    inks,
    outlines: cffData ? 'cff' : 'other',
    cff: cffData,
  };
  return { record, codePoints, glyphs, advances };
}
