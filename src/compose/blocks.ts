/**
 * Compose: an issue becomes the sequence of blocks a bulletin is made of — masthead, column
 * headings, titles, paragraphs, the distribution footer — with printed forms decided here
 * ("第14期", "2021年7月16日", "【要情快报】", "报：…，…。").
 */
import type { Footer, Issue } from '../model/issue.js';
import type { DocumentInfo } from '../page/display.js';
import { normaliseText, titleOf } from './normalise.js';
import { contentBlock, contentsBlock, type ContentBlock } from './content.js';

/** The masthead's texts in their printed forms. */
export interface MastheadText {
  name: string;
  /** "第14期", "增刊", with "（总第N期）" when given. */
  number: string;
  office: string;
  /** "2021年7月16日" */
  date: string;
  marks: string[];
}

/** One line of the 版记: "报" and its recipients joined, "…，…。". */
export interface FooterItem {
  /** 报, 送 or 发 */
  label: string;
  text: string;
}

export interface FooterText {
  items: FooterItem[];
  /** "（共印100份）", set at the right. */
  copies?: string;
}

/** Where a block came from: a path into the issue, as zod and the loader's source map use it. */
export type SourcePath = (string | number)[];

export type Block =
  | { kind: 'masthead'; masthead: MastheadText; path: SourcePath }
  | { kind: 'heading'; text: string; path: SourcePath }
  | { kind: 'title'; text: string; /** The author's lines, when given. */ lines?: string[]; path: SourcePath }
  | { kind: 'paragraph'; text: string; path: SourcePath }
  | { kind: 'footer'; footer: FooterText; path: SourcePath }
  | ContentBlock;

/** Typographic settings that reach the typesetter. */
export interface Settings {
  /** Han–Latin space, em. */
  hanLatinSpace: number;
  /** Double-sided printing puts the 版记 on an even page (paginate/footer-page.ts). */
  printing: 'double-sided' | 'single-sided';
  /** Photos are resampled to at most this many pixels per inch at their printed size; null: embedded as they are. */
  photoResolution: number | null;
}

export const DEFAULT_SETTINGS: Settings = { hanLatinSpace: 0.25, printing: 'double-sided', photoResolution: 300 };

export interface Composition {
  blocks: Block[];
  info: DocumentInfo;
  settings: Settings;
}

/** 2021-07-16 → 2021年7月16日 (Arabic numerals, no zero padding). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function numberLine(m: Issue['masthead']): string {
  const main = m.supplement ? '增刊' : `第${m.number}期`;
  return m.total ? `${main}（总第${m.total}期）` : main;
}

/** A list of bodies joined by "，" and closed by "。"; a string is taken as written. */
export function recipients(list: string | string[]): string {
  if (typeof list === 'string') return normaliseText(list);
  const joined = list.map((s) => normaliseText(s).replace(/[，。；、,.]+$/u, '')).join('，');
  return `${joined}。`;
}

function footerOf(footer: Footer): FooterText {
  const items = (['报', '送', '发'] as const)
    .filter((label) => footer[label] !== undefined)
    .map((label) => ({ label, text: recipients(footer[label]!) }));
  return { items, ...(footer.copies ? { copies: `（共印${footer.copies}份）` } : {}) };
}

export function compose(issue: Issue): Composition {
  const m = issue.masthead;
  const blocks: Block[] = [
    {
      kind: 'masthead',
      path: ['masthead'],
      masthead: {
        name: normaliseText(m.name),
        number: numberLine(m),
        office: normaliseText(m.office),
        date: chineseDate(m.date),
        marks: (m.marks ?? []).map(normaliseText),
      },
    },
  ];
  const contents = contentsBlock(issue);
  if (contents) blocks.push(contents);
  issue.columns.forEach((column, c) => {
    blocks.push({ kind: 'heading', text: normaliseText(column.heading).replace(/^【|】$/gu, ''), path: ['columns', c, 'heading'] });
    column.articles.forEach((article, a) => {
      if (article.title) blocks.push({ kind: 'title', ...titleOf(article.title), path: ['columns', c, 'articles', a, 'title'] });
      article.paragraphs.forEach((p, k) => {
        const path = ['columns', c, 'articles', a, 'paragraphs', k];
        blocks.push(typeof p === 'string' ? { kind: 'paragraph', text: normaliseText(p), path } : contentBlock(p, path));
      });
    });
  });
  if (issue.footer && (issue.footer.报 || issue.footer.送 || issue.footer.发 || issue.footer.copies)) {
    blocks.push({ kind: 'footer', footer: footerOf(issue.footer), path: ['footer'] });
  }
  const name = normaliseText(m.name).replace(/\s+/gu, '');
  const numberText = numberLine(m);
  const titles = issue.columns.flatMap((c) => c.articles.flatMap((a) => (a.title ? [titleOf(a.title).text] : [])));
  return {
    blocks,
    settings: {
      hanLatinSpace: issue.typography?.hanLatinSpace ?? DEFAULT_SETTINGS.hanLatinSpace,
      printing: issue.printing ?? DEFAULT_SETTINGS.printing,
      photoResolution: issue.photos?.resolution === 'original' ? null : (issue.photos?.resolution ?? DEFAULT_SETTINGS.photoResolution),
    },
    info: {
      title: `${name} ${numberText}`,
      author: normaliseText(m.office),
      subject: titles.join('；'),
      keywords: [name, ...issue.columns.map((c) => normaliseText(c.heading))].join(', '),
      date: m.date,
      lang: 'zh-CN',
    },
  };
}
