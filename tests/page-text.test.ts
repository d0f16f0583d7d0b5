/**
 * Text written straight into the content stream (src/render/page-text.ts) is what pdfkit's own
 * text() writes for the same glyphs. The seed issue's pages, and runs made for what the seed lacks
 * (words between spaces and tabs, a variation selector after a space and after a Han character,
 * negative and fractional letter-spacing, several colours), are drawn once each way — in faces
 * from the metrics cache and in a font parsed by fontkit — and the two PDFs are the same, byte for
 * byte: the same operators, and the same subsets, widths and ToUnicode maps filled while drawing.
 */
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS } from '../src/fonts/bundled.js';
import type { FontRole } from '../src/page/font-roles.js';
import { BLACK, RED, type GlyphRun, type Page } from '../src/page/display.js';
import { mmToPt } from '../src/page/units.js';
import { embeddable } from '../src/render/cached-font.js';
import { useCompactSubsets } from '../src/render/desubroutinize.js';
import { PageText, segments, type PdfFont, type PdfPage } from '../src/render/page-text.js';
import { useUnshapedLayout } from '../src/render/unshaped.js';
import { fonts, layoutSeed } from './helpers.js';

const A4 = [mmToPt(210), mmToPt(297)] as [number, number];
const PARSED = 'parsed';

/** The fonts drawn with: each role's face as the renderer registers it, and the body's file parsed by fontkit. */
function registered(): Map<string, object> {
  const set = fonts();
  const out = new Map<string, object>(Object.entries(set).map(([role, face]) => [role, embeddable(face)]));
  out.set(PARSED, useUnshapedLayout(useCompactSubsets(fontkit.openSync(BUNDLED_FONTS.body.file) as fontkit.Font)));
  return out;
}

/** `pages` drawn into a PDF, the text by PageText (`direct`) or by pdfkit's text(), segment by segment. */
function draw(pages: Page[], faces: Map<string, object>, direct: boolean): Promise<Buffer> {
  const pdf = new PDFDocument({ autoFirstPage: false, font: '', size: A4, margin: 0, compress: false, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  for (const [name, font] of faces) pdf.registerFont(name, font as unknown as string);
  const internals = pdf as unknown as { _font: PdfFont; page: PdfPage };
  for (const page of pages) {
    pdf.addPage({ size: A4, margin: 0 });
    const text = new PageText(internals.page);
    for (const run of page.items) {
      if (run.type !== 'text') continue;
      pdf.font(run.face ?? run.font);
      if (direct) {
        text.fill(run.color);
        text.run(run, internals._font);
        continue;
      }
      pdf.fontSize(run.size).fillColor([...run.color] as [number, number, number, number]);
      for (const seg of segments(run.glyphs)) {
        const str = seg.glyphs.map((g) => g.ch).join('');
        pdf.text(str, mmToPt(seg.glyphs[0]!.x), mmToPt(run.y), { lineBreak: false, baseline: 'alphabetic', characterSpacing: mmToPt(seg.spacing) });
      }
    }
    text.flush();
  }
  pdf.end();
  return done;
}

/** A run of `text` from `x` mm, each character `advance` mm wide, followed by the gaps in `gaps` (mm, cycled). */
function run(text: string, x: number, y: number, gaps: number[], extra: Partial<GlyphRun> = {}): GlyphRun {
  const glyphs = [...text].map((ch, i) => ({ ch, x: 0, advance: 5.6 + (i % 3) * 0.1 }));
  glyphs.forEach((g, i) => (g.x = i === 0 ? x : glyphs[i - 1]!.x + glyphs[i - 1]!.advance + gaps[(i - 1) % gaps.length]!));
  return { type: 'text', kind: 'body', font: 'body' as FontRole, size: 16, color: BLACK, y, glyphs, ...extra };
}

/** Runs for what the seed does not have, set in `face` (a role, or the parsed font). */
function madeRuns(face?: string): Page {
  const extra = face ? { face } : {};
  return {
    number: 1,
    outline: [],
    items: [
      run('GB/T 9704 2012 版记\t印发', 20, 40, [0], extra),
      run('字 \uFE00字\uFE01后', 20, 60, [0.25, 0.25, -0.3333333], extra),
      run('一二三四五六七八', 20, 80, [1e-9, 1e-9, 0.5, 0.5, 0.5, -0.125], { ...extra, color: RED, size: 22 }),
      run('（共印100份）', 20, 100, [0, 0.7, 0.7, 0, 0], { ...extra, color: [10, 20, 30.5, 40] }),
      run('标点挤压', 20, 120, [-0.3333333], extra),
      run('', 20, 140, [0], { ...extra, font: 'kai' }), // no glyphs: a fill colour, no text object, no font object
    ],
  };
}

/** Where two buffers first differ, with the text around it (for a readable failure). */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length && a.length === b.length) return 'none';
  return `at byte ${i}: ${JSON.stringify(a.subarray(Math.max(0, i - 80), i + 80).toString('latin1'))} vs ${JSON.stringify(b.subarray(Math.max(0, i - 80), i + 80).toString('latin1'))}`;
}

describe('text written into the content stream', () => {
  it('gives the bytes pdfkit’s text() gives: the seed issue', async () => {
    const pages = layoutSeed().pages;
    expect(pages.flatMap((p) => p.items).filter((i) => i.type === 'text').length).toBeGreaterThan(100);
    const [direct, viaText] = [await draw(pages, registered(), true), await draw(pages, registered(), false)];
    expect(firstDifference(direct, viaText)).toBe('none');
  });

  it('gives the bytes pdfkit’s text() gives: spaces, tabs, variation selectors, spacing, colours, in cached and parsed fonts', async () => {
    const pages = [madeRuns(), madeRuns(PARSED), madeRuns('title')];
    const [direct, viaText] = [await draw(pages, registered(), true), await draw(pages, registered(), false)];
    expect(firstDifference(direct, viaText)).toBe('none');
    // The runs were drawn: the three fonts carry text (F2 is the run without glyphs, which makes no
    // font object), the letter-spacing and the colours are there.
    const text = direct.toString('latin1');
    for (const op of ['/F1 16 Tf', '/F3 16 Tf', '/F4 16 Tf', '/F1 22 Tf', '0.708661 Tc', '-0.944882 Tc', '0 1 1 0 scn', '0.1 0.2 0.305 0.4 scn']) expect(text).toContain(op);
    expect(text).not.toContain('/F2 ');
  });
});
