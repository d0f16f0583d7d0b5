/**
 * The fonts of one PDF. Each face is registered with pdfkit once: roles that share a face share
 * one embedded subset, and a fallback face that is also some role's own face uses that role's.
 * Fallback faces are registered when a run first uses them.
 *
 * (Deflating the subsets on libuv's thread pool while the pages are drawn was tried and measured:
 * zlib's asynchronous stream machinery cost the main thread most of what the deflate saved, and
 * the process ~18 ms more CPU in all — no faster cold build, and slower archives. pdfkit deflates
 * the subsets as it always has.)
 */
import type { FontRole } from '../model/issue.js';
import type { FontSet } from '../fonts/fontset.js';
import type { Face } from '../fonts/face.js';
import type { GlyphRun } from '../page/display.js';
import { embeddable } from './cached-font.js';

export class DocumentFonts {
  /** Registered names. */
  private readonly registered = new Set<string>();
  private readonly roleName = new Map<FontRole, string>();
  /** Face key of each role's own face → the name it is registered under. */
  private readonly primaryName: Map<string, string>;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly fonts: FontSet,
  ) {
    for (const [role, face] of Object.entries(fonts) as [FontRole, Face][]) {
      const name = face.postscriptName;
      if (!this.registered.has(name)) this.register(name, face);
      this.roleName.set(role, name);
    }
    this.primaryName = new Map(Object.values(fonts).map((f) => [f.key, f.postscriptName]));
  }

  private register(name: string, face: Face): void {
    this.pdf.registerFont(name, embeddable(face) as unknown as string);
    this.registered.add(name);
  }

  /** The name a run is drawn with: its role's face, or the fallback face it is set in. */
  nameOf(run: GlyphRun): string {
    if (!run.face) return this.roleName.get(run.font)!;
    const key = run.face;
    const primary = this.primaryName.get(key);
    if (primary) return primary; // also a role's own face: one subset
    if (!this.registered.has(key)) this.register(key, this.fonts[run.font].fallbacks!.find((f) => f.key === key)!);
    return key;
  }
}
