/**
 * Every kind of bad input gives a positioned diagnostic with a clear message and exit code 1.
 * Run in-process through `bulletin check --format json` (the same code path as `build`).
 */
import { describe, expect, it } from 'vitest';
import { ISSUE, SERIES, checkYaml, where } from './diagnostics-helpers.js';

const withMasthead = (lines: string) => ISSUE.replace('masthead:\n  number: 14\n  date: 2021-07-16\n', `masthead:\n${lines}`);

describe('YAML syntax', () => {
  it('a tab used to indent: at the tab, with a hint', async () => {
    const r = await checkYaml(ISSUE.replace('  date: 2021-07-16', '\tdate: 2021-07-16'));
    expect(r.code).toBe(1);
    expect(where(r.diags)).toEqual(['3:1 yaml-tab']);
    expect(r.diags[0]!.message).toBe('a tab cannot indent YAML: indent with spaces');
    expect(r.diags[0]!.hint).toMatch(/spaces/u);
  });

  it('an unclosed double or single quote: at the opening quote', async () => {
    const dq = await checkYaml(ISSUE.replace('- title: 省科协', '- title: "省科协'));
    expect(where(dq.diags)).toEqual(['7:16 yaml-unclosed-quote']);
    expect(dq.diags[0]!.message).toBe('this " quote is never closed');
    const sq = await checkYaml(ISSUE.replace('  - heading: 要情快报', "  - heading: '要情快报"));
    expect(where(sq.diags)[0]).toBe("5:14 yaml-unclosed-quote");
    expect(sq.code).toBe(1);
  });

  it('bad indentation', async () => {
    const r = await checkYaml(ISSUE.replace('  date: 2021-07-16', ' date: 2021-07-16'));
    expect(r.code).toBe(1);
    expect(r.diags[0]!.line).toBe(3);
    expect(r.diags[0]!.code).toBe('yaml-bad-indent');
  });

  it('an unclosed flow list', async () => {
    const r = await checkYaml(ISSUE.replace('          - 7月14日上午，省科协召开党史学习教育阶段工作汇报会。', '          - [a, b'));
    expect(r.code).toBe(1);
    expect(r.diags[0]!.code).toBe('yaml-unclosed-flow');
    expect(r.diags[0]!.line).toBeGreaterThanOrEqual(9);
  });

  it('an unquoted ": " inside a value, with the hint to quote it', async () => {
    const r = await checkYaml(ISSUE.replace('- heading: 要情快报', '- heading: 要情: 快报'));
    expect(where(r.diags)).toEqual(['5:14 yaml-nested-compact']);
    expect(r.diags[0]!.hint).toMatch(/quotes/u);
  });

  it('a duplicate key names the line of the first, and the rest of the file is still checked', async () => {
    const r = await checkYaml(withMasthead('  number: 14\n  number: 15\n  date: 2021-02-30\n'));
    expect(where(r.diags)).toEqual(['3:3 yaml-duplicate-key', '4:9 invalid-date']);
    expect(r.diags[0]!.message).toBe('duplicate key `number`: it is already given on line 2');
    expect(r.diags[0]!.length).toBe(6);
  });
});

describe('the issue format', () => {
  it('unknown keys: at the key, with the closest known key of that mapping', async () => {
    const r = await checkYaml(ISSUE.replace('      - title:', '      - titel:').replace('columns:', 'colums: 1\ncolumns:'));
    expect(where(r.diags)).toEqual(['4:1 unknown-key', '8:9 unknown-key']);
    expect(r.diags[0]!.hint).toBe('did you mean `columns`?');
    expect(r.diags[1]!.message).toBe('unknown field `titel` in columns[0].articles[0]');
    expect(r.diags[1]!.hint).toBe('did you mean `title`?');
  });

  it('a misspelled masthead: did you mean `masthead`?', async () => {
    const r = await checkYaml(ISSUE.replace('masthead:', 'mastead:'));
    expect(r.diags[0]).toMatchObject({ line: 1, column: 1, code: 'unknown-key', hint: 'did you mean `masthead`?' });
  });

  it('an unknown key far from any known one lists the keys allowed', async () => {
    const r = await checkYaml(ISSUE.replace('  date: 2021-07-16', '  date: 2021-07-16\n  colour: red'));
    expect(where(r.diags)).toEqual(['4:3 unknown-key']);
    expect(r.diags[0]!.hint).toMatch(/^the fields allowed here are: name, number, total/u);
  });

  it('wrong types: expected and found', async () => {
    const r = await checkYaml(ISSUE.replace('number: 14', 'number: 十四').replace('- heading: 要情快报', '- heading: [要情快报]'));
    expect(where(r.diags)).toEqual(['2:11 wrong-type', '5:14 wrong-type']);
    expect(r.diags[0]!.message).toBe('`number` must be a whole number, found text');
    expect(r.diags[0]!.hint).toBe('write digits, e.g. `number: 14`');
    expect(r.diags[1]!.message).toBe('`heading` must be text, found a list');
  });

  it('a missing key points at the key of the mapping that lacks it', async () => {
    const r = await checkYaml(withMasthead('  number: 14\n'));
    expect(where(r.diags)).toEqual(['1:1 missing-key']);
    expect(r.diags[0]!.message).toBe('missing field `date` in masthead');
    expect(r.diags[0]!.length).toBe('masthead'.length);
    const top = await checkYaml(ISSUE.slice(0, ISSUE.indexOf('columns:')));
    expect(top.diags.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['1:1 missing field `columns`']);
    expect(top.diags[0]!.length).toBe(1);
    const item = await checkYaml(ISSUE.replace('  - heading: 要情快报\n', '  - \n'));
    expect(item.diags.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['6:5 missing field `heading` in columns[0]']);
  });

  it('a name missing from both issue and series: the hint names the series file', async () => {
    const r = await checkYaml(ISSUE, 'footer:\n  报: [省委]\n');
    expect(where(r.diags)).toEqual(['1:1 missing-key', '1:1 missing-key']);
    expect(r.diags.map((d) => d.message)).toEqual(['missing field `name` in masthead', 'missing field `office` in masthead']);
    expect(r.diags[0]!.hint).toMatch(/series file .*bulletin\.yaml/u);
  });

  it('empty and non-mapping documents', async () => {
    const empty = await checkYaml('');
    expect(where(empty.diags)).toEqual(['1:1 file-empty']);
    expect(empty.diags[0]!.message).toBe('the issue file is empty');
    const comment = await checkYaml('# nothing yet\n');
    expect(where(comment.diags)).toEqual(['1:1 file-empty']);
    const list = await checkYaml('# a list\n- masthead\n- columns\n');
    expect(where(list.diags)).toEqual(['2:1 not-mapping']);
    expect(list.diags[0]!.message).toMatch(/must be a mapping .* found a list$/u);
    const scalar = await checkYaml('just some text\n');
    expect(scalar.diags[0]!.message).toMatch(/found text$/u);
    expect(list.code).toBe(1);
  });

  it('invalid dates: the accepted forms, or that the day does not exist', async () => {
    const dotted = await checkYaml(ISSUE.replace('2021-07-16', '2021.7.16'));
    expect(where(dotted.diags)).toEqual(['3:9 invalid-date']);
    expect(dotted.diags[0]!.message).toBe('invalid date "2021.7.16"');
    expect(dotted.diags[0]!.hint).toBe('write the date as 2021-07-16, 2021-7-16 or 2021年7月16日');
    const feb30 = await checkYaml(ISSUE.replace('2021-07-16', '2021年2月30日'));
    expect(feb30.diags[0]!.hint).toMatch(/day does not exist/u);
    const number = await checkYaml(ISSUE.replace('2021-07-16', '20210716'));
    expect(number.diags[0]).toMatchObject({ line: 3, column: 9, code: 'wrong-type', message: '`date` must be text, found a whole number' });
    expect(number.diags[0]!.hint).toMatch(/2021年7月16日/u);
  });

  it('invalid issue numbers', async () => {
    const cases: [string, string][] = [
      ['0', '`number` must be 1 or more, found 0'],
      ['-3', '`number` must be 1 or more, found -3'],
      ['1.5', '`number` must be a whole number, found 1.5'],
      ['第十四期', '`number` must be a whole number, found text'],
    ];
    for (const [value, message] of cases) {
      const r = await checkYaml(ISSUE.replace('number: 14', `number: ${value}`));
      expect(r.code).toBe(1);
      expect(r.diags.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([`2:11 ${message}`]);
    }
  });

  it('empty columns, articles and paragraphs', async () => {
    const noColumns = await checkYaml(ISSUE.slice(0, ISSUE.indexOf('columns:')) + 'columns: []\n');
    expect(noColumns.diags.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['4:10 `columns` must list at least one item']);
    const nullColumns = await checkYaml(ISSUE.slice(0, ISSUE.indexOf('columns:')) + 'columns:\n');
    expect(nullColumns.diags.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['4:1 `columns` has no value: expected a list']);
    const noArticles = await checkYaml(ISSUE.replace(/articles:[^]*$/u, 'articles: []\n'));
    expect(where(noArticles.diags)).toEqual(['6:15 empty-list']);
    const noParagraphs = await checkYaml(ISSUE.replace(/paragraphs:[^]*$/u, 'paragraphs: []\n'));
    expect(where(noParagraphs.diags)).toEqual(['8:21 empty-list']);
    const emptyParagraph = await checkYaml(`${ISSUE}          - ""\n          -   \n`);
    expect(emptyParagraph.diags.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '10:13 `paragraphs[1]` must not be empty',
      '11:11 a paragraph is text, or a mapping with one of: image, images, note, source, subheading, quote',
    ]);
  });

  it('all of a file’s errors at once, in source order, series-file errors too', async () => {
    const issue = ISSUE.replace('number: 14', 'number: x').replace('- heading: 要情快报', '- heading: ""').replace('2021-07-16', '2021/07/16');
    const r = await checkYaml(issue, `${SERIES}  copies: many\nfooterr: 1\n`);
    expect(r.diags.map((d) => `${d.file.endsWith('bulletin.yaml') ? 'series' : 'issue'}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'issue:2:11 wrong-type',
      'issue:3:9 invalid-date',
      'issue:5:14 empty-text',
      'series:6:11 wrong-type',
      'series:7:1 unknown-key',
    ]);
  });
});

describe('files', () => {
  it('a missing series file named in the issue: at the `series:` value', async () => {
    const r = await checkYaml(`series: other.yaml\n${ISSUE}`);
    expect(where(r.diags)).toEqual(['1:9 file-missing']);
    expect(r.diags[0]!.message).toBe('cannot read series file: no such file');
  });

  it('a series file with a syntax error is reported in the series file', async () => {
    const r = await checkYaml(ISSUE, SERIES.replace('  name:', '\tname:'));
    expect(r.diags.map((d) => `${d.file.endsWith('bulletin.yaml') ? 'series' : 'issue'}:${d.line}:${d.column} ${d.code}`)).toEqual(['series:2:1 yaml-tab']);
  });
});
