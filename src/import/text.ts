/**
 * A plain-text contribution (.txt, or a WeChat post pasted into a file). Paragraphs are separated
 * by blank lines when the file has any — then the lines inside a paragraph are manual line breaks,
 * joined by the normaliser — and are one a line otherwise. UTF-8, or GBK as Windows Notepad saves.
 */
import { readFileSync } from 'node:fs';
import type { Block, Contribution } from './blocks.js';

/** UTF-8 (with or without BOM), else GB18030 (GBK's superset), else UTF-16 with its BOM. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Paragraphs of a text: blank-line separated when there are blank lines, else one a line. */
export function paragraphsOf(text: string): string[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const blank = (l: string) => /^[\s\u3000]*$/u.test(l);
  const hasBlank = lines.some((l, i) => blank(l) && i > 0 && i < lines.length - 1 && !blank(lines[i - 1]!));
  if (!hasBlank) return lines.filter((l) => !blank(l));
  const out: string[] = [];
  let current: string[] = [];
  for (const l of lines) {
    if (blank(l)) {
      if (current.length) out.push(current.join('\n'));
      current = [];
    } else {
      current.push(l);
    }
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

export function readText(file: string): Contribution {
  const blocks: Block[] = paragraphsOf(decodeText(readFileSync(file))).map((text, i) => ({
    kind: 'text',
    n: i + 1,
    runs: [{ text, bold: false }],
    centred: false,
  }));
  return { file, blocks, notes: [] };
}
