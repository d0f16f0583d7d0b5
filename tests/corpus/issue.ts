/** The hard-case corpus as an issue file, so it can be built and read back like a bulletin. */
import { HARD_CASES } from './hard-cases.js';

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
