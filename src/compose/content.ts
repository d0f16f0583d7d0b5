/**
 * The content kinds of an article's paragraph list become blocks: photos (one or a row), editor's
 * notes, source lines, sub-headings, quotations; plain text stays a body paragraph. Also the
 * contents list (本期要目) built from the article titles.
 */
import { levelOfNumbering, type ParagraphItem, type Width } from '../model/content.js';
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

export function contentBlock(item: Exclude<ParagraphItem, string>, path: SourcePath): ContentBlock {
  if ('image' in item) {
    const photo: PhotoRef = { file: item.image, path: [...path, 'image'], ...(item.caption ? { caption: normaliseText(item.caption) } : {}) };
    return { kind: 'image', photos: [photo], ...(item.width !== undefined ? { width: item.width } : {}), fixed: item.fixed ?? false, path };
  }
  if ('images' in item) {
    const photos = item.images.map((p, i): PhotoRef => ({
      file: p.image,
      path: [...path, 'images', i, 'image'],
      ...(p.caption ? { caption: normaliseText(p.caption) } : {}),
    }));
    return { kind: 'image', photos, ...(item.width !== undefined ? { width: item.width } : {}), fixed: item.fixed ?? false, path };
  }
  if ('note' in item) return { kind: 'note', label: normaliseText(item.label ?? NOTE_LABEL), text: normaliseText(item.note), path: [...path, 'note'] };
  if ('source' in item) return { kind: 'source', text: sourceLine(item.source), path: [...path, 'source'] };
  if ('subheading' in item) {
    const text = normaliseText(item.subheading);
    return { kind: 'subheading', level: (item.level as 1 | 2 | 3 | 4 | undefined) ?? levelOfNumbering(text) ?? 1, text, path: [...path, 'subheading'] };
  }
  return { kind: 'quote', text: normaliseText(item.quote), path: [...path, 'quote'] };
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
