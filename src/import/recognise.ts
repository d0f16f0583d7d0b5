/**
 * Which paragraph of a contribution is what: the title (a Title or Heading 1 style, or a short
 * centred or bold first paragraph), sub-headings by their numbering (一、 （一） 1. （1）) or a
 * heading style, photos with the caption paragraph after them (short, centred, or starting 图),
 * the source line (来源：/供稿：, or a last short paragraph in brackets), the editor's note
 * (编者按：), and body paragraphs. Tables and unknown objects are kept as "left out", in place.
 */
import { levelOfNumbering } from '../model/content.js';
import type { OtherBlock, PhotoBlock, TextBlock } from './blocks.js';

/** A text paragraph after normalisation. */
export interface Cleaned {
  kind: 'text';
  block: TextBlock;
  /** With `**…**` around bold stretches. */
  text: string;
  /** Without emphasis marks. */
  plain: string;
  allBold: boolean;
}

export type Item = Cleaned | PhotoBlock | OtherBlock;

export type Piece =
  | { kind: 'paragraph'; n: number; text: string }
  | { kind: 'subheading'; n: number; text: string; level?: number }
  | { kind: 'photo'; n: number; photo: PhotoBlock; caption?: string; captionN?: number }
  | { kind: 'source'; n: number; text: string }
  | { kind: 'note'; n: number; text: string }
  | { kind: 'left-out'; block: OtherBlock };

export interface Article {
  title?: { n: number; text: string };
  pieces: Piece[];
}

/** Longest title taken from a paragraph that has only its shape (centred, bold) to show it. */
const TITLE_MAX = 40;
const CAPTION_MAX = 30;
const SUBHEADING_MAX = 30;
const SOURCE_MAX = 30;

const ENDS_SENTENCE = /[。！？；…]$/u;
const TITLE_STYLE = /^(title|heading ?1|标题|标题 ?1)$/iu;
const HEADING_STYLE = /^(?:heading|标题) ?([2-5])$/iu;
const SOURCE_LABEL = /^[（(]?(?:来源|供稿|稿件来源|信息来源|作者|撰稿|通讯员)[：:]/u;
const NOTE_LABEL = /^编者按[：:]\s*/u;

function isTitle(c: Cleaned): boolean {
  if (c.block.style && TITLE_STYLE.test(c.block.style)) return true;
  return c.plain.length <= TITLE_MAX && !ENDS_SENTENCE.test(c.plain) && (c.block.centred || c.allBold);
}

function isCaption(c: Cleaned): boolean {
  if (c.plain.length > CAPTION_MAX || SOURCE_LABEL.test(c.plain)) return false;
  return c.block.centred || /^图\s*\d*/u.test(c.plain) || (c.plain.length <= 20 && !ENDS_SENTENCE.test(c.plain));
}

/** A sub-heading by numbering (short, not a sentence run in after it) or by a heading style. */
function subheadingOf(c: Cleaned): { level?: number } | undefined {
  const styled = c.block.style ? HEADING_STYLE.exec(c.block.style) : null;
  const numbered = levelOfNumbering(c.plain);
  if (numbered !== undefined && c.plain.length <= SUBHEADING_MAX && !/[。；]./u.test(c.plain)) return {};
  if (styled) return numbered !== undefined ? {} : { level: Math.min(4, Number(styled[1]) - 1) };
  return undefined;
}

/** A bracketed last paragraph: （漯河市科协） → 漯河市科协. */
function bracketed(plain: string): string | undefined {
  const m = /^[（(]([^（()）]+)[）)]$/u.exec(plain);
  return m && plain.length <= SOURCE_MAX ? m[1]!.trim() : undefined;
}

export function recognise(items: readonly Item[]): Article {
  const article: Article = { pieces: [] };
  const texts = items.filter((i): i is Cleaned => i.kind === 'text' && i.plain !== '');
  const lastText = texts[texts.length - 1];
  let i = 0;
  const nonEmpty = (k: number) => {
    while (k < items.length && items[k]!.kind === 'text' && (items[k] as Cleaned).plain === '') k++;
    return k;
  };
  i = nonEmpty(0);
  const first = items[i];
  if (first?.kind === 'text' && isTitle(first)) {
    article.title = { n: first.block.n, text: first.plain };
    i++;
  }
  for (; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== 'text' && item.kind !== 'photo') {
      article.pieces.push({ kind: 'left-out', block: item });
      continue;
    }
    if (item.kind === 'photo') {
      const next = nonEmpty(i + 1);
      const after = items[next];
      if (after?.kind === 'text' && isCaption(after)) {
        article.pieces.push({ kind: 'photo', n: item.n, photo: item, caption: after.plain, captionN: after.block.n });
        i = next;
      } else {
        // Word's alt text is a description for screen readers, not a caption: it is not printed.
        article.pieces.push({ kind: 'photo', n: item.n, photo: item, ...(item.caption ? { caption: item.caption } : {}) });
      }
      continue;
    }
    if (item.plain === '') continue;
    const n = item.block.n;
    const note = NOTE_LABEL.exec(item.plain);
    if (note) {
      article.pieces.push({ kind: 'note', n, text: item.plain.slice(note[0].length) });
      continue;
    }
    if (SOURCE_LABEL.test(item.plain) && item.plain.length <= SOURCE_MAX) {
      article.pieces.push({ kind: 'source', n, text: bracketed(item.plain) ?? item.plain });
      continue;
    }
    const inBrackets = item === lastText ? bracketed(item.plain) : undefined;
    if (inBrackets) {
      article.pieces.push({ kind: 'source', n, text: inBrackets });
      continue;
    }
    const sub = subheadingOf(item);
    if (sub) {
      article.pieces.push({ kind: 'subheading', n, text: item.plain, ...sub });
      continue;
    }
    article.pieces.push({ kind: 'paragraph', n, text: item.text });
  }
  return article;
}
