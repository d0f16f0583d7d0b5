/**
 * The content kinds of an article's paragraph list become blocks: photos (one or a row), editor's
 * notes, source lines, sub-headings, quotations; plain text stays a body paragraph. Also the
 * contents list (本期要目) built from the article titles.
 */
import { levelOfNumbering, type ParagraphItem, type Width } from '../model/content.js';
import type { FontRole, Issue } from '../model/issue.js';
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
  | { kind: 'source'; text: string; written: string; path: SourcePath }
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
  if ('source' in item) return { kind: 'source', text: sourceLine(item.source), written: normaliseText(item.source), path: [...path, 'source'] };
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

/** A stretch of a content block's text, the font role it is set in, and where it was written. */
export interface ContentText {
  text: string;
  role: FontRole;
  path: SourcePath;
}

/** Emphasised stretches (**…**, set in 黑体) of a text and their offsets in it. */
function emphasised(text: string, path: SourcePath): ContentText[] {
  const out: ContentText[] = [];
  for (const m of text.matchAll(/\*\*(.+?)\*\*/gu)) out.push({ text: ' '.repeat(m.index + 2) + m[1]!, role: 'heading', path });
  return out;
}

/**
 * The texts of a block in the faces they print in, for a font coverage check. Offsets stay those
 * of the YAML value (an emphasised stretch is padded with spaces, which are not checked).
 */
export function contentTexts(block: ContentBlock | { kind: 'paragraph'; text: string; path: SourcePath }): ContentText[] {
  switch (block.kind) {
    case 'paragraph':
      return emphasised(block.text, block.path);
    case 'image':
      return block.photos.flatMap((p) => (p.caption ? [{ text: p.caption, role: 'kai' as const, path: [...p.path.slice(0, -1), 'caption'] }] : []));
    case 'note':
      return [
        { text: block.text, role: 'kai', path: block.path },
        { text: block.label, role: 'heading', path: [...block.path.slice(0, -1), 'label'] },
        ...emphasised(block.text, block.path),
      ];
    case 'source':
      return [{ text: block.written, role: 'kai', path: block.path }];
    case 'quote':
      return [{ text: block.text, role: 'kai', path: block.path }, ...emphasised(block.text, block.path)];
    case 'subheading': {
      const role: FontRole = block.level === 1 ? 'heading' : block.level === 2 ? 'kai' : 'body';
      return [{ text: block.text, role, path: block.path }, ...emphasised(block.text, block.path)];
    }
    case 'contents':
      return block.titles.map((text, i) => ({ text, role: 'kai' as const, path: block.titlePaths[i]! }));
  }
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
