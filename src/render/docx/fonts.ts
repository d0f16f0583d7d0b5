/**
 * Fonts by the names offices have installed (what a Word user expects to find in the font box),
 * set for East Asian text, Latin text and digits alike, as the PDF sets them.
 */
import type { FontRole } from '../../model/issue.js';

/** The office font of each role (README "Fonts": the fonts GB/T 9704 documents are set in). */
export const OFFICE_FONT: Record<FontRole, string> = {
  masthead: '方正小标宋简体',
  title: '方正小标宋简体',
  heading: '黑体',
  body: '仿宋_GB2312',
  kai: '楷体_GB2312',
  pageNumber: '宋体',
  footer: '仿宋_GB2312',
};

/** w:rFonts with the East Asian attribute (and Latin, so digits match the Chinese text). */
export function fontOf(role: FontRole): { ascii: string; eastAsia: string; hAnsi: string; cs: string } {
  const name = OFFICE_FONT[role];
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}
