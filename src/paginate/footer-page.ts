/**
 * The page of the distribution footer (版记). Its last rule lies on the block's bottom edge of the
 * document's last side (GB/T 9704 §7.4): under the last text when it fits there, else on a page
 * of its own. Bulletins are printed double-sided, so by default the 版记 stands on an even page —
 * the back of a sheet: when the text ends on an odd page it goes to the next even one. Where blank
 * pages stand before the 版记 page, neither they nor the 版记 page carry a page number (§7.5).
 * Single-sided printing (`printing: single-sided`) only needs the footer on the last page.
 */

export type Printing = 'double-sided' | 'single-sided';

export interface FooterPlan {
  /** Pages to add after the last page of text: blank ones, then the 版记's own (0: under the text). */
  newPages: number;
  /** 1-based numbers of the pages that carry no page number. */
  unnumbered: number[];
}

/**
 * `pages`: pages of text so far; `rowsUsed`: rows taken on the last one; `footerRows`, `lines`:
 * the footer's height and the rows of a page.
 */
export function planFooter(pages: number, rowsUsed: number, footerRows: number, lines: number, printing: Printing): FooterPlan {
  const fits = rowsUsed + footerRows <= lines;
  const onEven = (page: number) => printing === 'single-sided' || page % 2 === 0;
  if (fits && onEven(pages)) return { newPages: 0, unnumbered: [] };
  let page = pages + 1;
  while (!onEven(page)) page++;
  const blanks = page - pages - 1;
  const unnumbered = blanks > 0 ? Array.from({ length: blanks + 1 }, (_, i) => pages + 1 + i) : [];
  return { newPages: page - pages, unnumbered };
}
