/**
 * The index as blocks of a bulletin, so that it is set by our own typesetter on the same grid and
 * in the same fonts: a masthead (the bulletin's name, "目录", the office and the span of dates),
 * then for each issue its number and date in 黑体, each column's heading in 楷体 and the titles of
 * its articles as lines of the body.
 */
import { chineseDate, DEFAULT_SETTINGS, type Block, type Composition } from '../compose/blocks.js';
import { dateSpan, type IndexEntry } from './entries.js';

export const INDEX_LABEL = '目录';

export function composeIndex(entries: IndexEntry[], office: string): Composition {
  const name = entries[0]?.name ?? '';
  const years = [...new Set(entries.map((e) => e.date.slice(0, 4)))];
  const label = years.length === 1 ? `${years[0]}年${INDEX_LABEL}` : INDEX_LABEL;
  const blocks: Block[] = [{ kind: 'masthead', path: [], masthead: { name, number: label, office, date: dateSpan(entries), marks: [] } }];
  entries.forEach((e, i) => {
    blocks.push({ kind: 'subheading', level: 1, text: `${e.label}　${chineseDate(e.date)}`, path: [i] });
    e.columns.forEach((c, ci) => {
      if (!c.titles.length) return;
      blocks.push({ kind: 'subheading', level: 2, text: `【${c.heading}】`, path: [i, 'columns', ci] });
      c.titles.forEach((t, ti) => blocks.push({ kind: 'paragraph', text: t, path: [i, 'columns', ci, ti] }));
    });
  });
  const title = `${name.replace(/\s+/gu, '')} ${label}`;
  return {
    blocks,
    settings: DEFAULT_SETTINGS,
    info: { title, author: office, subject: title, keywords: name, date: entries.map((e) => e.date).sort().at(-1) ?? '1970-01-01', lang: 'zh-CN' },
  };
}
