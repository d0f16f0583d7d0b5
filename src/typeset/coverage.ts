/**
 * Font coverage as the typesetter finds it: while it turns text into glyph boxes (boxes.ts) it
 * knows, for every character, whether the style's face sets it, which fallback face does, or that
 * none does — and it reports those characters here, with where they were written. Nothing else
 * re-derives which face a kind of text is set in. The build turns the reports into warnings and
 * errors (build/coverage.ts).
 */
import type { SourcePath } from '../compose/blocks.js';
import type { Face } from '../fonts/face.js';
import type { FontRole } from '../model/issue.js';

export interface Uncovered {
  ch: string;
  role: FontRole;
  path: SourcePath;
  /** The value's text as the typesetter set it, and the character's UTF-16 offset there. */
  text: string;
  offset: number;
  /** The fallback face that sets it, or undefined when no face of the role's chain has it. */
  servedBy?: Face;
  /** A control character (C0, DEL, C1): never printable, whatever the fonts map it to. */
  control?: true;
}

/** Collects what the typesetter reports, each character of each value once (a photo block is set at several sizes). */
export class CoverageSink {
  readonly found: Uncovered[] = [];
  private readonly seen = new Set<string>();

  report(u: Uncovered): void {
    const key = `${JSON.stringify(u.path)}|${u.offset}|${u.role}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.found.push(u);
  }
}

/** C0 controls (line breaks and tabs are gone by now), DEL and the C1 controls. */
export const isControl = (cp: number): boolean => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
