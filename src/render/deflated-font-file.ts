/**
 * A font subset pdfkit writes already deflated. pdfkit's EmbeddedFont.embed() makes the font file
 * as the first object of its embedding (`document.ref()`), ends it with `subset.encode()` and, as
 * the document is compressed, deflates it with zlib.deflateSync. When the subset was encoded and
 * deflated ahead (document-fonts.ts), that one object is given the finished stream instead, under
 * the keys pdfkit writes, in its order (/Length, then /Filter /FlateDecode): the same bytes, without
 * the deflate on the main thread. Its ToUnicode map, the last object embed() makes, likewise. Any
 * other stream — or a subset that grew after it was deflated, so `encode()` returns other bytes and
 * its glyphs other characters — is written by pdfkit as always.
 */

/** The parts of pdfkit's PDFReference this touches (pdfkit 0.x, js/pdfkit.js). */
interface Ref {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array): void;
  end(chunk?: Uint8Array): void;
  finalize(): void;
}
interface Doc {
  ref(data?: Record<string, unknown>): Ref;
}
/** pdfkit's EmbeddedFont, as kept in the document's font table once a page draws with it. */
interface Embedded {
  document: Doc;
  subset: unknown;
  embedded?: boolean;
  /** The code points of each glyph of the subset, filled as glyphs are encoded. */
  unicode: (readonly number[] | undefined)[];
  toUnicodeCmap(): Ref;
}

/** What was made ahead for a font: the subset's encoding and its ToUnicode map (the characters of each glyph), deflated. */
export interface Ahead {
  raw: Uint8Array;
  deflated: Uint8Array;
  unicode: readonly (readonly number[])[];
  cmap: Uint8Array;
}

/** Ends `ref` with `deflated` as its stream: the keys pdfkit writes for a stream it deflates, in its order. */
function endDeflated(ref: Ref, deflated: Uint8Array): void {
  ref.compress = false;
  ref.write(deflated);
  ref.data.Filter = 'FlateDecode';
  ref.finalize();
}

const sameUnicode = (a: Embedded['unicode'], b: Ahead['unicode']): boolean =>
  a.length === b.length && a.every((cps, i) => cps !== undefined && cps.length === b[i]!.length && cps.every((cp, k) => cp === b[i]![k]));

export function handOverDeflated(pdf: PDFKit.PDFDocument, name: string, subset: object, ahead: Ahead): void {
  const embedded = (pdf as unknown as { _fontFamilies: Record<string, Embedded | undefined> })._fontFamilies[name];
  if (!embedded || embedded.subset !== subset || embedded.embedded) return; // never drawn, or not this plan's subset
  const document = embedded.document;
  const view = Object.create(document as object) as Doc;
  view.ref = (data) => {
    embedded.document = document; // only the first object embed() makes is the font file
    const ref = document.ref(data);
    const end = ref.end;
    ref.end = (chunk) => (chunk === ahead.raw && ref.compress ? endDeflated(ref, ahead.deflated) : end.call(ref, chunk));
    return ref;
  };
  embedded.document = view;
  // The ToUnicode map, made last by embed(): deflated ahead when the glyphs stand for the characters the plan saw.
  if (!(pdf as unknown as { compress: boolean }).compress) return; // streams stay as they are: nothing deflated to hand over
  const toUnicodeCmap = embedded.toUnicodeCmap;
  embedded.toUnicodeCmap = function (this: Embedded) {
    if (!sameUnicode(this.unicode, ahead.unicode)) return toUnicodeCmap.call(this);
    const ref = this.document.ref();
    endDeflated(ref, ahead.cmap);
    return ref;
  };
}
