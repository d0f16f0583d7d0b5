/**
 * The fonts of one PDF. Each face is registered with pdfkit once: roles that share a face share
 * one embedded subset, and a fallback face that is also some role's own face uses that role's.
 *
 * The subsets of cached CFF faces are planned before any page is drawn: the display list says
 * which glyphs each face draws, in the order pdfkit meets them (run by run, segment by segment),
 * so each subset is filled and encoded up front and deflated on libuv's thread pool while the
 * pages are drawn on the main thread — the deflate, most of a font's cost, no longer waits for
 * the drawing; so is its ToUnicode map (to-unicode.ts), from the characters the plan met. zlib.deflate with pdfkit's settings makes the bytes pdfkit's deflateSync makes, and
 * pdfkit writes the finished stream as it is (deflated-font-file.ts). Were the drawing to use a
 * glyph the plan did not (it never should), that subset and its map are encoded and deflated by
 * pdfkit as before: the plan only ever saves time.
 */
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import type { FontRole } from '../model/issue.js';
import type { FontSet } from '../fonts/fontset.js';
import type { Face } from '../fonts/face.js';
import type { GlyphRun, LaidOutDocument } from '../page/display.js';
import { embeddable, plannedSubset, type PlannedSubset } from './cached-font.js';
import { handOverDeflated } from './deflated-font-file.js';
import { segments } from './page-text.js';
import { toUnicodeCmap } from './to-unicode.js';

const deflated = promisify(deflate);

interface Plan extends PlannedSubset {
  /** The subset as encoded before drawing, and those bytes deflated on the thread pool; its ToUnicode map likewise. */
  encoded?: { raw: Uint8Array; deflated: Promise<Buffer>; cmap: Promise<Buffer> };
}

export class DocumentFonts {
  /** Registered name → the font object pdfkit is given. */
  private readonly objects = new Map<string, object>();
  private readonly plans = new Map<string, Plan>();
  private readonly roleName = new Map<FontRole, string>();
  /** Face key of each role's own face → the name it is registered under. */
  private readonly primaryName: Map<string, string>;
  private pdf?: PDFKit.PDFDocument;

  constructor(private readonly fonts: FontSet) {
    for (const [role, face] of Object.entries(fonts) as [FontRole, Face][]) {
      const name = face.postscriptName;
      if (!this.objects.has(name)) this.add(name, face);
      this.roleName.set(role, name);
    }
    this.primaryName = new Map(Object.values(fonts).map((f) => [f.key, f.postscriptName]));
  }

  private add(name: string, face: Face): void {
    const planned = plannedSubset(face);
    if (planned) this.plans.set(name, planned);
    this.objects.set(name, planned?.font ?? embeddable(face));
    this.pdf?.registerFont(name, this.objects.get(name) as unknown as string);
  }

  /** The name a run is drawn with: its role's face, or the fallback face it is set in. */
  nameOf(run: GlyphRun): string {
    if (!run.face) return this.roleName.get(run.font)!;
    const key = run.face;
    const primary = this.primaryName.get(key);
    if (primary) return primary; // also a role's own face: one subset
    if (!this.objects.has(key)) this.add(key, this.fonts[run.font].fallbacks!.find((f) => f.key === key)!);
    return key;
  }

  /**
   * Fills each planned subset with the glyphs the document draws, in drawing order, encodes it and
   * starts its deflate (largest first: it takes longest).
   */
  plan(doc: LaidOutDocument): this {
    const used = new Set<Plan>();
    for (const page of doc.pages) {
      for (const item of page.items) {
        if (item.type !== 'text') continue;
        const plan = this.plans.get(this.nameOf(item));
        if (!plan) continue;
        used.add(plan);
        for (const seg of segments(item.glyphs)) plan.font.include(plan.subset, seg.glyphs);
      }
    }
    for (const plan of [...used].sort((a, b) => b.subset.glyphs.length - a.subset.glyphs.length)) {
      const raw = plan.subset.encode();
      // One output chunk (room for the raw bytes and zlib's overhead): one callback, not one per 16 KB.
      const cmap = deflated(Buffer.from(toUnicodeCmap(plan.subset.unicode), 'latin1'));
      plan.encoded = { raw, deflated: deflated(raw, { chunkSize: Math.max(16 * 1024, raw.length + 1024) }), cmap };
      // awaited in `ready`; a build failing before then must not leave them unhandled
      plan.encoded.deflated.catch(() => {});
      cmap.catch(() => {});
    }
    return this;
  }

  /** Registers the document's faces with pdfkit. */
  register(pdf: PDFKit.PDFDocument): void {
    this.pdf = pdf;
    for (const [name, font] of this.objects) pdf.registerFont(name, font as unknown as string);
  }

  /** After the drawing, before `pdf.end()`: the deflated subsets, handed to pdfkit's embedding. */
  async ready(): Promise<void> {
    for (const [name, plan] of this.plans) {
      if (!plan.encoded) continue;
      handOverDeflated(this.pdf!, name, plan.subset, { raw: plan.encoded.raw, deflated: await plan.encoded.deflated, unicode: plan.subset.unicode, cmap: await plan.encoded.cmap });
    }
  }
}
