/**
 * Diagnostics other stages write as plain English (no catalogue id) are recognised here by their
 * wording and given an id, so they too print in Chinese. Anything not recognised prints in
 * English as written: the fallback is the original text, never an empty or wrong message.
 */
import type { Diagnostic, Localised } from './diagnostic.js';
import { message, type Lang } from './messages.js';

const ROLE_ZH: Record<string, string> = {
  masthead: '报头', title: '标题', heading: '栏目', body: '正文', kai: '楷体', pageNumber: '页码', footer: '版记',
};

const PATTERNS: { re: RegExp; to: (m: RegExpExecArray) => { text: Localised; hint?: Localised } }[] = [
  {
    re: /^no (?:configured )?font has the character "([^]+)" \((U\+[0-9A-F]+)\) for (\w+) text(?: \(tried ([^)]*)\))?: it would print as an empty box$/u,
    to: (m) => ({ text: { id: 'char-not-covered', params: { char: m[1]!, code: m[2]!, role: m[3]!, tried: m[4] ?? '' } }, hint: { id: 'hint-fallback-font', params: {} } }),
  },
  {
    re: /^the bulletin name is too long: (\d+) characters need ([\d.]+) pt to fit the block, below the smallest allowed ([\d.]+) pt/u,
    to: (m) => ({ text: { id: 'name-too-long', params: { count: m[1]!, size: m[2]!, min: m[3]! } }, hint: { id: 'hint-name-shorter', params: {} } }),
  },
  {
    re: /^the title is too long: (\d+) characters need (\d+) lines, more than the (\d+) a title may take$/u,
    to: (m) => ({ text: { id: 'title-too-long', params: { count: m[1]!, lines: m[2]!, max: m[3]! } }, hint: { id: 'hint-title-shorter', params: {} } }),
  },
];

/** The catalogue form of a diagnostic written in plain English, when its wording is known. */
export function recognise(d: Diagnostic): Diagnostic {
  if (d.text) return d;
  for (const p of PATTERNS) {
    const m = p.re.exec(d.message);
    if (!m) continue;
    const found = p.to(m);
    return { ...d, code: d.code ?? found.text.id, text: found.text, ...(found.hint && !d.hint ? { hintText: found.hint, hint: message(found.hint, 'en') } : {}) };
  }
  return d;
}

/** The message, hint and label of `d` in `lang`, falling back to its English text. */
export function wordsOf(d: Diagnostic, lang: Lang): { message: string; hint?: string; label?: string } {
  const r = recognise(d);
  let text = r.text ? message(r.text, lang) : r.message;
  if (lang === 'zh' && r.text?.id === 'char-not-covered') text = text.replace(/用于(\w+)文字/u, (_, role: string) => `用于${ROLE_ZH[role] ?? role}文字`);
  const hint = r.hintText ? message(r.hintText, lang) : r.hint;
  const label = r.label ? message(r.label, lang) : undefined;
  return { message: text, ...(hint ? { hint } : {}), ...(label ? { label } : {}) };
}
