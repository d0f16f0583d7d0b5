/**
 * A parsed YAML source that can say where any value of it sits: zod paths are walked through the
 * YAML nodes to an offset, and the offset turned into line:column by yaml's LineCounter.
 * Parsing is defensive: syntax errors, custom tags, non-text keys, deep nesting and alias bombs all
 * become positioned diagnostics, never exceptions.
 */
import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_DEPTH, yamlErrorDiagnostic } from './yaml-errors.js';

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

/**
 * The longest text one value may hold, in characters: about 32 pages of body text in a paragraph.
 * A bulletin runs to a few pages; beyond this layout time grows for nothing.
 */
export const MAX_TEXT_LENGTH = 20_000;

/** Aliases (*name) a file may expand; a legitimate issue needs a handful at most. */
export const MAX_ALIAS_COUNT = 100;

/** Tags a value may carry explicitly: YAML's core ones (`!!str 14` is fine; `!foo`, `!!binary` are not). */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

/** YAML errors that are what they say wherever they occur, not echoes of an earlier one. */
const RELIABLE = new Set(['TAB_AS_INDENT', 'DUPLICATE_KEY']);

/** YAML errors after which the document still has a meaning worth validating (and reporting on). */
const RECOVERABLE = new Set(['DUPLICATE_KEY']);

/**
 * The parsed source and its problems; `fatal` when the document cannot be trusted (a syntax error):
 * with only recoverable ones (a duplicate key) it can still be validated, to report everything at once.
 */
export function parseSource(file: string, text: string): { source: SourceFile; errors: Diagnostic[]; fatal: boolean } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, customTags: [], schema: 'core' });
  const source = { file, text, doc, lines };
  // After the first syntax error the parser's view of the rest is unreliable: report it, and after
  // it only the errors that stand on their own (tabs, duplicate keys), one a line.
  const firstFatal = doc.errors.findIndex((e) => !RELIABLE.has(e.code));
  const errors: Diagnostic[] = doc.errors
    .filter((e, i) => i <= firstFatal || firstFatal === -1 || RELIABLE.has(e.code))
    .map((e) => yamlErrorDiagnostic(file, text, doc, lines, e))
    .filter((d, i, all) => all.findIndex((o) => o.line === d.line) === i);
  const fatal = doc.errors.some((e) => !RECOVERABLE.has(e.code));
  if (fatal) return { source, errors, fatal };
  const structure = structureErrors(source);
  return { source, errors: [...errors, ...structure], fatal: structure.length > 0 };
}

function tagPlace(source: SourceFile, bang: number, value: number): { line: number; column: number; length: number } {
  const p = source.lines.linePos(bang);
  const tag = /^\S+/u.exec(source.text.slice(bang, value))?.[0] ?? '!';
  return { line: p.line, column: p.col, length: tag.length };
}

/** Tags, non-text keys, nesting deeper than MAX_DEPTH and aliases without an anchor: walked without recursion. */
function structureErrors(source: SourceFile): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const at = (node: Node, length?: number) => {
    const pos = positionOf(source, node);
    return { file: source.file, line: pos.line, column: pos.column, length: length ?? pos.length };
  };
  const stack: { node: unknown; depth: number }[] = [{ node: source.doc.contents, depth: 0 }];
  let tooDeep = false;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node)) {
      if (!node.resolve(source.doc)) errors.push(diagnostic(at(node), 'yaml-alias-unknown', { name: node.source }));
      continue;
    }
    if (!isScalar(node) && !isCollection(node)) continue;
    if (node.tag && !CORE_TAGS.has(node.tag)) {
      // Underline the tag itself: the last `!` before the value on its line.
      const start = node.range![0];
      let bang = source.text.lastIndexOf('!', start);
      while (bang > 0 && !/\s/u.test(source.text[bang - 1]!)) bang--;
      const sameLine = bang !== -1 && !source.text.slice(bang, start).includes('\n');
      const place = sameLine ? { ...at(node), ...tagPlace(source, bang, start) } : at(node);
      errors.push(diagnostic(place, 'yaml-tag', { tag: node.tag.replace(/^tag:yaml\.org,2002:/u, '!!') }));
    }
    if (isScalar(node) && typeof node.value === 'string' && node.value.length > MAX_TEXT_LENGTH) {
      errors.push(diagnostic(at(node), 'text-too-long', { length: node.value.length, limit: MAX_TEXT_LENGTH }, { hint: { id: 'hint-split-text', params: {} } }));
    }
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) {
      if (!tooDeep) errors.push(diagnostic(at(node, 1), 'yaml-too-deep', { limit: MAX_DEPTH }));
      tooDeep = true;
      continue;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        if (isCollection(item.key)) errors.push(diagnostic(at(item.key, 1), 'yaml-key-not-text'));
        else if (isScalar(item.key)) stack.push({ node: item.key, depth: depth + 1 });
        stack.push({ node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return errors;
}

/** The plain value of a source (aliases expanded, at most MAX_ALIAS_COUNT of them). */
export function valueOf(source: SourceFile): { value: unknown; errors: Diagnostic[] } {
  try {
    return { value: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, errors: [] };
  } catch (e) {
    // The only things toJS throws on a document without errors are about aliases.
    let alias: Node | undefined;
    const stack: unknown[] = [source.doc.contents];
    while (stack.length && !alias) {
      const n = stack.pop();
      if (isAlias(n)) alias = n;
      else if (isPair(n)) stack.push(n.value, n.key);
      else if (isCollection(n)) stack.push(...[...n.items].reverse());
    }
    const pos = positionOf(source, alias);
    const place = { file: source.file, line: pos.line, column: pos.column, length: pos.length };
    const excessive = /alias count|resource exhaustion/iu.test((e as Error).message);
    return { value: undefined, errors: [diagnostic(place, excessive ? 'yaml-alias-bomb' : 'yaml-syntax', excessive ? { limit: MAX_ALIAS_COUNT } : { detail: (e as Error).message })] };
  }
}

/** The node at `path`, or the deepest existing ancestor (a missing key points at its mapping). */
export function nodeAt(source: SourceFile, path: readonly (string | number | symbol)[]): { node: Node | null; keyNode?: Node; exact: boolean } {
  let node: unknown = source.doc.contents;
  let keyNode: Node | undefined;
  for (const step of path) {
    if (isAlias(node)) node = node.resolve(source.doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return { node: node as Node, ...(keyNode ? { keyNode } : {}), exact: false };
      keyNode = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      keyNode = undefined;
      node = node.items[step];
    } else {
      return { node: (node as Node) ?? null, ...(keyNode ? { keyNode } : {}), exact: false };
    }
  }
  return { node: (node as Node) ?? null, ...(keyNode ? { keyNode } : {}), exact: true };
}

/** Line `line` (1-based) of the source as it was read, without its line break. */
export function lineTextOf(source: SourceFile, line: number): string | undefined {
  const start = source.lines.lineStarts[line - 1];
  if (start === undefined) return undefined;
  const next = source.lines.lineStarts[line];
  return source.text.slice(start, next === undefined ? source.text.length : next).replace(/\r?\n$/u, '');
}

/** The diagnostics, each that points into one of `sources` carrying its line as read (what the printer shows under it). */
export function withLineTexts(diags: Diagnostic[], sources: readonly (SourceFile | undefined)[]): Diagnostic[] {
  return diags.map((d) => {
    const source = d.line > 0 && d.lineText === undefined ? sources.find((s) => s?.file === d.file) : undefined;
    const lineText = source && lineTextOf(source, d.line);
    return lineText === undefined ? d : { ...d, lineText };
  });
}

export function positionOf(source: SourceFile, node: Node | null | undefined): Position {
  const range = node?.range;
  if (!range) return { line: 1, column: 1, length: 1 };
  if (range[0] === range[1] && isScalar(node) && node.value === null) {
    // An empty list item (`-` and nothing): its dash.
    let i = range[0] - 1;
    while (i >= 0 && (source.text[i] === ' ' || source.text[i] === '\t')) i--;
    if (source.text[i] === '-') {
      const dash = source.lines.linePos(i);
      return { line: dash.line, column: dash.col, length: 1 };
    }
  }
  const pos = source.lines.linePos(range[0]);
  // Underline the value on its first line only.
  const end = source.text.indexOf('\n', range[0]);
  const stop = Math.min(range[1], end === -1 ? range[1] : end);
  return { line: pos.line, column: pos.col, length: Math.max(1, stop - range[0]) };
}
