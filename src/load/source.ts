/**
 * A parsed YAML source that can say where any value of it sits: zod paths are walked through the
 * YAML nodes to an offset, and the offset turned into line:column by yaml's LineCounter.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface SourceFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export interface Position {
  line: number;
  column: number;
  length: number;
}

export function parseSource(file: string, text: string): { source: SourceFile; errors: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, customTags: [] });
  const errors: Diagnostic[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return {
      severity: 'error',
      file,
      line: pos.line,
      column: pos.col,
      length: Math.max(1, e.pos[1] - e.pos[0]),
      message: `YAML: ${e.message.split('\n')[0]}`,
    };
  });
  return { source: { file, text, doc, lines }, errors };
}

/** The node at `path`, or the deepest existing ancestor (a missing key points at its mapping). */
export function nodeAt(source: SourceFile, path: readonly (string | number | symbol)[]): { node: Node | null; keyNode?: Node; exact: boolean } {
  let node: unknown = source.doc.contents;
  let keyNode: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return { node: node as Node, exact: false };
      keyNode = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      keyNode = undefined;
      node = node.items[step];
    } else {
      return { node: (node as Node) ?? null, exact: false };
    }
  }
  return { node: (node as Node) ?? null, ...(keyNode ? { keyNode } : {}), exact: true };
}

export function positionOf(source: SourceFile, node: Node | null | undefined): Position {
  const range = node?.range;
  if (!range) return { line: 1, column: 1, length: 1 };
  const pos = source.lines.linePos(range[0]);
  // Underline the value on its first line only.
  const end = source.text.indexOf('\n', range[0]);
  const stop = Math.min(range[1], end === -1 ? range[1] : end);
  return { line: pos.line, column: pos.col, length: Math.max(1, stop - range[0]) };
}
