/**
 * The texts of an issue file that print as prose — column headings, titles, paragraphs, and the
 * text fields of sub-headings, photos' captions, notes, quotations and sources — with their YAML
 * nodes, so a check can point into them. Read from the issue's own source: the series file holds
 * the masthead and the distribution list, which are names, not pasted prose.
 */
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { SourceFile } from '../load/source.js';

export type TextKind = 'heading' | 'title' | 'paragraph' | 'subheading' | 'caption' | 'note' | 'quote' | 'source';

export interface SourceText {
  kind: TextKind;
  node: Scalar;
  value: string;
}

const FIELDS: Record<string, TextKind> = { subheading: 'subheading', caption: 'caption', note: 'note', quote: 'quote', source: 'source' };

function push(out: SourceText[], kind: TextKind, node: unknown): void {
  if (isScalar(node) && typeof node.value === 'string') out.push({ kind, node, value: node.value });
}

function paragraphItem(out: SourceText[], item: unknown): void {
  if (isScalar(item)) return push(out, 'paragraph', item);
  if (!isMap(item)) return;
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (FIELDS[key]) push(out, FIELDS[key], pair.value);
    if (key === 'images' && isSeq(pair.value)) for (const photo of pair.value.items) if (isMap(photo)) push(out, 'caption', photo.get('caption', true));
  }
}

/** In source order. */
export function textsOf(source: SourceFile): SourceText[] {
  const out: SourceText[] = [];
  const columns = isMap(source.doc.contents) ? (source.doc.contents.get('columns', true) as Node | undefined) : undefined;
  if (!isSeq(columns)) return out;
  for (const column of columns.items) {
    if (!isMap(column)) continue;
    push(out, 'heading', column.get('heading', true));
    const articles = column.get('articles', true);
    if (!isSeq(articles)) continue;
    for (const article of articles.items) {
      if (!isMap(article)) continue;
      push(out, 'title', article.get('title', true));
      const paragraphs = article.get('paragraphs', true);
      if (isSeq(paragraphs)) for (const item of paragraphs.items) paragraphItem(out, item);
    }
  }
  return out;
}
