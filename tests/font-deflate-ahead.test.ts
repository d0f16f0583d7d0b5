/**
 * Font subsets planned from the display list and deflated on the thread pool while pages are drawn
 * (src/render/document-fonts.ts, deflated-font-file.ts). The oracle is pdfkit embedding fontkit's
 * parsed fonts itself — encoding each subset when the document ends and deflating it with
 * zlib.deflateSync: the PDF must be that one, byte for byte, whether the plan holds or not.
 */
import zlib from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUNDLED_FONTS } from '../src/fonts/bundled.js';
import { openFace, openFontkitFace } from '../src/fonts/face.js';
import type { FontSet } from '../src/fonts/fontset.js';
import { FONT_ROLES } from '../src/model/issue.js';
import { loadIssue } from '../src/load/issue.js';
import { checkIssue } from '../src/build/pipeline.js';
import type { LaidOutDocument } from '../src/page/display.js';
import { DocumentFonts } from '../src/render/document-fonts.js';
import { renderPdf } from '../src/render/pdf.js';
import { SEED } from './helpers.js';

const set = (open: typeof openFace): FontSet =>
  Object.fromEntries(FONT_ROLES.map((r) => [r, open(BUNDLED_FONTS[r].file, BUNDLED_FONTS[r].postscriptName)])) as FontSet;

/** A CFF table begins with major version 1, minor 0 (the CFF spec, §6): what an embedded subset is. */
const isCff = (bytes: Uint8Array) => bytes[0] === 1 && bytes[1] === 0 && bytes.length > 100;
/** A ToUnicode CMap begins by finding the CIDInit procedure set (Adobe TN 5411). */
const isCmap = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 8)).toString('latin1') === '/CIDInit';

/** Renders, counting the CFF tables and ToUnicode maps pdfkit deflates itself (zlib.deflateSync, on the main thread). */
async function render(doc: LaidOutDocument, fonts: FontSet): Promise<{ pdf: Buffer; cffDeflatedSync: number; cmapsDeflatedSync: number }> {
  const spy = vi.spyOn(zlib, 'deflateSync');
  try {
    const pdf = await renderPdf(doc, fonts);
    const inputs = spy.mock.calls.map(([input]) => input as Uint8Array);
    return { pdf, cffDeflatedSync: inputs.filter(isCff).length, cmapsDeflatedSync: inputs.filter(isCmap).length };
  } finally {
    spy.mockRestore();
  }
}

describe('font subsets deflated ahead', () => {
  let cached: FontSet;
  let doc: LaidOutDocument;
  let oracle: Awaited<ReturnType<typeof render>>;
  beforeAll(async () => {
    cached = set(openFace);
    const parsed = set(openFontkitFace);
    const loaded = loadIssue(SEED);
    doc = checkIssue(loaded, cached).document;
    oracle = await render(checkIssue(loaded, parsed).document, parsed);
  });
  afterEach(() => vi.restoreAllMocks());

  it('embeds every subset and its ToUnicode map deflated off the main thread, the same bytes as pdfkit deflating them', async () => {
    // The oracle's fonts are deflated by pdfkit: four faces in the seed (body, heading, title, page numbers).
    expect(oracle.cffDeflatedSync).toBeGreaterThanOrEqual(4);
    expect(oracle.cmapsDeflatedSync).toBe(oracle.cffDeflatedSync);
    const ahead = await render(doc, cached);
    expect(ahead.cffDeflatedSync).toBe(0);
    expect(ahead.cmapsDeflatedSync).toBe(0);
    expect(ahead.pdf.equals(oracle.pdf)).toBe(true);
  });

  it('leaves a subset that grew after its plan to pdfkit: the same bytes', async () => {
    // The plan sees only the first page: the faces drawn later have glyphs it never met.
    const plan = DocumentFonts.prototype.plan;
    vi.spyOn(DocumentFonts.prototype, 'plan').mockImplementation(function (this: DocumentFonts, d: LaidOutDocument) {
      return plan.call(this, { ...d, pages: d.pages.slice(0, 1) });
    });
    const grown = await render(doc, cached);
    expect(grown.cffDeflatedSync).toBeGreaterThan(0);
    expect(grown.cmapsDeflatedSync).toBe(grown.cffDeflatedSync); // a grown subset's glyphs stand for more characters than planned
    expect(grown.pdf.equals(oracle.pdf)).toBe(true);
  });
});
