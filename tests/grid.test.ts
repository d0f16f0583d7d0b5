/**
 * The grid check on PDFs read back with pdfjs-dist: the seed issue and the hard-case corpus conform
 * with zero violations, and the checker does fail — on a bad line set, and on a PDF whose display
 * list was spoiled before rendering.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssueFile, layoutIssue } from '../src/build/pipeline.js';
import { checkPdf, type PdfReport } from '../src/verify/check-pdf.js';
import { runVerify } from '../src/cli/verify.js';
import { checkLines, checkRules } from '../src/verify/grid.js';
import { classifyLines, type TextLine } from '../src/verify/lines.js';
import type { PdfGlyph } from '../src/verify/pdf-glyphs.js';
import { formatReport } from '../src/verify/report.js';
import { loadIssue } from '../src/load/issue.js';
import type { GlyphRun, Rule } from '../src/page/display.js';
import { GB_T_9704 as GBT9704 } from '../src/verify/standard.js';
import { renderPdf } from '../src/render/pdf.js';
import { randomParagraph, rng, WIDE_PIECES } from './corpus/random.js';
import { fonts, ROOT, SEED } from './helpers.js';

const CORPUS = path.join(ROOT, 'tests', 'corpus', 'hard-cases.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-grid-'));
const seedPdf = path.join(dir, 'issue-14.pdf');
const corpusPdf = path.join(dir, 'hard-cases.pdf');
const randomPdf = path.join(dir, 'random.pdf');
let seed: PdfReport;
let corpus: PdfReport;
let random: PdfReport;

/**
 * 80 seeded random paragraphs as an issue. With seed 4 the check once found three lines ending
 * short of the edge: a space at the line end had taken a share of the stretch.
 */
function randomIssue(): string {
  const next = rng(4);
  const paragraphs = Array.from({ length: 80 }, () => randomParagraph(next, WIDE_PIECES));
  const file = path.join(dir, 'random.yaml');
  const lines = ['masthead:', '  name: 随机段落', '  number: 2', '  office: 测试', '  date: 2026-11-25', 'columns:', '  - heading: 随机', '    articles:', '      - title: 随机段落', '        paragraphs:'];
  writeFileSync(file, [...lines, ...paragraphs.map((p) => `          - ${JSON.stringify(p)}`), ''].join('\n'));
  return file;
}

beforeAll(async () => {
  await buildIssueFile(SEED, seedPdf);
  await buildIssueFile(CORPUS, corpusPdf);
  seed = await checkPdf(readFileSync(seedPdf));
  corpus = await checkPdf(readFileSync(corpusPdf));
  await buildIssueFile(randomIssue(), randomPdf);
  random = await checkPdf(readFileSync(randomPdf));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('grid check of built PDFs', () => {
  it('issue 14 conforms: zero violations', () => {
    expect(seed.violations, formatReport('issue-14.pdf', seed)).toEqual([]);
    expect(seed.pages).toBeGreaterThanOrEqual(5);
    expect(seed.bodyLines).toBeGreaterThan(90);
    expect(seed.justified).toBeGreaterThan(70);
    // Most lines need no adjustment at all: every character on the bare 15.79 pt pitch.
    expect(seed.onPitch).toBeGreaterThan(50);
  });

  it('the hard-case corpus conforms: zero violations', () => {
    expect(corpus.violations, formatReport('hard-cases.pdf', corpus)).toEqual([]);
    expect(corpus.justified).toBeGreaterThanOrEqual(15);
  });

  it('80 random paragraphs of Han, spaces, punctuation, numbers and Latin conform: zero violations', () => {
    expect(random.violations, formatReport('random.pdf', random)).toEqual([]);
    expect(random.pages).toBeGreaterThan(10);
  });

  it('finds the body baselines where the grid puts them: the em box centred in a 225/22 mm row', () => {
    const row = 225 / 22;
    const expected = (row - (16 * 25.4) / 72) / 2 + (16 * 0.88 * 25.4) / 72;
    expect(seed.baselineInRow).toBeCloseTo(expected, 2);
    expect(corpus.baselineInRow).toBeCloseTo(expected, 2);
  });

  it('reads the masthead rule, the footer rules and the page numbers where issue 2 put them', () => {
    const f = seed.furniture;
    expect(f.mastheadRule?.thickness).toBeCloseTo(0.75, 2);
    expect(f.mastheadRule?.x1).toBeCloseTo(28, 1);
    expect(f.mastheadRule?.x2).toBeCloseTo(184, 1);
    expect(f.footerRules.map((r) => Number(r.thickness.toFixed(2)))).toEqual([0.35, 0.25, 0.35]);
    expect(f.footerRules[2]!.y).toBeCloseTo(262, 1);
    expect(f.folios.map((x) => x.text)).toEqual(Array.from({ length: seed.pages }, (_, i) => `—${i + 1}—`));
    const oneChar = (14 * 25.4) / 72;
    for (const x of f.folios) {
      if (x.page % 2) expect(x.right).toBeCloseTo(184 - oneChar, 1);
      else expect(x.left).toBeCloseTo(28 + oneChar, 1);
    }
  });

  it('the CLI prints a report and exits 0 on conforming files, 1 on a file that is not a PDF, 2 without files', async () => {
    const out: string[] = [];
    expect(await runVerify([seedPdf], (s) => out.push(s))).toBe(0);
    expect(out.join('\n')).toContain('0 violations');
    const junk = path.join(dir, 'junk.pdf');
    writeFileSync(junk, 'not a pdf');
    const bad: string[] = [];
    expect(await runVerify([junk], (s) => bad.push(s))).toBe(1);
    expect(bad.join('\n')).toMatch(/junk\.pdf: not a readable PDF/);
    expect(await runVerify([], () => {})).toBe(2);
  });

  it('runs as `bulletin verify` and as `npm run check:grid`: the report on stdout, exit 0 for issue 14 (other exit codes: see above)', () => {
    const verify = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'bulletin'), 'verify', seedPdf], { encoding: 'utf8' });
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/issue-14\.pdf: \d+ pages, \d+ body lines[\s\S]*0 violations/);
    const npm = spawnSync('npm', ['run', '--silent', 'check:grid', '--', seedPdf], { cwd: ROOT, encoding: 'utf8' });
    expect(npm.status, npm.stderr).toBe(0);
    expect(npm.stdout).toBe(verify.stdout);
  });

  it('fails a PDF rendered from a spoiled display list', async () => {
    const doc = layoutIssue(loadIssue(CORPUS).issue, fonts());
    const body = doc.pages[0]!.items.filter((i): i is GlyphRun => i.type === 'text' && i.kind === 'body');
    body[0]!.y += 0.5; // off the grid
    const full = body.find((r) => r !== body[0] && r.glyphs[r.glyphs.length - 1]!.x > 175)!;
    full.glyphs = full.glyphs.map((g) => ({ ...g, x: g.x + 1 })); // starts at neither edge nor indent
    const folio = doc.pages[0]!.items.find((i): i is GlyphRun => i.type === 'text' && i.kind === 'folio')!;
    folio.glyphs = folio.glyphs.map((g) => ({ ...g, x: g.x - 2 })); // no longer one character in
    const lastPage = doc.pages[doc.pages.length - 1]!;
    const bottomRule = lastPage.items.filter((i): i is Rule => i.type === 'rule').sort((a, b) => b.y - a.y)[0]!;
    bottomRule.y -= 1; // the footer's last rule off the block's bottom edge
    const redRule = doc.pages[0]!.items.find((i): i is Rule => i.type === 'rule')!;
    redRule.color = [0, 0, 0, 100]; // a black masthead rule
    const report = await checkPdf(await renderPdf(doc, fonts()));
    const checks = new Set(report.violations.map((v) => v.check));
    expect(checks).toContain('folio');
    expect(checks).toContain('footer');
    expect(checks).toContain('masthead');
    expect(checks).toContain('grid');
    expect(checks).toContain('start');
    expect(checks).toContain('block'); // the shifted line now reaches past the right edge
    const text = formatReport('spoiled.pdf', report);
    expect(text).toMatch(/FAIL grid/);
    expect(text).toMatch(/spoiled\.pdf: page 1, baseline/);
  });
});

/** A one-page PDF written by hand around a content stream (the reader is tested, not our renderer). */
function handMadePdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.7\n';
  const offsets = objects.map((o, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

describe('images read back from a PDF', () => {
  it('finds each image\'s box and reports one that leaves the block', async () => {
    // A 100 × 50 pt grey image at the block's left edge, and one 18 pt left of the page's margin.
    const image = (x: number) => `q 100 0 0 50 ${x} 600 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \xff EI Q`;
    const report = await checkPdf(handMadePdf(`${image(79.37)}\n${image(10)}`));
    const outside = report.violations.filter((v) => v.text === '(image)');
    expect(outside).toHaveLength(1);
    expect(outside[0]!.message).toMatch(/an image at 3\.53–38\.81 × 67\.69–85\.33 mm reaches outside the block/);
  });
});

describe('the checker on a deliberately bad line set', () => {
  const CELL = 156 / 28;
  const SIZE_MM = (16 * 25.4) / 72;
  const ROW = 225 / 22;
  const BASE = 37 + 7.26;
  /** A body line of `text` from x0 on the 15.79 pt pitch, on grid row `row` (0-based) of `page`. */
  const body = (text: string, x0: number, row: number, page = 1, dy = 0): TextLine => {
    const y = BASE + row * ROW + dy;
    const glyphs: PdfGlyph[] = [...text].map((ch, i) => ({ ch, x: x0 + i * CELL, y, advance: SIZE_MM, size: 16, font: 'FandolFang-Regular' }));
    return { page, y, kind: 'body', glyphs, text, font: 'FandolFang-Regular', size: 16 };
  };
  const indent = 28 + 2 * CELL;
  const full = '国'.repeat(28);
  const check = (lines: TextLine[]) => checkLines(lines, GBT9704).violations;

  it('passes a good paragraph (the control)', () => {
    expect(check([body('国'.repeat(26), indent, 0), body(full, 28, 1), body('国国国。', 28, 2)])).toEqual([]);
  });

  it('reports a line starting off the edge and the indent', () => {
    const v = check([body('国'.repeat(26), indent, 0), body('国'.repeat(5), 30, 1)]);
    expect(v.map((x) => x.check)).toContain('start');
    expect(v.find((x) => x.check === 'start')!.message).toMatch(/starts at 30\.00 mm/);
  });

  it('reports a non-final line that stops short of the right edge', () => {
    const v = check([body('国'.repeat(25), indent, 0), body('国国', 28, 1)]);
    expect(v).toHaveLength(1);
    expect(v[0]!.check).toBe('end');
    expect(v[0]!.message).toMatch(/ends at 178\.43 mm/);
  });

  it('reports a baseline off the grid and a row outside the block', () => {
    const v = check([body('国'.repeat(26), indent, 0), body('国国。', 28, 1, 1, 0.4), body('国国国。', indent, 22)]);
    expect(v.filter((x) => x.check === 'grid')).toHaveLength(2);
  });

  it('reports Han characters set closer than the character pitch', () => {
    const tight = body('国'.repeat(28), 28, 1);
    tight.glyphs.forEach((gl, k) => (gl.x = 28 + k * (CELL - 0.05)));
    const v = check([body('国'.repeat(26), indent, 0), tight, body('国国', 28, 2)]);
    expect(v.map((x) => x.check)).toContain('pitch');
    expect(checkLines([body('国'.repeat(26), indent, 0)], GBT9704).onPitch).toBe(1);
  });

  it('reports kinsoku violations at line starts and ends, and split —— and numbers', () => {
    const v = check([
      body('国'.repeat(25) + '“', indent, 0),
      body('，' + '国'.repeat(27), 28, 1),
      body('国'.repeat(27) + '—', 28, 2),
      body('—' + '国'.repeat(26) + '1', 28, 3),
      body('8国。', 28, 4),
    ]);
    const messages = v.filter((x) => x.check === 'kinsoku').map((x) => x.message);
    expect(messages.some((m) => m.includes('ends with "“"'))).toBe(true);
    expect(messages.some((m) => m.includes('starts with "，"'))).toBe(true);
    expect(messages.some((m) => m.includes('splits "——"'))).toBe(true);
    expect(messages.some((m) => m.includes('"1|8"'))).toBe(true);
  });

  it('reports glyphs and rules beyond the block, and text below it that is not a page number', () => {
    const over = body('国'.repeat(29), 28, 0);
    const folio: TextLine = { ...body('附注', 100, 0), y: 270, kind: 'folio' };
    const v = check([over, folio]);
    expect(v.filter((x) => x.check === 'block').map((x) => x.message).join('\n')).toMatch(/right of the block[\s\S]*not a page number/);
    const r = checkRules([{ page: 1, rule: { x1: 20, x2: 184, y: 80, thickness: 0.75, color: '#ff0000' } }], GBT9704);
    expect(r).toHaveLength(1);
  });

  it('tells body text by the body size, even where titles outnumber it', () => {
    const glyph = (ch: string, x: number, y: number, size: number, font: string): PdfGlyph => ({ ch, x, y, advance: (size * 25.4) / 72, size, font });
    const title = [...'标'.repeat(40)].map((ch, i) => glyph(ch, 30 + (i % 18) * 7.7, 60 + Math.floor(i / 18) * ROW, 22, 'Title'));
    const text = [...'国'.repeat(10)].map((ch, i) => glyph(ch, indent + i * CELL, BASE + 5 * ROW, 16, 'Body'));
    const lines = classifyLines([{ number: 2, width: 210, height: 297, glyphs: [...title, ...text], rules: [], images: [] }], GBT9704);
    expect(lines.filter((l) => l.kind === 'body').map((l) => l.font)).toEqual(['Body']);
  });

  it('lets a closing mark give up its blank half at the line end, but not a Han character', () => {
    const squeezed = body('国'.repeat(27) + '。', 28, 1);
    squeezed.glyphs[27]!.x = 184 - CELL / 2;
    expect(check([body('国'.repeat(26), indent, 0), squeezed, body('国国', 28, 2)])).toEqual([]);
    const han = body('国'.repeat(28), 28, 1);
    han.glyphs[27]!.x = 184 - CELL / 2;
    expect(check([body('国'.repeat(26), indent, 0), han, body('国国', 28, 2)]).map((x) => x.check)).toContain('block');
  });
});
