/**
 * A Word contribution end to end: a real .docx (built with the `docx` package) imported with
 * `bulletin import`, the issue built, and the PDF's text read back with pdfjs-dist and compared
 * with the Word text as it must read after the import mends it — the expected text written out in
 * tests/import-fixtures.ts, not computed by the normaliser.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssueFile } from '../src/build/pipeline.js';
import { ROOT } from './helpers.js';
import { BOLD, BROKEN, CAPTIONS, PASTED, SOURCE, SUBHEADINGS, TITLE, writeContribution } from './import-fixtures.js';

const BIN = path.join(ROOT, 'bin', 'bulletin');
const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-import-'));
const docx = path.join(dir, '汇报会.docx');
const issue = path.join(dir, 'issue-15.yaml');
const squash = (s: string) => s.replace(/\s+/gu, '');
let run: { status: number | null; stdout: string; stderr: string };
let bodyText = '';
let allText = '';

const bulletin = (args: string[], lang = 'en') => spawnSync(process.execPath, [BIN, '--lang', lang, ...args], { encoding: 'utf8', cwd: dir });

beforeAll(async () => {
  copyFileSync(path.join(ROOT, 'issues', 'bulletin.yaml'), path.join(dir, 'bulletin.yaml'));
  copyFileSync(path.join(ROOT, 'issues', 'issue-14.yaml'), path.join(dir, 'issue-14.yaml'));
  await writeContribution(docx);
  run = bulletin(['import', '汇报会.docx', '--to', 'issue-15.yaml', '--column', '要情快报']);
  if (run.status !== 0) return;
  const pdf = path.join(dir, 'issue-15.pdf');
  await buildIssueFile(issue, pdf);
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0 }).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const size = (t: number[]) => Math.hypot(t[2]!, t[3]!);
    allText += content.items.map((i) => ('str' in i ? i.str : '')).join('');
    // 3号 (16 pt): body paragraphs and sub-headings, not the title, captions or page numbers.
    bodyText += content.items.map((i) => ('str' in i && Math.abs(size(i.transform) - 16) < 0.5 ? i.str : '')).join('');
  }
  await doc.destroy();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The body text in reading order, as the PDF holds it: paragraphs and sub-headings. */
const BODY_IN_ORDER = [
  PASTED.indentAndHalfWidth.clean,
  BROKEN.clean,
  SUBHEADINGS[0].clean,
  PASTED.spacesAndInvisible.clean,
  `${BOLD.before}${BOLD.bold}${BOLD.after}`,
  SUBHEADINGS[1].clean,
  PASTED.quotes.clean,
  SUBHEADINGS[2].clean,
  PASTED.dashAndEllipsis.clean,
  PASTED.latin.clean,
];

describe('bulletin import of a Word file', () => {
  it('succeeds, creating the issue from the latest one beside it', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('issue-15.yaml: created issue 15 from issue-14.yaml');
    expect(run.stdout).toContain('imported 汇报会.docx as article 1 of column 要情快报 (a new column)');
  });

  it('writes the article in the issue format: title, mended paragraphs, sub-headings, photos with captions, source', () => {
    const yaml = parse(readFileSync(issue, 'utf8')) as { masthead: { number: number }; columns: { heading: string; articles: unknown[] }[] };
    expect(yaml.masthead.number).toBe(15);
    expect(yaml.columns).toEqual([
      {
        heading: '要情快报',
        articles: [
          {
            title: TITLE,
            paragraphs: [
              PASTED.indentAndHalfWidth.clean,
              BROKEN.clean,
              { subheading: SUBHEADINGS[0].clean },
              PASTED.spacesAndInvisible.clean,
              BOLD.yaml,
              { image: 'photos/汇报会-1.jpg', caption: CAPTIONS[0] },
              { subheading: SUBHEADINGS[1].clean },
              PASTED.quotes.clean,
              { subheading: SUBHEADINGS[2].clean },
              { image: 'photos/汇报会-2.jpg', caption: CAPTIONS[1] },
              PASTED.dashAndEllipsis.clean,
              PASTED.latin.clean,
              { source: SOURCE },
            ],
          },
        ],
      },
    ]);
  });

  it('saves both photos unchanged under readable names', () => {
    expect(readdirSync(path.join(dir, 'photos')).sort()).toEqual(['汇报会-1.jpg', '汇报会-2.jpg']);
    expect(readFileSync(path.join(dir, 'photos', '汇报会-1.jpg')).equals(readFileSync(path.join(ROOT, 'issues', 'photos', 'meeting.jpg')))).toBe(true);
    expect(readFileSync(path.join(dir, 'photos', '汇报会-2.jpg')).equals(readFileSync(path.join(ROOT, 'issues', 'photos', 'choir.jpg')))).toBe(true);
  });

  it('reports the table with its position, and leaves a comment where it stood', () => {
    expect(run.stderr).toContain('¶11: a table (2 rows × 2 columns) was not imported');
    expect(run.stderr).toContain('洛阳市科协 | 15');
    const text = readFileSync(issue, 'utf8');
    expect(text).toMatch(/# source ¶11: a table \(2 × 2\) not imported.*\n\s+- subheading: 二、尽快查遗补漏/u);
    expect(text).toContain('# imported from 汇报会.docx');
  });

  it('reports every change to the text with its source paragraph', () => {
    const out = run.stdout;
    expect(out).toContain('¶2 removed indent spaces: ␣␣7月14 → 7月14');
    expect(out).toContain('¶2 half-width punctuation made full width: 4日上午,␣省科协召 → 4日上午，省科协召');
    expect(out).toContain('¶3 joined a manual line break: 作汇报，↵详细了解 → 作汇报，详细了解');
    expect(out).toContain('¶5 removed an invisible character');
    expect(out).toContain('¶5 removed a space in Chinese text: 史增信、␣学史崇德 → 史增信、学史崇德');
    expect(out).toContain('¶10 straight quote made “ ” ‘ ’: 扎实做好"后半篇文章"');
    expect(out).toContain('¶15 dash made whole (——): 红歌传唱—歌颂党的 → 红歌传唱——歌颂党的');
    expect(out).toContain('¶15 ellipsis made whole (……): 光辉历程…在中原大 → 光辉历程……在中原大');
    expect(out).toContain('¶7 photo → photos/汇报会-1.jpg, caption ¶8: 图1 汇报会现场');
    expect(out).toContain('¶18 source line: （漯河市科协）');
  });

  it('builds, and the PDF holds the Word text as mended, in order', () => {
    const body = squash(bodyText);
    let from = 0;
    for (const p of BODY_IN_ORDER) {
      const at = body.indexOf(squash(p), from);
      expect(at, `not found after ${from}: ${p}`).toBeGreaterThanOrEqual(from);
      from = at + squash(p).length;
    }
    const all = squash(allText);
    for (const t of [TITLE, ...CAPTIONS, `（${SOURCE}）`]) expect(all).toContain(squash(t));
    // Nothing pasted survives into print.
    expect(allText).not.toMatch(/[\u00A0\u200B"',.:!]|\(/u);
  });

  it('imports again without overwriting: the same photos are reused, the article is added a second time', () => {
    const again = bulletin(['import', '汇报会.docx', '--to', 'issue-15.yaml', '--column', '要情快报']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('as article 2 of column 要情快报');
    expect(again.stdout).toContain('photos/汇报会-1.jpg (already there, same photo)');
    expect(readdirSync(path.join(dir, 'photos')).sort()).toEqual(['汇报会-1.jpg', '汇报会-2.jpg']);
  });

  it('speaks Chinese with --lang zh', () => {
    const zh = bulletin(['import', '汇报会.docx', '--to', 'issue-16.yaml', '--column', '经验交流'], 'zh');
    expect(zh.status, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('第2段 删除段首缩进空格：␣␣7月14 → 7月14');
    expect(zh.stdout).toContain('第7段 图片 → photos/汇报会-1.jpg（已存在相同图片），图注为第8段：图1 汇报会现场');
    expect(zh.stderr).toContain('第11段：表格（2 行 × 2 列）未导入');
    expect(readFileSync(path.join(dir, 'issue-16.yaml'), 'utf8')).toContain('# 导入自 汇报会.docx');
  });

  it('refuses what it cannot take, writing nothing', () => {
    const before = readFileSync(issue, 'utf8');
    const odd = bulletin(['import', 'notes.pdf', '--to', 'issue-15.yaml']);
    expect(odd.status).toBe(2);
    expect(odd.stderr).toContain('give a .docx, .md or .txt file');
    const missing = bulletin(['import', 'missing.docx', '--to', 'issue-15.yaml']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read missing.docx: no such file');
    expect(readFileSync(issue, 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'issue-99.yaml'))).toBe(false);
  });
});
