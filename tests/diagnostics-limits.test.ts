/**
 * Unreadable input, resource limits and hostile YAML: each a clean, positioned error (exit 1),
 * never a crash, a hang or a stack trace. Also what only layout finds: fitting and font coverage.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, invalidUtf8At } from '../src/load/read.js';
import { ISSUE, checkYaml, run, tempDir, where, writeFiles } from './diagnostics-helpers.js';

describe('files that cannot be read', () => {
  it('a missing file, a folder, a path through a file', async () => {
    const { dir, done } = tempDir();
    try {
      const file = writeFiles(dir, { 'a.yaml': ISSUE });
      const missing = await run('--lang', 'en', 'check', path.join(dir, 'nope.yaml'));
      expect(missing.code).toBe(1);
      expect(missing.stderr).toBe(`${path.join(dir, 'nope.yaml')}: error: cannot read issue file: no such file\n`);
      // A folder is an input like any other (every issue in it); an empty one names no issue.
      const folder = await run('--lang', 'en', 'check', dir);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toContain(`${file}:1:1: error: missing field`);
      const empty = path.join(dir, 'empty');
      mkdirSync(empty);
      const none = await run('--lang', 'en', 'check', empty);
      expect(none.code).toBe(2);
      expect(none.stderr).toBe(`bulletin: no issue file in ${empty}\n`);
      const through = await run('--lang', 'en', 'check', '--format', 'json', path.join(file, 'x.yaml'));
      expect(JSON.parse(through.stdout).diagnostics[0]).toMatchObject({ line: 0, column: 0, code: 'file-missing' });
    } finally {
      done();
    }
  });

  it('a pipe or a device is refused, not read (it would block)', async () => {
    const r = await run('--lang', 'en', 'check', '--format', 'json', '/dev/null');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics[0]).toMatchObject({ line: 0, code: 'file-not-regular', message: 'cannot read issue file: it is not a regular file (a pipe or a device)' });
    const { dir, done } = tempDir();
    try {
      const fifo = path.join(dir, 'pipe.yaml');
      // mkfifo is in coreutils: its absence is a broken machine, and the test says so rather than pass.
      const made = spawnSync('mkfifo', [fifo], { encoding: 'utf8' });
      expect(made.error ?? made.status, `mkfifo failed: ${made.stderr ?? ''}`).toBe(0);
      const p = await run('--lang', 'en', 'check', fifo);
      expect(p.stderr).toBe(`${fifo}: error: cannot read issue file: it is not a regular file (a pipe or a device)\n`);
    } finally {
      done();
    }
  });

  it('a file over the size limit is refused before it is parsed', async () => {
    const big = `${ISSUE}# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const r = await checkYaml(big);
    expect(r.code).toBe(1);
    expect(r.diags).toMatchObject([{ line: 0, code: 'file-too-large', message: 'the file is too large (2.0 MB); the limit is 2.0 MB' }]);
  });

  it('binary garbage: a NUL byte, at its line and column', async () => {
    const bytes = Buffer.concat([Buffer.from('masthead:\n  number: 1'), Buffer.from([0, 1, 2, 3]), Buffer.from('\n')]);
    const r = await checkYaml(bytes);
    expect(where(r.diags)).toEqual(['2:12 file-binary']);
  });

  it('invalid UTF-8 at its byte, with a GBK hint when the file reads as GBK', async () => {
    const gbk = Buffer.concat([Buffer.from('masthead:\n  number: 1\ncolumns:\n  - heading: '), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), Buffer.from('\n')]);
    const r = await checkYaml(gbk);
    expect(where(r.diags)).toEqual(['4:14 file-not-utf8']);
    expect(r.diags[0]!.message).toBe('the file is not valid UTF-8: byte 0xC4 cannot start or continue a character here');
    expect(r.diags[0]!.hint).toMatch(/GBK/u);
    const random = await checkYaml(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0xfd, 0x80]));
    expect(where(random.diags)).toEqual(['1:4 file-not-utf8']);
    expect(random.diags[0]!.hint).toMatch(/save the file as UTF-8/u);
    const utf16 = await checkYaml(Buffer.from('\ufeffmasthead: 1\n', 'utf16le'));
    expect(where(utf16.diags)).toEqual(['1:1 file-utf16']);
  });
});

describe('what counts as UTF-8 (RFC 3629, table 3-7 of the Unicode standard)', () => {
  // Each sequence after "a:": -1 when it is well-formed, else the offset of the byte that is not.
  const cases: [string, number[], number][] = [
    ['two bytes', [0xc3, 0xa9], -1],
    ['three bytes', [0xe4, 0xb8, 0xad], -1],
    ['four bytes, plane 2', [0xf0, 0xa0, 0x80, 0x80], -1],
    ['last code point', [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ['overlong two bytes', [0xc0, 0x80], 2],
    ['overlong three bytes', [0xe0, 0x80, 0x80], 2],
    ['overlong four bytes', [0xf0, 0x80, 0x80, 0x80], 2],
    ['a surrogate', [0xed, 0xa0, 0x80], 2],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 2],
    ['a byte no sequence starts with', [0xf5, 0x80, 0x80, 0x80], 2],
    ['a lone continuation byte after a character', [0xc3, 0xa9, 0x80], 4],
    ['cut short at the end', [0xe4, 0xb8], 2],
  ];
  it.each(cases)('%s', (_name, tail, at) => {
    expect(invalidUtf8At(Uint8Array.from([0x61, 0x3a, ...tail]))).toBe(at);
  });
});

describe('hostile YAML', () => {
  it('an alias bomb is stopped at the first alias', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const r = await checkYaml(`${levels.join('\n')}\n`);
    expect(where(r.diags)).toEqual(['2:8 yaml-alias-bomb']);
    expect(r.diags[0]!.message).toMatch(/^too many aliases \(more than 100 expansions\)/u);
  });

  it('an alias to no anchor', async () => {
    const r = await checkYaml(ISSUE.replace('number: 14', 'number: *n'));
    expect(where(r.diags)).toEqual(['2:11 yaml-alias-unknown']);
  });

  it('deep nesting, in flow and in block style', async () => {
    const flow = await checkYaml(`masthead: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(flow.code).toBe(1);
    expect(flow.diags).toHaveLength(1);
    expect(flow.diags[0]).toMatchObject({ line: 1, code: 'yaml-too-deep' });
    const block = await checkYaml(Array.from({ length: 60 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' 1\n');
    expect(where(block.diags)).toEqual(['33:65 yaml-too-deep']);
    const compact = await checkYaml(`columns:\n  ${'- '.repeat(40)}x\n`);
    expect(compact.diags[0]).toMatchObject({ line: 2, code: 'yaml-too-deep' });
  });

  it('custom tags are rejected, core ones accepted', async () => {
    const r = await checkYaml(ISSUE.replace('number: 14', 'number: !!binary aGk=').replace('- heading: 要情快报', '- heading: !js/function x'));
    expect(where(r.diags)).toEqual(['2:11 yaml-tag', '5:14 yaml-tag']);
    expect(r.diags[1]!.length).toBe('!js/function'.length);
    expect(r.diags[0]!.message).toBe('YAML tags are not allowed here: `!!binary`');
    const core = await checkYaml(ISSUE.replace('- heading: 要情快报', '- heading: !!str 要情快报'));
    expect(core.code).toBe(0);
  });

  it('a list as a key, several documents', async () => {
    const key = await checkYaml(`${ISSUE}? [a, b]\n: c\n`);
    expect(where(key.diags)).toEqual(['10:3 yaml-key-not-text']);
    const docs = await checkYaml(`${ISSUE}---\nmore: 1\n`);
    expect(where(docs.diags)).toEqual(['10:1 yaml-multiple-docs']);
  });
});

describe('what only layout finds', () => {
  it('a masthead name too long to fit at 一号: at the name, in the series file', async () => {
    const series = `masthead:\n  name: ${'河南省科学技术协会党史学习教育'.repeat(3)}简报\n  office: 办公室\n`;
    const r = await checkYaml(ISSUE, series);
    expect(r.code).toBe(1);
    expect(r.diags).toHaveLength(1);
    expect(r.diags[0]).toMatchObject({ line: 2, column: 9, code: 'name-too-long' });
    expect(r.diags[0]!.file).toMatch(/bulletin\.yaml$/u);
    expect(r.diags[0]!.message).toMatch(/^the bulletin name is too long: 47 characters need [\d.]+ pt to fit the block, below the smallest allowed 26 pt/u);
  });

  it('a character no font covers: its own line and column in plain, quoted, block scalars and lists', async () => {
    const x = '\u{20000}'; // CJK extension B: not in the bundled fonts
    const issue = `masthead:
  number: 14
  date: 2021-07-16
columns:
  - heading: 要情${x}快报
    articles:
      - title: "省科协召开 ${x}会"
        paragraphs:
          - |
            第一行文字，
            第二行有${x}字。
          - '甲${x}乙${x}'
          - >-
            折叠块中的${x}
footer:
  报: [省委, 中国${x}科协]
`;
    const r = await checkYaml(issue);
    expect(r.code).toBe(1);
    expect(where(r.diags)).toEqual([
      '5:16 char-not-covered',
      '7:23 char-not-covered',
      '11:17 char-not-covered',
      '12:15 char-not-covered',
      '12:18 char-not-covered',
      '14:18 char-not-covered',
      '16:13 char-not-covered',
    ]);
    // The fonts tried depend on what the machine has installed; the bundled ones are always there.
    expect(r.diags[0]!.message).toMatch(/^no font has the character "𠀀" \(U\+20000\) for heading text \(tried FandolHei, .*Noto Serif CJK SC\): it would print as an empty box$/u);
    expect(r.diags.every((d) => d.length === 2)).toBe(true);
  });
});

describe('more limits', () => {
  it('a title too long to be a title (more than 6 lines at 2号): at the title, quickly', async () => {
    const r = await checkYaml(ISSUE.replace('- title: 省科协召开党史学习教育阶段工作汇报会', `- title: ${'很长的标题'.repeat(30)}`));
    expect(where(r.diags)).toEqual(['7:16 title-too-long']);
    expect(r.diags[0]!.message).toMatch(/^the title is too long: 150 characters need \d+ lines, more than the 6 a title may take$/u);
  });

  it('one text value over 20,000 characters', async () => {
    const r = await checkYaml(`${ISSUE}          - ${'字'.repeat(20_001)}\n`);
    expect(where(r.diags)).toEqual(['10:13 text-too-long']);
    expect(r.diags[0]!.message).toBe('this text is too long: 20001 characters, the limit is 20000');
  });

  it('a key out of line, a value followed by deeper lines, a key without its colon, tabs', async () => {
    const item = await checkYaml(ISSUE.replace('    articles:', '  articles:'));
    expect(where(item.diags)).toEqual(['6:3 yaml-bad-indent']);
    const deeper = await checkYaml(ISSUE.replace('  - heading: 要情快报', '- heading: 要情快报'));
    expect(where(deeper.diags)).toEqual(['5:12 yaml-indent-deeper']);
    // A key without its colon: the one error, not the parser's echoes on the lines after it.
    const colon = await checkYaml(ISSUE.replace('    articles:', '    articles\n    x: 1'));
    expect(where(colon.diags)).toEqual(['6:5 yaml-multiline-key']);
    const tabs = await checkYaml(ISSUE.replace('  number: 14', '\tnumber: 14').replace('  date:', '\tdate:'));
    expect(where(tabs.diags)).toEqual(['2:1 yaml-tab', '3:1 yaml-tab']);
  });
});
