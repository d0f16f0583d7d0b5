/**
 * Issue 14 built to PDF and read back by real readers: pdfjs-dist for the text, the document info
 * and the outline; pdffonts for the fonts; qpdf for the file's structure. Two builds, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssueFile } from '../src/build/pipeline.js';
import { ROOT, SEED, requireTool } from './helpers.js';

interface SeedYaml {
  masthead: { number: number; date: string };
  columns: { heading: string; articles: { title?: string; paragraphs: string[] }[] }[];
}
const issue = parse(readFileSync(SEED, 'utf8')) as SeedYaml;
const series = parse(readFileSync(path.join(ROOT, 'issues', 'bulletin.yaml'), 'utf8')) as { masthead: { name: string; office: string } };
const squash = (s: string) => s.replace(/\s+/gu, '');

const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-pdf-'));
const first = path.join(dir, 'a.pdf');
const second = path.join(dir, 'b.pdf');
let bytes: Buffer;
/** Each page's text as pdfjs extracts it (what copying or searching the PDF gives). */
let pageTexts: string[];
/** Each page's text set in 3号 (16 pt): body paragraphs and headings, without captions or page numbers. */
let bodyTexts: string[];
let info: Record<string, unknown>;
let outline: { title: string; items: { title: string }[] }[];

beforeAll(async () => {
  await buildIssueFile(SEED, first);
  await buildIssueFile(SEED, second);
  bytes = readFileSync(first);
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  pageTexts = [];
  bodyTexts = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pageTexts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
    const size = (t: number[]) => Math.hypot(t[2]!, t[3]!);
    bodyTexts.push(content.items.map((i) => ('str' in i && Math.abs(size(i.transform) - 16) < 0.5 ? i.str : '')).join(''));
  }
  info = (await doc.getMetadata()).info as Record<string, unknown>;
  outline = (await doc.getOutline()) ?? [];
  await doc.destroy();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a poppler or qpdf tool, or says why it cannot. */
function tool(name: string, args: string[]): { ok: true; out: string; status: number } | { ok: false; why: string } {
  const installed = requireTool(name, name === 'qpdf' ? 'qpdf' : 'poppler-utils');
  if (!installed.ok) return installed;
  const r = spawnSync(name, args, { encoding: 'utf8' });
  return { ok: true, out: `${r.stdout}${r.stderr}`, status: r.status ?? -1 };
}

describe('issue 14 read back from its PDF', () => {
  it('holds every paragraph of the seed, in order, with nothing but page numbers and captions in between', () => {
    // Page numbers "— N —" sit between the last line of a page and the first of the next.
    // 3号 text only: captions (of photos that float between two halves of a paragraph) are smaller.
    const text = squash(bodyTexts.join(''));
    // Text paragraphs only: photos and other kinds are items of their own (tested elsewhere).
    const paragraphs = issue.columns.flatMap((c) => c.articles.flatMap((a) => a.paragraphs.filter((p): p is string => typeof p === 'string')));
    expect(paragraphs.length).toBeGreaterThan(15);
    let from = 0;
    for (const p of paragraphs) {
      const at = text.indexOf(squash(p), from);
      expect(at, `paragraph not found after offset ${from}: ${p.slice(0, 30)}…`).toBeGreaterThanOrEqual(from);
      from = at + squash(p).length;
    }
  });

  it('holds every heading and title, and the footer', () => {
    const text = squash(pageTexts.join(''));
    for (const c of issue.columns) {
      expect(text).toContain(`【${c.heading}】`);
      for (const a of c.articles) if (a.title) expect(text).toContain(squash(a.title));
    }
    expect(pageTexts[pageTexts.length - 1]).toMatch(/报：\s*省委党史学习教育领导小组办公室/u);
  });

  it('numbers every page "— N —"', () => {
    pageTexts.forEach((t, i) => expect(squash(t).endsWith(`—${i + 1}—`)).toBe(true));
  });

  it('carries the document info: title, author, subject, keywords, date, language', () => {
    expect(info.Title).toBe(`${squash(series.masthead.name)} 第${issue.masthead.number}期`);
    expect(info.Author).toBe(series.masthead.office);
    const titles = issue.columns.flatMap((c) => c.articles.flatMap((a) => (a.title ? [a.title] : [])));
    for (const t of titles) expect(info.Subject).toContain(t);
    for (const c of issue.columns) expect(info.Keywords).toContain(c.heading);
    expect(info.CreationDate).toBe(`D:${String(issue.masthead.date).replace(/-/g, '')}000000Z`);
    expect(info.Language).toBe('zh-CN');
  });

  it('has an outline entry for each column, with its articles beneath', () => {
    expect(outline.map((o) => o.title)).toEqual(issue.columns.map((c) => `【${c.heading}】`));
    issue.columns.forEach((c, i) => {
      expect(outline[i]!.items.map((o) => o.title)).toEqual(c.articles.flatMap((a) => (a.title ? [a.title] : [])));
    });
  });

  it('is byte-identical when built twice', () => {
    expect(readFileSync(second).equals(bytes)).toBe(true);
  });

  it('embeds every font as a subset with a Unicode map (pdffonts)', (ctx) => {
    const r = tool('pdffonts', [first]);
    if (!r.ok) return ctx.skip(`skipped: ${r.why}`);
    expect(r.status).toBe(0);
    const rows = r.out.split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      // name type… encoding emb sub uni object ID: the three flags come before the object number.
      const flags = row.trim().split(/\s+/).slice(-5, -2);
      expect(flags, row).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('passes qpdf --check', (ctx) => {
    const r = tool('qpdf', ['--check', first]);
    if (!r.ok) return ctx.skip(`skipped: ${r.why}`);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/No syntax or stream encoding errors found/);
    expect(r.out).not.toMatch(/WARNING/i);
  });
});
