/**
 * Keeps: which frames the page breaker may not separate, decided here and only here from what each
 * frame is (its role, its line of a block, its article). A page never ends after a frame that keeps
 * with the next:
 * - a column heading, an article title, a sub-heading, a blank row (air before a heading or title),
 *   an entry of 本期要目 but the last: they belong to what follows;
 * - a block's first line when the block has more lines (no orphan), its second-last line (no widow);
 * - the first line of the text after a title or heading, so that at least two lines follow them;
 * - the line before a source line (the source stays with the text it closes);
 * - the frame before a photo at its article's tail (only photos or the source after it): the photo
 *   stays on a page with its article's text, never alone above the next article.
 * `mayEndPage` adds what holds even when a chain of keeps fills a page: never a heading, title or
 * blank row at a page foot.
 */
import type { Frame } from '../typeset/frame.js';

const LEADS: ReadonlySet<Frame['role']> = new Set(['heading', 'title', 'subheading', 'blank']);

/** A photo after which its article has no more text or sub-heading (only photos, a source line). */
export function atArticleTail(flow: Frame[], k: number): boolean {
  const article = flow[k]!.article;
  if (article === undefined) return false;
  for (let j = k + 1; j < flow.length && flow[j]!.article === article; j++) {
    const role = flow[j]!.role;
    if (role !== 'photo' && role !== 'source') return false;
  }
  return true;
}

export function keepsOf(flow: Frame[]): boolean[] {
  const keep = flow.map((f, k): boolean => {
    const next = flow[k + 1];
    if (!next) return false;
    if (LEADS.has(f.role)) return true;
    if (f.role === 'contents') return next.role === 'contents';
    const line = f.line;
    if (line && line.count > 1 && (line.index === 0 || line.index === line.count - 2)) return true;
    if (next.role === 'source' && next.article === f.article) return true;
    if (next.role === 'photo' && next.article === f.article && f.article !== undefined && atArticleTail(flow, k + 1)) return true;
    return false;
  });
  // A title or heading keeps two lines of its text: the first line of what follows it keeps too.
  flow.forEach((f, k) => {
    if (f.role !== 'title' && f.role !== 'heading') return;
    let j = k + 1;
    while (j < flow.length && flow[j]!.role === 'blank') j++;
    const first = flow[j];
    if (first && (first.role === 'text' || first.role === 'source') && j + 1 < flow.length) keep[j] = true;
  });
  return keep;
}

/**
 * Whether a page may end after this frame when a chain of keeps fills it (a run of sub-headings
 * longer than a page can only break between them): never after a heading, title or blank row.
 */
export function mayEndPage(frame: Frame): boolean {
  return frame.role !== 'heading' && frame.role !== 'title' && frame.role !== 'blank';
}
