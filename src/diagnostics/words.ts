/**
 * The vocabulary of messages: the two languages, the Chinese names of the issue format's keys, the
 * words for kinds of values, and the printer's own words. The catalogue (catalogue.ts) builds its
 * sentences from these.
 */
export type Lang = 'en' | 'zh';
/** A message's parameters: plain values, or a list of records (e.g. characters with their places). */
export type Params = { [key: string]: string | number | readonly Params[] };

export type Entry = { en: (p: Params) => string; zh: (p: Params) => string };

/** Chinese names of the keys of the issue format. */
const FIELD_ZH: Record<string, string> = {
  series: '系列文件',
  masthead: '报头',
  name: '简报名称',
  number: '期号',
  total: '总期号',
  supplement: '增刊',
  office: '编印单位',
  date: '日期',
  marks: '标记',
  columns: '栏目',
  heading: '栏目名称',
  articles: '文章',
  title: '标题',
  paragraphs: '段落',
  footer: '版记',
  copies: '印数',
  fonts: '字体',
  typography: '排版设置',
  hanLatinSpace: '中西文间距',
  printing: '印刷方式',
};

/** A key as printed: `number` in English, 期号（number） in Chinese; a list item as `paragraphs[1]`. */
export function fieldName(key: string | number, lang: Lang): string {
  const k = String(key);
  if (lang === 'en') return `\`${k}\``;
  const zh = FIELD_ZH[k.replace(/\[\d+\]$/u, '')];
  return zh && zh !== k ? `${zh}（${k}）` : `“${k}”`;
}

export const f = (p: Params, lang: Lang) => fieldName(String(p.field ?? ''), lang);

/** What a value is: the words for `expected` and `found`. */
export const KINDS = {
  text: { en: 'text', zh: '文字' },
  number: { en: 'a number', zh: '数字' },
  nan: { en: '.nan (not a number)', zh: '.nan（非数字）' },
  infinity: { en: 'an infinite number (.inf)', zh: '无穷大（.inf）' },
  int: { en: 'a whole number', zh: '整数' },
  list: { en: 'a list', zh: '列表' },
  mapping: { en: 'a mapping (key: value lines)', zh: '映射（“键: 值”各行）' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  nothing: { en: 'nothing', zh: '空值' },
  textOrList: { en: 'text or a list of text', zh: '文字或文字列表' },
  date: { en: 'a date', zh: '日期' },
  other: { en: 'another kind of value', zh: '其他类型的值' },
} as const;
export type Kind = keyof typeof KINDS;
export const kind = (k: Params[string] | undefined, lang: Lang) => (KINDS[String(k) as Kind] ?? KINDS.other)[lang];

/** A character quoted in a message, unless it is invisible or would break the line (then only its code shows). */
export const shownChar = (ch: Params[string] | undefined, open: string, close: string) =>
  /^[\p{Cc}\p{Cf}\p{Z}]$/u.test(String(ch)) ? '' : `${open}${String(ch)}${close}${open === '"' ? ' ' : ''}`;

/** The font roles, as messages name them. */
export const ROLE: Record<Lang, Record<string, string>> = {
  en: { masthead: 'masthead', title: 'title', heading: 'heading', body: 'body', kai: 'kai', pageNumber: 'pageNumber', footer: 'footer' },
  zh: { masthead: '报头', title: '标题', heading: '栏目', body: '正文', kai: '楷体', pageNumber: '页码', footer: '版记' },
};
export const role = (r: Params[string] | undefined, lang: Lang) => ROLE[lang][String(r)] ?? String(r);

/** The items of a list parameter. */
export const items = (v: Params[string] | undefined): readonly Params[] => (Array.isArray(v) ? v : []);

/** Words of the printer itself. */
export const SEVERITY: Record<Lang, { error: string; warning: string; hint: string }> = {
  en: { error: 'error', warning: 'warning', hint: 'hint' },
  zh: { error: '错误', warning: '警告', hint: '提示' },
};
