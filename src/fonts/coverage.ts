/**
 * Which characters of the composed text a role's face cannot draw: those a fallback face serves
 * (the build warns), and those no face of the chain has (pdfkit would print an empty box: an error).
 */
import type { Block, SourcePath } from '../compose/blocks.js';
import type { FontRole } from '../model/issue.js';
import type { Face } from './face.js';
import type { FontSet } from './fontset.js';
import { contentTexts } from '../compose/content.js';

export interface Uncovered {
  ch: string;
  role: FontRole;
  path: SourcePath;
  /** The block's text the character is in, and its UTF-16 offset there. */
  text: string;
  offset: number;
  /** The fallback face that sets it, or undefined when no face of the role's chain has it. */
  servedBy?: Face;
  /** A control character (C0, DEL, C1): never printable, whatever the fonts map it to. */
  control?: true;
}

/** C0 controls (line breaks and tabs are gone by now), DEL and the C1 controls. */
const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);

function check(text: string, role: FontRole, fonts: FontSet, path: SourcePath, out: Uncovered[]): void {
  let offset = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isControl(cp)) out.push({ ch, role, path, text, offset, control: true });
    else if (cp > 0x20 && cp !== 0x3000 && !fonts[role].has(cp)) {
      const servedBy = fonts[role].fallbacks?.find((f) => f.has(cp));
      out.push({ ch, role, path, text, offset, ...(servedBy ? { servedBy } : {}) });
    }
    offset += ch.length;
  }
}

export function uncoveredCharacters(blocks: Block[], fonts: FontSet): Uncovered[] {
  const out: Uncovered[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'masthead':
        check(b.masthead.name, 'masthead', fonts, [...b.path, 'name'], out);
        check(b.masthead.office, 'body', fonts, [...b.path, 'office'], out);
        b.masthead.marks.forEach((m, i) => check(m, 'heading', fonts, [...b.path, 'marks', i], out));
        break;
      case 'heading':
        check(b.text, 'heading', fonts, b.path, out);
        break;
      case 'title':
        check(b.text, 'title', fonts, b.path, out);
        break;
      case 'paragraph':
        check(b.text, 'body', fonts, b.path, out);
        break;
      case 'footer':
        b.footer.items.forEach((item) => check(item.text, 'footer', fonts, [...b.path, item.label], out));
        break;
    }
    // Notes, captions, sources, sub-headings, quotes, 本期要目 and **emphasis** (issue 7).
    if (b.kind !== 'masthead' && b.kind !== 'heading' && b.kind !== 'title' && b.kind !== 'footer') {
      for (const t of contentTexts(b)) check(t.text, t.role, fonts, t.path, out);
    }
  }
  return out;
}
