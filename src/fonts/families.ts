/**
 * Family names: how a name typed by a user is compared with the names inside fonts, and which
 * families offices use for each role (searched among installed fonts, in order of preference).
 */
import type { FontRole } from '../model/issue.js';

/**
 * The form names are compared in: NFKC (full-width letters become ASCII), lower case, without
 * spaces, underscores or hyphens. "仿宋_GB2312", "仿宋 GB2312" and "仿宋＿ＧＢ２３１２" are one name.
 */
export function familyKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    // NFKC leaves ASCII as it is: most names inside fonts skip the normaliser.
    key = (/^[\x20-\x7e]*$/u.test(name) ? name : name.normalize('NFKC')).toLowerCase().replace(/[\s_\-‐‑–—]+/gu, '');
    keys.set(name, key);
  }
  return key;
}

/** Keys already made: resolving a role compares every installed face's names, for every issue. */
const keys = new Map<string, string>();

/** The office fonts of each role, in order of preference; Chinese and English names of each. */
const FANGSONG = ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '方正仿宋_GBK', 'FZFangSong-Z02', '方正仿宋简体', 'FZFangSong-Z02S', '华文仿宋', 'STFangsong'];
const XIAOBIAOSONG = ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'FZXBSJW--GB1-0', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05', '方正小标宋'];
const HEITI = ['黑体', 'SimHei', '方正黑体_GBK', 'FZHei-B01', '方正黑体简体', 'FZHei-B01S', '华文黑体', 'STHeiti'];
const KAITI = ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '方正楷体_GBK', 'FZKai-Z03', '方正楷体简体', 'FZKai-Z03S', '华文楷体', 'STKaiti'];
const SONGTI = ['宋体', 'SimSun', '新宋体', 'NSimSun', '方正书宋_GBK', 'FZShuSong-Z01', '华文宋体', 'STSong'];

export const OFFICIAL_FAMILIES: Record<FontRole, string[]> = {
  masthead: XIAOBIAOSONG,
  title: XIAOBIAOSONG,
  heading: HEITI,
  body: FANGSONG,
  kai: KAITI,
  pageNumber: SONGTI,
  footer: FANGSONG,
};

/**
 * Open fonts with a wide repertoire (GBK and beyond) that serve, when installed, characters the
 * role's fonts lack — before the last resort, the bundled Noto Serif CJK SC.
 */
const WIDE_SERIF = ['Noto Serif CJK SC', 'Source Han Serif SC', '思源宋体', 'AR PL UMing CN'];
const WIDE_SANS = ['Noto Sans CJK SC', 'Source Han Sans SC', '思源黑体', 'WenQuanYi Zen Hei', 'Droid Sans Fallback'];
const WIDE_KAI = ['LXGW WenKai', '霞鹜文楷', 'AR PL UKai CN'];

export const WIDE_FAMILIES: Record<FontRole, string[]> = {
  masthead: WIDE_SERIF,
  title: WIDE_SERIF,
  heading: WIDE_SANS,
  body: WIDE_SERIF,
  kai: [...WIDE_KAI, ...WIDE_SERIF],
  pageNumber: WIDE_SERIF,
  footer: WIDE_SERIF,
};

/** Styles read as the regular face of a family (preferred when a family name matches several). */
export const REGULAR_STYLES = new Set(['regular', 'normal', 'book', 'roman', 'r', '常规', '標準', '标准', '正常']);

/** Does a configured value name a file rather than a family? */
export function looksLikePath(value: string): boolean {
  return /[\\/]/u.test(value) || /\.(otf|ttf|ttc|otc)(#.*)?$/iu.test(value);
}
