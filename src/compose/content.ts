/**
 * The content kinds of an article's paragraph list become blocks: photos (one or a row), editor's
 * notes, source lines, sub-headings, quotations; plain text stays a body paragraph. Also the
 * contents list (本期要目) built from the article titles.
 */
import { kindOf, levelOfNumbering, type ContentItem, type ContentKind, type ParagraphItem, type Width } from '../model/content.js';
import type { Issue } from '../model/issue.js';
import type { SourcePath } from './blocks.js';
import { normaliseText, titleOf } from './normalise.js';

/** One photo as the issue names it: the path as written (relative to the YAML file). */
export interface PhotoRef {
  file: string;
  caption?: string;
  /** Path of the file's value in the issue, for errors and warnings. */
  path: SourcePath;
}

export type ContentBlock =
  | { kind: 'image'; photos: PhotoRef[]; width?: Width; fixed: boolean; path: SourcePath }
  | { kind: 'note'; label: string; text: string; path: SourcePath }
  | { kind: 'source'; text: string; path: SourcePath }
  | { kind: 'subheading'; level: 1 | 2 | 3 | 4; text: string; path: SourcePath }
  | { kind: 'quote'; text: string; path: SourcePath }
  | { kind: 'contents'; titles: string[]; titlePaths: SourcePath[]; path: SourcePath };

export const NOTE_LABEL = '编者按';

/** 漯河市科协 → （漯河市科协）; a source already in brackets is kept as written. */
export function sourceLine(text: string): string {
  const t = normaliseText(text);
  return /^[（(].*[）)]$/u.test(t) ? t.replace(/^\(/u, '（').replace(/\)$/u, '）') : `（${t}）`;
}

/** How a content kind becomes a block: the kind of block it makes, and how it makes it. */
export interface Composer<K extends ContentKind> {
  block: ContentBlock['kind'];
  compose: (item: ContentItem<K>, path: SourcePath) => ContentBlock;
}

/** Each content kind's composer; the type makes a kind of the model's list without one fail to compile. */
export const COMPOSERS: { [K in ContentKind]: Composer<K> } = {
  image: {
    block: 'image',
    compose: (item, path) => {
      const photo: PhotoRef = { file: item.image, path: [...path, 'image'], ...(item.caption ? { caption: normaliseText(item.caption) } : {}) };
      return { kind: 'image', photos: [photo], ...(item.width !== undefined ? { width: item.width } : {}), fixed: item.fixed ?? false, path };
    },
  },
  images: {
    block: 'image',
    compose: (item, path) => {
      const photos = item.images.map((p, i): PhotoRef => ({
        file: p.image,
        path: [...path, 'images', i, 'image'],
        ...(p.caption ? { caption: normaliseText(p.caption) } : {}),
      }));
      return { kind: 'image', photos, ...(item.width !== undefined ? { width: item.width } : {}), fixed: item.fixed ?? false, path };
    },
  },
  note: { block: 'note', compose: (item, path) => ({ kind: 'note', label: normaliseText(item.label ?? NOTE_LABEL), text: normaliseText(item.note), path: [...path, 'note'] }) },
  source: { block: 'source', compose: (item, path) => ({ kind: 'source', text: sourceLine(item.source), path: [...path, 'source'] }) },
  subheading: {
    block: 'subheading',
    compose: (item, path) => {
      const text = normaliseText(item.subheading);
      return { kind: 'subheading', level: (item.level as 1 | 2 | 3 | 4 | undefined) ?? levelOfNumbering(text) ?? 1, text, path: [...path, 'subheading'] };
    },
  },
  quote: { block: 'quote', compose: (item, path) => ({ kind: 'quote', text: normaliseText(item.quote), path: [...path, 'quote'] }) },
};

function composeKind<K extends ContentKind>(kind: K, item: ContentItem<K>, path: SourcePath): ContentBlock {
  return (COMPOSERS[kind] as Composer<K>).compose(item, path);
}

export function contentBlock(item: Exclude<ParagraphItem, string>, path: SourcePath): ContentBlock {
  const kind = kindOf(item);
  return composeKind(kind, item as ContentItem<typeof kind>, path);
}

/** The 本期要目 list: every article title, in order. */
export function contentsBlock(issue: Issue): ContentBlock | undefined {
  if (!issue.contents) return undefined;
  const entries = issue.columns.flatMap((c, ci) =>
    c.articles.flatMap((a, ai) => (a.title ? [{ title: titleOf(a.title).text, path: ['columns', ci, 'articles', ai, 'title'] }] : [])),
  );
  if (!entries.length) return undefined;
  return { kind: 'contents', titles: entries.map((e) => e.title), titlePaths: entries.map((e) => e.path), path: ['contents'] };
}

/** Every photo an issue names, in order of appearance, with where it is named. */
export function photosOf(issue: Issue): PhotoRef[] {
  const out: PhotoRef[] = [];
  issue.columns.forEach((column, c) =>
    column.articles.forEach((article, a) =>
      article.paragraphs.forEach((p, k) => {
        if (typeof p === 'string') return;
        const block = contentBlock(p, ['columns', c, 'articles', a, 'paragraphs', k]);
        if (block.kind === 'image') out.push(...block.photos);
      }),
    ),
  );
  return out;
}
