/** The hard-case corpus as an issue file, so it can be built and read back like a bulletin. */
import { HARD_CASES } from './hard-cases.js';
import { TITLE_CASES } from './titles.js';

export function corpusIssueYaml(): string {
  const lines = [
    '# Generated from tests/corpus/hard-cases.ts by `npx tsx tests/corpus/write-issue.ts`: do not edit.',
    'masthead:',
    '  name: 排版疑难用例',
    '  number: 1',
    '  office: bulletin 测试',
    '  date: 2026-11-24',
    'columns:',
    '  - heading: 疑难用例',
    '    articles:',
    ...HARD_CASES.flatMap((c, i) => [`      - title: 用例${i + 1}`, '        paragraphs:', `          - ${JSON.stringify(c.text)}`]),
    'footer:',
    '  报: [排版组]',
    '',
  ];
  return lines.join('\n');
}

/** The title corpus as an issue file: each title over a one-line paragraph, to be built and looked at. */
export function titlesIssueYaml(): string {
  const lines = [
    '# Generated from tests/corpus/titles.ts by `npx tsx tests/corpus/write-issue.ts`: do not edit.',
    'masthead:',
    '  name: 标题断行用例',
    '  number: 1',
    '  office: bulletin 测试',
    '  date: 2026-12-01',
    'columns:',
    '  - heading: 标题用例',
    '    articles:',
    ...TITLE_CASES.flatMap((c, i) => [`      - title: ${JSON.stringify(c.text)}`, '        paragraphs:', `          - 用例${i + 1}。`]),
    'footer:',
    '  报: [排版组]',
    '',
  ];
  return lines.join('\n');
}
