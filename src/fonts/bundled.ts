/**
 * The open fonts shipped in `fonts/` and the role each one serves when no other font is named.
 * Licences sit beside them (GPL-3 with font exception for Fandol, OFL-1.1 for Noto Serif CJK).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { FontRole } from '../model/issue.js';

/** The repository's fonts/ folder, found from this module (dist/fonts/ or src/fonts/). */
export const BUNDLED_FONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fonts');

export interface FontSpec {
  file: string;
  /** Face inside a collection (.ttc), by PostScript name. */
  postscriptName?: string;
  /** What office font this stands in for. */
  standsFor: string;
}

const fandol = (name: string, standsFor: string): FontSpec => ({ file: path.join(BUNDLED_FONT_DIR, name), standsFor });
const xiaobiaosong: FontSpec = {
  file: path.join(BUNDLED_FONT_DIR, 'NotoSerifCJK-Bold.ttc'),
  postscriptName: 'NotoSerifCJKsc-Bold',
  standsFor: '方正小标宋简体',
};

export const BUNDLED_FONTS: Record<FontRole, FontSpec> = {
  masthead: xiaobiaosong,
  title: xiaobiaosong,
  heading: fandol('FandolHei-Regular.otf', '黑体'),
  body: fandol('FandolFang-Regular.otf', '仿宋_GB2312'),
  kai: fandol('FandolKai-Regular.otf', '楷体_GB2312'),
  pageNumber: fandol('FandolSong-Regular.otf', '宋体'),
  footer: fandol('FandolFang-Regular.otf', '仿宋_GB2312'),
};

const notoSerifRegular: FontSpec = {
  file: path.join(BUNDLED_FONT_DIR, 'NotoSerifCJK-Regular.ttc'),
  postscriptName: 'NotoSerifCJKsc-Regular',
  standsFor: '宋体',
};

/**
 * The last font of every fallback chain: of the bundled fonts the one covering most (Noto Serif CJK
 * SC: about 44,700 characters against Fandol's 10,300, including name characters such as 堃 喆 珺).
 * Bold for the bold roles (masthead, title, heading); Regular for text set in a regular weight, so
 * that a rare character in a name does not print bold in the middle of 仿宋 or 楷体.
 */
export const LAST_RESORT: Record<FontRole, FontSpec> = {
  masthead: xiaobiaosong,
  title: xiaobiaosong,
  heading: xiaobiaosong,
  body: notoSerifRegular,
  kai: notoSerifRegular,
  pageNumber: notoSerifRegular,
  footer: notoSerifRegular,
};
