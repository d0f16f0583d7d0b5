/** Small generated archives for the build tests: many quick issues, a series file, a broken one. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SERIES = `masthead:
  name: 测试简报
  office: 测试办公室
footer:
  报: [上级单位]
  送: [各有关单位]
`;

export function smallIssue(n: number, extra = ''): string {
  return `${extra}masthead:
  number: ${n}
  date: 2024-${1 + (n % 12)}-${1 + (n % 28)}
columns:
  - heading: 要情快报
    articles:
      - title: 第${n}期的消息
        paragraphs:
          - 本期第${n}条消息：各单位认真学习，积极开展工作，取得了明显成效。
`;
}

/**
 * A folder of `count` good issues (a few of them naming another series file with `series:`), the
 * series files, and one broken issue whose error sits at line 3. Returns the folder.
 */
export function makeArchive(count: number): { dir: string; good: string[]; broken: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-archive-'));
  writeFileSync(path.join(dir, 'bulletin.yaml'), SERIES);
  mkdirSync(path.join(dir, 'special'));
  writeFileSync(path.join(dir, 'special', 'series-special.yaml'), SERIES.replace('测试简报', '测试专刊'));
  const good: string[] = [];
  for (let n = 1; n <= count; n++) {
    const special = n % 20 === 0;
    const file = special ? path.join(dir, 'special', `issue-${n}.yaml`) : path.join(dir, `issue-${n}.yaml`);
    writeFileSync(file, smallIssue(n, special ? 'series: series-special.yaml\n' : ''));
    good.push(file);
  }
  const broken = path.join(dir, `issue-${count + 1}.yaml`);
  writeFileSync(broken, `masthead:\n  number: ${count + 1}\n  date: 2024-02-30\ncolumns:\n  - heading: 要情快报\n    articles:\n      - paragraphs: [正文。]\n`);
  return { dir, good, broken };
}
