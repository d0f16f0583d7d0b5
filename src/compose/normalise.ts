/**
 * Text normalisation before layout. Not NFKC wholesale — that would turn full-width punctuation
 * "，（" into ASCII — only the forms that would otherwise print or copy out wrong:
 * Kangxi radicals (⼀ U+2F00 looks like 一 but copies as another character), full-width letters and
 * digits, the katakana middle dot, and stray control characters.
 */
const KANGXI = /[\u2E80-\u2EFF\u2F00-\u2FDF]/gu;
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(KANGXI, (c) => c.normalize('NFKC'))
    .replace(FULLWIDTH_ALNUM, (c) => c.normalize('NFKC'))
    .replace(/\u30FB/gu, '·')
    .replace(/[\r\n\t]+/gu, '')
    .trim();
}

/** Marks an author writes in a title where a line must break. */
const TITLE_BREAK = /[|｜]/u;

/** A title as the author wrote it — text, text with `|` marks, or a list of lines — as text and given lines. */
export function titleOf(title: string | string[]): { text: string; lines?: string[] } {
  const pieces = (typeof title === 'string' ? title.split(TITLE_BREAK) : title).map(normaliseText).filter((l) => l.length > 0);
  const text = pieces.join('');
  return pieces.length > 1 || typeof title !== 'string' ? { text, lines: pieces } : { text };
}
