/**
 * The article added to the YAML through the yaml package's Document API, so that what the
 * editor wrote — comments, blank lines, quoting — stays as it was. The article goes at the end of
 * its column (created at the end of the issue when new); what was left out of the contribution is
 * said in comments at its place, and a comment before the article names the file it came from.
 */
import { isMap, isSeq, type Document, type Node, YAMLMap, YAMLSeq } from 'yaml';
import type { Article } from './recognise.js';

export interface Placed {
  column: string;
  newColumn: boolean;
  /** 1-based positions, as an editor counts. */
  columnNumber: number;
  articleNumber: number;
}

/** A paragraph item in the issue format; undefined for a piece that only leaves a comment. */
function itemOf(piece: Article['pieces'][number], photoRefs: Map<number, string>, pieceIndex: number): unknown {
  switch (piece.kind) {
    case 'paragraph':
      return piece.text;
    case 'subheading':
      return piece.level !== undefined ? { subheading: piece.text, level: piece.level } : { subheading: piece.text };
    case 'note':
      return { note: piece.text };
    case 'source':
      return { source: piece.text };
    case 'photo': {
      const ref = photoRefs.get(pieceIndex);
      if (ref === undefined) return undefined;
      return piece.caption ? { image: ref, caption: piece.caption } : { image: ref };
    }
    case 'left-out':
      return undefined;
  }
}

/**
 * Adds `article` to `doc`, with the comment `from` before it. `photoRefs`: the YAML path of each photo piece that was saved (by piece
 * index); `leftOut`: a comment for each piece index not turned into an item.
 */
export function addArticle(
  doc: Document,
  article: Article,
  opts: { column?: string; from: string; photoRefs: Map<number, string>; leftOut: Map<number, string> },
): Placed {
  let columns = doc.get('columns', true) as Node | undefined;
  if (!isSeq(columns)) {
    columns = new YAMLSeq();
    doc.delete('columns');
    // A blank line before `columns:`, as the issues are written.
    const key = doc.createNode('columns');
    key.spaceBefore = true;
    (doc.contents as YAMLMap).items.push(doc.createPair(key, columns));
  }
  const seq = columns as YAMLSeq;
  const headingOf = (c: unknown) => (isMap(c) ? String(c.get('heading') ?? '') : '');
  let index = opts.column === undefined ? seq.items.length - 1 : seq.items.findIndex((c) => headingOf(c) === opts.column);
  let newColumn = false;
  if (index === -1) {
    const column = doc.createNode({ heading: opts.column, articles: [] }) as YAMLMap;
    if (seq.items.length) column.spaceBefore = true;
    seq.items.push(column);
    index = seq.items.length - 1;
    newColumn = true;
  }
  const column = seq.items[index] as YAMLMap;
  let articles = column.get('articles', true) as Node | undefined;
  if (!isSeq(articles)) {
    articles = new YAMLSeq();
    column.set('articles', articles);
  }
  const paragraphs: unknown[] = [];
  const comments: { at: number; text: string }[] = [];
  article.pieces.forEach((piece, k) => {
    const item = itemOf(piece, opts.photoRefs, k);
    if (item === undefined) comments.push({ at: paragraphs.length, text: opts.leftOut.get(k) ?? '' });
    else paragraphs.push(item);
  });
  const node = doc.createNode(article.title ? { title: article.title.text, paragraphs } : { paragraphs }) as YAMLMap;
  node.commentBefore = ` ${opts.from}`;
  const list = node.get('paragraphs', true) as unknown as YAMLSeq;
  for (const c of comments) {
    const target = list.items[c.at] as Node | undefined;
    if (target) target.commentBefore = target.commentBefore ? `${target.commentBefore}\n ${c.text}` : ` ${c.text}`;
    else list.comment = list.comment ? `${list.comment}\n ${c.text}` : ` ${c.text}`;
  }
  (articles as YAMLSeq).items.push(node);
  return { column: headingOf(column), newColumn, columnNumber: index + 1, articleNumber: (articles as YAMLSeq).items.length };
}

/**
 * The document as text. yaml re-spaces comments after values (`key: v   # note` → `key: v # note`):
 * lines that differ from the original only so are put back as the editor aligned them.
 */
export function textOf(doc: Document, original = ''): string {
  const squeeze = (l: string) => l.replace(/\s+#/u, ' #');
  const aligned = new Map<string, string>();
  for (const line of original.split('\n')) if (/\s#/u.test(line)) aligned.set(squeeze(line), line);
  return doc
    .toString({ lineWidth: 0 })
    .split('\n')
    .map((line) => aligned.get(line) ?? line)
    .join('\n');
}
