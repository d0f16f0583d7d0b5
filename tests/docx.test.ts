/**
 * The Word file, opened by real readers: mammoth (the DOCX's parts and paragraphs as a converter
 * reads them) and LibreOffice, which lays it out itself and prints it to PDF. The PDF it prints is
 * read back with pdfjs and measured against the issue's YAML (read here on its own, not through our
 * compose stage) and against GB/T 9704's grid: 28 characters a line, 22 lines a page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssueFile } from '../src/build/pipeline.js';
import { readPdf, type PdfGlyph, type PdfPage } from '../src/verify/pdf-glyphs.js';
import { ROOT, SEED } from './helpers.js';

/** Every text of issue 14 a reader sees, in order, without spaces or ** marks: from the YAML itself. */
function textsOfSeed(): string[] {
  const bare = (s: string) => s.replace(/\*\*/gu, '').replace(/\s+/gu, '');
  const issue = parse(readFileSync(SEED, 'utf8')) as { columns: { heading: string; articles: { title?: string; paragraphs: unknown[] }[] }[] };
  const out: string[] = [];
  for (const column of issue.columns) {
    out.push(`【${column.heading}】`);
    for (const article of column.articles) {
      if (article.title) out.push(article.title);
      for (const p of article.paragraphs) {
        if (typeof p === 'string') out.push(p);
        else if (p && typeof p === 'object' && 'caption' in p) out.push(String((p as { caption: string }).caption));
        else if (p && typeof p === 'object' && 'images' in p) for (const i of (p as { images: { caption?: string }[] }).images) if (i.caption) out.push(i.caption);
      }
    }
  }
  return out.map(bare);
}

/** Finds each text after the previous one; returns the texts not found in order. */
function missingInOrder(haystack: string, texts: string[]): string[] {
  let at = 0;
  const missing: string[] = [];
  for (const t of texts) {
    const i = haystack.indexOf(t, at);
    if (i < 0) missing.push(t);
    else at = i + t.length;
  }
  return missing;
}

/** A fontconfig file that offers the repository's fonts under the office names the DOCX asks for. */
function officeFontAliases(dir: string): string {
  const alias = (office: string, font: string) => `<alias binding="same"><family>${office}</family><prefer><family>${font}</family></prefer></alias>`;
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(ROOT, 'fonts')}</dir>
  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>
  ${alias('仿宋_GB2312', 'FandolFang')}
  ${alias('楷体_GB2312', 'FandolKai')}
  ${alias('黑体', 'FandolHei')}
  ${alias('宋体', 'FandolSong')}
  ${alias('方正小标宋简体', 'Noto Serif CJK SC')}
</fontconfig>
`,
  );
  return file;
}

const isHanOrCjkPunct = (ch: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u.test(ch);

/** Glyphs grouped into lines: one baseline (±0.5 mm) of one page, left to right. */
function linesOf(page: PdfPage): PdfGlyph[][] {
  const lines: PdfGlyph[][] = [];
  for (const g of [...page.glyphs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l[0]!.y - g.y) < 0.5);
    if (line) line.push(g);
    else lines.push([g]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

describe('docx of issue 14', () => {
  let dir: string;
  let docx: Buffer;
  let pages: PdfPage[];
  let loPdf: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-docx-'));
    await buildIssueFile(SEED, path.join(dir, 'issue-14.pdf'), { formats: ['docx'] });
    docx = readFileSync(path.join(dir, 'issue-14.docx'));
    // LibreOffice (Debian libreoffice-writer, which .ci/run installs): no silent skip.
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    expect(soffice.status, 'soffice (libreoffice-writer) must be installed').toBe(0);
    const profile = path.join(dir, 'profile');
    mkdirSync(profile);
    const env = { ...process.env, HOME: dir, FONTCONFIG_FILE: officeFontAliases(dir) };
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), path.join(dir, 'issue-14.docx')], { env, stdio: 'ignore', timeout: 120_000 });
    loPdf = readFileSync(path.join(dir, 'lo', 'issue-14.pdf'));
    pages = await readPdf(new Uint8Array(loPdf));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same bytes when built again in the same process (picture ids restart)', async () => {
    mkdirSync(path.join(dir, 'again'));
    await buildIssueFile(SEED, path.join(dir, 'again', 'issue-14.pdf'), { formats: ['docx'] });
    expect(readFileSync(path.join(dir, 'again', 'issue-14.docx')).equals(docx)).toBe(true);
  });

  it('sets the GB/T 9704 page and grid, the office fonts and the page-number field', () => {
    const files = unzipSync(new Uint8Array(docx));
    const document = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    // A4 in twips (1 mm = 1440 / 25.4), margins leaving the 156 × 225 mm block at 37 / 28 mm.
    const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
    expect(document).toContain(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`);
    expect(document).toMatch(new RegExp(`<w:pgMar w:top="${twips(37)}" w:right="${twips(26)}" w:bottom="${twips(35)}" w:left="${twips(28)}"`, 'u'));
    // 22 lines: 225 mm = 637.8 pt / 22 = 28.99 pt, floored to whole twips; 28 characters: 15.79 pt = 16 pt − 848/4096.
    expect(document).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>');
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:evenAndOddHeaders/>');
    for (const font of ['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312']) expect(styles).toContain(`w:eastAsia="${font}"`);
    for (const name of ['标题', '栏目', '一级标题', '版记', '图片说明']) expect(styles).toContain(`<w:name w:val="${name}"/>`);
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/u.test(f)).map((f) => strFromU8(files[f]!));
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(f.replace(/<[^>]+>/gu, '')).toMatch(/^—\s*PAGE\s*—$/u);
    expect(footers.map((f) => f.match(/<w:jc w:val="(\w+)"/u)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('opens in mammoth with every paragraph, in order, and the named styles', async () => {
    const { value: text, messages } = await mammoth.extractRawText({ buffer: docx });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(missingInOrder(text.replace(/\s+/gu, ''), textsOfSeed())).toEqual([]);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx }, { styleMap: ["p[style-name='标题'] => h1:fresh", "p[style-name='栏目'] => h2:fresh"] });
    expect(html).toContain('<h1>省科协召开党史学习教育阶段工作汇报会</h1>');
    expect(html).toContain('<h2>【要情快报】</h2>');
  });

  it('prints, through LibreOffice, every paragraph of the issue in order and the 报/送 lines', () => {
    // The text in the block (page numbers, below it, would cut a paragraph that runs on to the next page).
    const all = pages.flatMap((p) => linesOf(p).filter((l) => l[0]!.y < 262 + 1).flatMap((l) => l.map((g) => g.ch))).join('').replace(/\s+/gu, '');
    expect(missingInOrder(all, textsOfSeed())).toEqual([]);
    expect(all).toContain('报：省委党史学习教育领导小组办公室，中国科协党史学习教育领导小组办公室，省科协领导。');
    expect(all).toContain('送：省科协机关各部室、各直属事业单位');
  });

  it('sets full body lines of 28 characters (±1 for punctuation) at 15.79 pt', () => {
    const full = pages.flatMap((p) =>
      linesOf(p).filter((l) => l[0]!.font.includes('FandolFang') && Math.abs(l[0]!.size - 16) < 0.6 && Math.abs(l[0]!.x - 28) < 0.5 && l[l.length - 1]!.x + l[l.length - 1]!.advance > 184 - 2 && l.every((g) => isHanOrCjkPunct(g.ch))),
    );
    expect(full.length).toBeGreaterThan(40); // most lines of the issue: the test measures something
    for (const line of full) expect(Math.abs(line.length - 28), line.map((g) => g.ch).join('')).toBeLessThanOrEqual(1);
  });

  it('puts 22 lines on a full page, body lines on its grid of rows 225 / 22 mm apart', () => {
    // Full pages: neither the first (masthead) nor the last (版记), without a photo, whose last
    // paragraph runs on to the next page (its first line there starts at the block's edge, not
    // indented). A page that ends a paragraph may leave a line empty rather than strand one line of
    // the next (widow control), or a row of photos that does not fit may move on.
    const inBlock = (page: PdfPage) => linesOf(page).filter((l) => l[0]!.y > 37 && l[0]!.y < 262 + 1);
    const isBody = (l: PdfGlyph[]) => l[0]!.font.includes('FandolFang') && Math.abs(l[0]!.size - 16) < 0.6;
    const runsOn = (i: number) => {
      const next = pages[i + 1] && inBlock(pages[i + 1]!)[0];
      return !!next && isBody(next) && Math.abs(next[0]!.x - 28) < 0.5;
    };
    const full = pages.slice(1, -1).filter((p, i) => p.images.length === 0 && runsOn(i + 1));
    expect(full.length).toBeGreaterThan(0);
    for (const page of full) {
      const lines = inBlock(page);
      expect(lines.length, `page ${page.number}`).toBe(22);
      // Titles sit in their row their own way; body lines share one grid.
      const body = lines.filter(isBody).map((l) => l[0]!.y);
      for (const y of body) {
        const rows = (y - body[0]!) / (225 / 22);
        expect(Math.abs(rows - Math.round(rows)) * (225 / 22), `page ${page.number}, baseline ${y.toFixed(2)} mm`).toBeLessThan(0.3);
      }
    }
  });

  it('prints the masthead name in red and the body in black', () => {
    const first = linesOf(pages[0]!);
    const name = first.find((l) => l.map((g) => g.ch).join('').startsWith('河南省科协'))!;
    const body = first.find((l) => l.map((g) => g.ch).join('').startsWith('7月14日'))!;
    // The colour as drawn: poppler renders page 1 at 50 dpi; the ink of each line's band is sampled.
    const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-'], { input: loPdf, maxBuffer: 64 << 20 });
    const header = ppm.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+255\s/u)!;
    const width = Number(header[1]);
    const rgb = ppm.subarray(header[0].length);
    const ink = (line: PdfGlyph[]) => {
      const px = (mm: number) => Math.round((mm / 25.4) * 50);
      const sum = [0, 0, 0];
      let n = 0;
      for (let y = px(line[0]!.y - line[0]!.size * 0.3); y <= px(line[0]!.y); y++) {
        for (let x = px(line[0]!.x); x < px(line[line.length - 1]!.x); x++) {
          const i = (y * width + x) * 3;
          if (rgb[i]! + rgb[i + 1]! + rgb[i + 2]! > 600) continue; // paper
          sum.forEach((_, c) => (sum[c]! += rgb[i + c]!));
          n++;
        }
      }
      return sum.map((s) => s / n);
    };
    const [r, g, b] = ink(name);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(90);
    expect(b).toBeLessThan(90);
    const [br, bg] = ink(body);
    expect(Math.abs(br! - bg!)).toBeLessThan(20); // grey to black, not red
  });
});
