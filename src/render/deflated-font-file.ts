/**
 * A font subset pdfkit writes already deflated. pdfkit's EmbeddedFont.embed() makes the font file
 * as the first object of its embedding (`document.ref()`), ends it with `subset.encode()` and, as
 * the document is compressed, deflates it with zlib.deflateSync. When the subset was encoded and
 * deflated ahead (document-fonts.ts), that one object is given the finished stream instead, under
 * the keys pdfkit writes, in its order (/Length, then /Filter /FlateDecode): the same bytes, without
 * the deflate on the main thread. Any other stream — or a subset that grew after it was deflated,
 * so `encode()` returns other bytes — is written by pdfkit as always.
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
}

export function handOverDeflated(pdf: PDFKit.PDFDocument, name: string, subset: object, raw: Uint8Array, deflated: Uint8Array): void {
  const embedded = (pdf as unknown as { _fontFamilies: Record<string, Embedded | undefined> })._fontFamilies[name];
  if (!embedded || embedded.subset !== subset || embedded.embedded) return; // never drawn, or not this plan's subset
  const document = embedded.document;
  const view = Object.create(document as object) as Doc;
  view.ref = (data) => {
    embedded.document = document; // only the first object embed() makes is the font file
    const ref = document.ref(data);
    const end = ref.end;
    ref.end = (chunk) => {
      if (chunk !== raw || !ref.compress) return end.call(ref, chunk);
      ref.compress = false;
      ref.write(deflated);
      ref.data.Filter = 'FlateDecode';
      ref.finalize();
    };
    return ref;
  };
  embedded.document = view;
}
