/**
 * Render: draws a laid-out document with pdfkit — the only module that knows PDF. Every position
 * comes from the display list; the renderer decides nothing about layout. Colours are process
 * CMYK; fonts are embedded as subsets with ToUnicode maps; the same input gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import type { FontSet } from '../fonts/fontset.js';
import type { GlyphRun, LaidOutDocument, Rule } from '../page/display.js';
import { mmToPt } from '../page/units.js';
import { drawImage } from './image.js';
import { preparePhotos } from './photo-resample.js';
import { DEFAULT_SETTINGS } from '../compose/blocks.js';
import { DocumentFonts } from './document-fonts.js';
import { PageText, type PdfFont, type PdfPage } from './page-text.js';

/** A fixed date at noon UTC, so the PDF's dates and /ID depend on the issue alone. */
function pdfDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export interface PdfOptions {
  /** Photos are resampled to at most this resolution at their printed size (ppi); null embeds them as they are. */
  photoResolution?: number | null;
}

export async function renderPdf(doc: LaidOutDocument, fonts: FontSet, options: PdfOptions = {}): Promise<Buffer> {
  const photos = await preparePhotos(doc, options.photoResolution === undefined ? DEFAULT_SETTINGS.photoResolution : options.photoResolution);
  const date = pdfDate(doc.info.date);
  const pdf = new PDFDocument({
    autoFirstPage: false,
    font: '', // no default font: pdfkit would load and parse Helvetica's metrics, which nothing draws with
    size: [mmToPt(doc.pageWidth), mmToPt(doc.pageHeight)],
    margin: 0,
    lang: doc.info.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: doc.info.title,
      Author: doc.info.author,
      Subject: doc.info.subject,
      Keywords: doc.info.keywords,
      Creator: 'bulletin',
      Producer: 'bulletin (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  const internals = pdf as unknown as { _font: PdfFont; _fontCount: number; page: PdfPage };
  // Without the default font the first face would be named F1: it stays F2, as when Helvetica took
  // F1, so the PDF's bytes (font resource names, subset tags) are what they were.
  internals._fontCount = 1;
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const faces = new DocumentFonts(pdf, fonts);

  const drawRule = (r: Rule) => {
    pdf
      .save()
      .lineWidth(mmToPt(r.thickness))
      .strokeColor([...r.color] as [number, number, number, number])
      .moveTo(mmToPt(r.x1), mmToPt(r.y))
      .lineTo(mmToPt(r.x2), mmToPt(r.y))
      .stroke()
      .restore();
  };
  const fontOf = (run: GlyphRun): PdfFont => {
    pdf.font(faces.nameOf(run));
    return internals._font;
  };

  // Resampled photos are opened once, so a photo drawn twice is embedded once (as a file's path is).
  const opened = new Map<string, unknown>();
  const openImage = (bytes: Buffer) => (pdf as unknown as { openImage(src: Buffer): unknown }).openImage(bytes);
  const photoOf = (file: string) => {
    const source = photos.get(file) ?? file;
    if (typeof source === 'string') return source;
    if (!opened.has(file)) opened.set(file, openImage(source));
    return opened.get(file) as unknown as string;
  };

  let section: PDFKit.PDFOutline | undefined;
  for (const page of doc.pages) {
    pdf.addPage({ size: [mmToPt(doc.pageWidth), mmToPt(doc.pageHeight)], margin: 0 });
    const text = new PageText(internals.page);
    for (const item of page.items) {
      if (item.type === 'text') {
        text.fill(item.color);
        text.run(item, fontOf(item));
        continue;
      }
      text.flush(); // rules and photos are drawn by pdfkit, after the text before them
      if (item.type === 'rule') drawRule(item);
      else drawImage(pdf, item, photoOf(item.file));
    }
    text.flush();
    for (const entry of page.outline) {
      if (entry.level === 0 || !section) section = pdf.outline.addItem(entry.title, { expanded: true });
      else section.addItem(entry.title);
    }
  }
  pdf.end();
  return done;
}
