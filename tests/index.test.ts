/**
 * `bulletin index`: the index of issues/ and of a generated year of 24 issues (written in shuffled
 * file order, one with 总第N期 missing, one supplement), as JSON validated against the shipped
 * schema by an independent validator (ajv), and as a PDF set by our own pipeline, read back and
 * checked against the grid by the verifier.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverIssues } from '../src/build/discover.js';
import { buildIndex } from '../src/index/build.js';
import { checkPdf } from '../src/verify/check-pdf.js';
import { readPdf } from '../src/verify/pdf-glyphs.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'bulletin');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'index.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

interface Written {
  number: number;
  date: string;
  total?: number;
  supplement?: boolean;
  columns: { heading: string; titles: string[] }[];
}

const COLUMNS = ['要情快报', '经验交流', '学教动态'];
const TOPICS = ['召开党史学习教育推进会', '开展科普进社区活动', '举办青年科技人才论坛', '组织专家赴基层调研', '发布年度科技创新报告', '推进学会服务站建设'];

/** A year of 24 issues, twice a month, titles made from the number so that every one differs. */
function year(): Written[] {
  return Array.from({ length: 24 }, (_, i) => {
    const n = i + 1;
    const month = Math.floor(i / 2) + 1;
    const day = i % 2 ? 20 : 5;
    return {
      number: n,
      date: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      ...(n === 7 ? {} : { total: 100 + n }),
      columns: COLUMNS.slice(0, 1 + (n % 3)).map((heading, c) => ({ heading, titles: Array.from({ length: 1 + ((n + c) % 2) }, (_, t) => `第${n}期${heading}：市科协${TOPICS[(n + c + t) % TOPICS.length]}`) })),
    };
  });
}

function issueYaml(w: Written): string {
  const columns = w.columns
    .map((c) => `  - heading: ${c.heading}\n    articles:\n${c.titles.map((t) => `      - title: ${t}\n        paragraphs:\n          - ${t}，取得良好成效。`).join('\n')}\n      - paragraphs:\n          - 一条没有标题的短讯。`)
    .join('\n');
  return `masthead:\n  number: ${w.number}\n  date: ${w.date}\n${w.total ? `  total: ${w.total}\n` : ''}${w.supplement ? '  supplement: true\n' : ''}columns:\n${columns}\n`;
}

describe('index of a generated year of 24 issues', () => {
  let dir: string;
  const written = year();
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-index-'));
    writeFileSync(path.join(dir, 'bulletin.yaml'), 'masthead:\n  name: 某某市科协工作简报\n  office: 市科协办公室\nfooter:\n  报: [市委办公室]\n');
    // File names that do not sort as the numbers do: the index sorts by number, not by name.
    written.forEach((w, i) => writeFileSync(path.join(dir, `${String.fromCharCode(97 + ((i * 7) % 24))}-${w.number}.yaml`), issueYaml(w)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes JSON the schema accepts, sorted by number, with what each issue says', async () => {
    const out = path.join(dir, 'index.json');
    await buildIndex(discoverIssues([dir]).issues, dir, out, { format: 'json' });
    const json = JSON.parse(readFileSync(out, 'utf8')) as { issues: { number: number; total?: number; label: string; date: string; columns: unknown }[] };
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.issues.map((e) => e.number)).toEqual(written.map((w) => w.number));
    for (const [i, e] of json.issues.entries()) {
      const w = written[i]!;
      expect(e.date).toBe(w.date);
      expect(e.total).toBe(w.total);
      expect(e.label).toBe(w.total ? `第${w.number}期（总第${w.total}期）` : `第${w.number}期`);
      expect(e.columns).toEqual(w.columns);
    }
  });

  it('rejects what the schema forbids (the validator is not a rubber stamp)', () => {
    expect(validate({ version: 1, issues: [{ file: 'a.yaml', name: 'x', number: 0, label: '第0期', date: '2023-1-5', columns: [] }] })).toBe(false);
    expect(validate({ version: 2, issues: [] })).toBe(false);
  });

  it('sets a PDF on the grid with every title in order, through our own pipeline', async () => {
    const out = path.join(dir, 'index.pdf');
    const r = await buildIndex(discoverIssues([dir]).issues, dir, out, { format: 'pdf' });
    expect(r.pages).toBeGreaterThan(1);
    const bytes = new Uint8Array(readFileSync(out));
    const pages = await readPdf(bytes);
    const text = pages.flatMap((p) => [...p.glyphs].sort((a, b) => a.y - b.y || a.x - b.x).map((g) => g.ch)).join('');
    let at = 0;
    for (const w of written) {
      for (const wanted of [`第${w.number}期`, ...w.columns.flatMap((c) => [`【${c.heading}】`, ...c.titles])]) {
        const i = text.indexOf(wanted, at);
        expect(i, wanted).toBeGreaterThanOrEqual(0);
        at = i + wanted.length;
      }
    }
    expect(text).toContain('某某市科协工作简报');
    expect(text).toContain('2023年目录');
    const report = await checkPdf(bytes);
    expect(report.violations).toEqual([]);
    // Same input, same bytes.
    await buildIndex(discoverIssues([dir]).issues, dir, path.join(dir, 'again.pdf'), { format: 'pdf' });
    expect(readFileSync(path.join(dir, 'again.pdf')).equals(readFileSync(out))).toBe(true);
  });
});

describe('bulletin index issues/', () => {
  it('lists issue 14 with the titles its YAML gives, as JSON the schema accepts', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-index-'));
    try {
      const out = path.join(dir, 'index.json');
      const r = spawnSync(process.execPath, [BIN, 'index', path.join(ROOT, 'issues'), '--format', 'json', '-o', out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const json = JSON.parse(readFileSync(out, 'utf8')) as { issues: { file: string; number: number; columns: { heading: string; titles: string[] }[] }[] };
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      const yaml = parse(readFileSync(path.join(ROOT, 'issues', 'issue-14.yaml'), 'utf8')) as { columns: { heading: string; articles: { title?: string }[] }[] };
      const fourteen = json.issues.find((e) => e.file === 'issue-14.yaml')!;
      expect(fourteen.number).toBe(14);
      expect(fourteen.columns).toEqual(yaml.columns.map((c) => ({ heading: c.heading, titles: c.articles.flatMap((a) => (a.title ? [a.title] : [])) })));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with the broken issue positioned, writing nothing; a folder without issues is a usage error', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-index-'));
    try {
      writeFileSync(path.join(dir, 'issue-1.yaml'), 'masthead:\n  name: 简报\n  office: 办公室\n  number: 1\n  date: 2023-02-30\ncolumns:\n  - heading: 要情\n    articles:\n      - paragraphs: [正文。]\n');
      const out = path.join(dir, 'index.pdf');
      const r = spawnSync(process.execPath, [BIN, 'index', dir, '-o', out], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' } });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('issue-1.yaml:5:9');
      expect(spawnSync('test', ['-e', out]).status).not.toBe(0);
      rmSync(path.join(dir, 'issue-1.yaml'));
      const none = spawnSync(process.execPath, [BIN, 'index', dir], { encoding: 'utf8' });
      expect(none.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
