/**
 * A Markdown contribution: `#` the title, blank-line separated paragraphs (their inner line breaks
 * joined by the normaliser), `**bold**`, `![caption](photo.jpg)` photos (relative to the file),
 * `>` quotations taken as text. Tables, code blocks and rules are reported, not imported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block, Contribution, Run } from './blocks.js';
import { decodeText, paragraphsOf } from './text.js';

/** `**bold**` stretches as runs. */
export function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  text.split(/(\*\*[^*]+\*\*)/u).forEach((part) => {
    if (!part) return;
    const bold = /^\*\*[^*]+\*\*$/u.test(part);
    runs.push({ text: bold ? part.slice(2, -2) : part, bold });
  });
  return runs;
}

const CONTENT_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif' };

export function readMarkdown(file: string): Contribution {
  const blocks: Block[] = [];
  // Blank-line separated blocks (a file without blank lines: one a line, as pasted text).
  const chunks = paragraphsOf(decodeText(readFileSync(file)));
  chunks.forEach((chunk, i) => {
    const n = i + 1;
    const photo = /^!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)\s*$/u.exec(chunk.trim());
    if (photo) {
      const where = path.resolve(path.dirname(file), decodeURI(photo[2]!));
      let bytes: Buffer;
      try {
        bytes = readFileSync(where);
      } catch {
        blocks.push({ kind: 'other', n, what: `missing photo ${photo[2]}`, text: photo[1] ?? '' });
        return;
      }
      const contentType = CONTENT_TYPES[path.extname(where).toLowerCase()] ?? 'application/octet-stream';
      blocks.push({ kind: 'photo', n, bytes, contentType, ...(photo[1] ? { caption: photo[1] } : {}) });
      return;
    }
    const lines = chunk.split('\n');
    if (lines.every((l) => /^\s*\|.*\|\s*$/u.test(l))) {
      const rows = lines.filter((l) => !/^\s*\|[\s:|-]+\|\s*$/u.test(l));
      const cols = Math.max(...rows.map((r) => r.trim().slice(1, -1).split('|').length));
      blocks.push({ kind: 'table', n, rows: rows.length, cols, text: rows.map((r) => r.trim().slice(1, -1).split('|').map((c) => c.trim()).join(' | ')).join(' / ') });
      return;
    }
    if (/^(```|~~~)/u.test(chunk) || /^\s*([-*_])(\s*\1){2,}\s*$/u.test(chunk)) {
      blocks.push({ kind: 'other', n, what: chunk.startsWith('`') || chunk.startsWith('~') ? 'code block' : 'horizontal rule', text: chunk.replace(/^(```|~~~).*\n?|\n?(```|~~~)\s*$/gu, '') });
      return;
    }
    const heading = /^(#{1,6})\s+(.*)$/su.exec(chunk);
    const body = (heading ? heading[2]! : chunk).replace(/^\s*>\s?/gmu, '').replace(/^\s*[-*+]\s+/gmu, '');
    blocks.push({ kind: 'text', n, runs: runsOf(body), centred: false, ...(heading ? { style: `Heading ${heading[1]!.length}` } : {}) });
  });
  return { file, blocks, notes: [] };
}
