/** How diagnostics read: the caret by display width, long lines, colour, language, JSON. */
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../src/diagnostics/diagnostic.js';
import { toJson } from '../src/diagnostics/json.js';
import { langFromEnv, wantsColour } from '../src/diagnostics/locale.js';
import { messageIds, message } from '../src/diagnostics/messages.js';
import { excerpt, renderDiagnostic } from '../src/diagnostics/render.js';
import { closest, editDistance } from '../src/diagnostics/suggest.js';
import { charWidth, displayWidth } from '../src/diagnostics/width.js';
import { ISSUE, checkText } from './diagnostics-helpers.js';

const source = (text: string) => () => text;

describe('the caret', () => {
  it('sits under the span by display width: a Chinese character is two columns', () => {
    const d = diagnostic({ file: 'issues/issue-15.yaml', line: 2, column: 16, length: 2 }, 'char-not-covered', { char: '\u{20000}', code: 'U+20000', role: 'body' });
    const text = renderDiagnostic(d, { lang: 'en', colour: false, source: source('x:\n  - heading: 要情\u{20000}快报\n') });
    expect(text.split('\n')).toEqual([
      'issues/issue-15.yaml:2:16: error: no font has the character "\u{20000}" (U+20000) for body text: it would print as an empty box',
      '  |',
      '2 |   - heading: 要情\u{20000}快报',
      '  |                  ^^',
    ]);
  });

  it('counts columns as UAX #11 and the Unicode categories say, Chinese text included', () => {
    // Written out: wide ideographs and fullwidth punctuation, narrow curly quotes and dashes
    // (ambiguous), zero-width marks and format characters, narrow Latin.
    const widths: [string, number][] = [['中', 2], ['㐀', 2], ['，', 2], ['、', 2], ['　', 2], ['〇', 2], ['“', 1], ['—', 1], ['…', 1], ['a', 1], ['\u0301', 0], ['\u200b', 0], ['\u200d', 0], ['\u302a', 0], ['\u3099', 0], ['\ufeff', 0], ['\u{20000}', 2]];
    expect(widths.map(([ch]) => [ch, charWidth(ch)])).toEqual(widths);
    // No mark or format character (zero columns) is among the ideographs, CJK punctuation, fullwidth forms or general punctuation up to U+2027.
    const zero = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
    for (const [a, b] of [[0x4e00, 0x9fff], [0x3400, 0x4dbf], [0x3000, 0x3029], [0xff01, 0xff60], [0x2010, 0x2027]] as const) {
      for (let cp = a; cp <= b; cp++) if (zero.test(String.fromCodePoint(cp))) expect(charWidth(String.fromCodePoint(cp))).toBe(0);
    }
  });

  it('a tab shows as four spaces and the caret follows', () => {
    const d = diagnostic({ file: 'a.yaml', line: 1, column: 2, length: 1 }, 'yaml-tab');
    const lines = renderDiagnostic(d, { lang: 'en', colour: false, source: source('\t\tdate: 1\n') }).split('\n');
    expect(lines[2]).toBe('1 |         date: 1');
    expect(lines[3]).toBe('  |     ^^^^');
  });

  it('a long line is cut to a window around the span', () => {
    const line = `  - ${'长'.repeat(200)}错${'长'.repeat(200)}`;
    const ex = excerpt(line, line.indexOf('错') + 1, 1, 80);
    expect(displayWidth(ex.text)).toBeLessThanOrEqual(82);
    expect(ex.text.startsWith('…')).toBe(true);
    expect(ex.text.endsWith('…')).toBe(true);
    // The caret column is the display width of what precedes the character in the window.
    expect(displayWidth(ex.text.slice(0, ex.text.indexOf('错')))).toBe(ex.from);
    expect(ex.width).toBe(2);
  });

  it('a file-level problem prints one line and its hint, no source', () => {
    const d = diagnostic({ file: 'x', line: 0, column: 0 }, 'file-is-folder', { role: 'issue' }, { hint: { id: 'hint-folder', params: {} } });
    expect(renderDiagnostic(d, { lang: 'en', colour: false })).toBe('x: error: cannot read issue file: it is a folder\n  = hint: give the YAML file itself, e.g. issues/issue-14.yaml');
  });
});

describe('colour and language', () => {
  it('colour only on a terminal, never with NO_COLOR or TERM=dumb', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    const d = diagnostic({ file: 'a', line: 0, column: 0 }, 'file-empty', { role: 'issue' });
    expect(renderDiagnostic(d, { lang: 'en', colour: true })).toContain('\x1b[1;31merror\x1b[0m');
    expect(renderDiagnostic(d, { lang: 'en', colour: false })).not.toContain('\x1b');
  });

  it('Chinese for zh_* locales, with LC_ALL over LC_MESSAGES over LANG', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LANG: 'zh_TW' })).toBe('zh');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(langFromEnv({ LANG: 'en_US', LC_MESSAGES: 'zh_CN' })).toBe('zh');
    expect(langFromEnv({ LANG: 'en_US', LC_ALL: '', LC_MESSAGES: 'zh_CN' })).toBe('zh');
  });

  it('every catalogue message has both languages, and they differ', () => {
    const params = { field: 'number', key: 'k', role: 'issue', count: 2, file: 'f', expected: 'int', found: 'text', detail: 'd', value: 'v' };
    for (const id of messageIds()) {
      const en = message({ id, params }, 'en');
      const zh = message({ id, params }, 'zh');
      expect(en, id).not.toBe('');
      expect(zh, id).not.toBe(en);
      expect(/\p{Script=Han}/u.test(zh), id).toBe(true);
    }
  });

  it('Chinese through the CLI, with the key’s Chinese name', async () => {
    const r = await checkText(ISSUE.replace('number: 14', 'number: 十四'), 'zh');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      ['issue.yaml:2:11: 错误：期号（number）应为整数，这里是文字', '  |', '2 |   number: 十四', '  |           ^^^^', '  = 提示：请用阿拉伯数字，例如 `number: 14`', '', ''].join('\n'),
    );
  });
});

describe('suggestions', () => {
  it('edit distance counts a swap of neighbours as one', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('mastead', 'masthead')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('suggests only near names', () => {
    expect(closest('mastead', ['masthead', 'columns'])).toBe('masthead');
    expect(closest('paragraph', ['title', 'paragraphs'])).toBe('paragraphs');
    expect(closest('colour', ['name', 'number', 'date'])).toBeUndefined();
  });
});

describe('JSON', () => {
  it('file, line, column, end, severity, code, message, hint', () => {
    const d = diagnostic({ file: 'i.yaml', line: 3, column: 9, length: 9 }, 'invalid-date', { value: '2021.7.16', field: 'date' }, { hint: { id: 'hint-date-forms', params: {} }, path: ['masthead', 'date'] });
    expect(toJson(d, 'en')).toEqual({
      file: 'i.yaml', line: 3, column: 9, endLine: 3, endColumn: 18, length: 9, severity: 'error', code: 'invalid-date',
      message: 'invalid date "2021.7.16"', hint: 'write the date as 2021-07-16, 2021-7-16 or 2021年7月16日', path: ['masthead', 'date'],
    });
    expect(toJson(d, 'zh').message).toBe('日期“2021.7.16”无效');
  });
});

describe('messages of later stages', () => {
  it('a character no font has: named by code only when invisible or a line break, the role in Chinese', () => {
    const at = { file: 'a.yaml', line: 3, column: 5 };
    const d = diagnostic(at, 'char-not-covered', { char: '\u2028', code: 'U+2028', role: 'body', tried: 'FandolFang' }, { hint: { id: 'hint-char-font', params: { role: 'body' } } });
    expect(toJson(d, 'en').message).toBe('no font has the character (U+2028) for body text (tried FandolFang): it would print as an empty box');
    expect(toJson(d, 'zh')).toMatchObject({ code: 'char-not-covered', message: '字体中没有字符（U+2028，用于正文文字，已试 FandolFang），印出来会是空框' });
    expect(toJson(d, 'zh').hint).toMatch(/^请在 fonts\.body 中指定/u);
  });
});
