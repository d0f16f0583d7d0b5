/**
 * The composed blocks as Word paragraphs, each in its named style: Word breaks the lines and the
 * pages itself, and the person editing the file gets paragraphs, not positioned text.
 */
import { Paragraph, TextRun, type FileChild } from 'docx';
import type { Block } from '../../compose/blocks.js';
import type { PhotoCatalog } from '../../compose/photos.js';
import { normaliseSpaces } from '../../typeset/boxes.js';
import { CONTENTS_LABEL, CONTENTS_MARK } from '../../typeset/contents.js';
import { fontOf } from './fonts.js';
import { mastheadParagraphs } from './masthead.js';
import { photoChildren } from './photos.js';
import { STYLE } from './styles.js';

/**
 * Text with **…** stretches set in 黑体, as the PDF sets them. Typed spaces between Chinese and
 * Latin letters or digits are dropped as in the PDF: Word adds its own space there (autospace).
 */
export function emphasisRuns(text: string): TextRun[] {
  return normaliseSpaces(text)
    .split(/(\*\*.+?\*\*)/u)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') && part.endsWith('**') && part.length > 4 ? new TextRun({ text: part.slice(2, -2), font: fontOf('heading') }) : new TextRun(part)));
}

const SUBHEADING_STYLES = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3, 4: STYLE.heading4 } as const;

type Paragraphs<K extends Block['kind']> = (block: Extract<Block, { kind: K }>, photos: PhotoCatalog | undefined) => FileChild[];

/** Each kind of block as Word paragraphs; the type makes a kind of block without an entry fail to compile. */
export const DOCX_BLOCKS: { [K in Block['kind']]: Paragraphs<K> } = {
  masthead: (block) => mastheadParagraphs(block.masthead),
  heading: (block) => [new Paragraph({ style: STYLE.column, children: [new TextRun(`【${block.text}】`)] })],
  // The author's lines, when given, as line breaks within the one title paragraph.
  title: (block) => [new Paragraph({ style: STYLE.title, children: (block.lines ?? [block.text]).map((line, i) => new TextRun({ text: normaliseSpaces(line), break: i > 0 ? 1 : 0 })) })],
  paragraph: (block) => [new Paragraph({ style: STYLE.body, children: emphasisRuns(block.text) })],
  subheading: (block) => [new Paragraph({ style: SUBHEADING_STYLES[block.level], children: emphasisRuns(block.text) })],
  note: (block) => [new Paragraph({ style: STYLE.note, children: [new TextRun({ text: `${block.label}：`, font: fontOf('heading') }), ...emphasisRuns(block.text)] })],
  quote: (block) => [new Paragraph({ style: STYLE.quote, children: emphasisRuns(block.text) })],
  source: (block) => [new Paragraph({ style: STYLE.source, children: [new TextRun(block.text)] })],
  contents: (block) => [
    new Paragraph({ style: STYLE.contentsLabel, children: [new TextRun(CONTENTS_LABEL)] }),
    ...block.titles.map((t) => new Paragraph({ style: STYLE.contents, children: [new TextRun({ text: CONTENTS_MARK, font: fontOf('heading') }), new TextRun(normaliseSpaces(t))] })),
  ],
  image: (block, photos) => photoChildren(block, photos),
  footer: () => [], // the 版记 is placed by the document (imprint.ts), after everything else
};

export function blockChildren<K extends Block['kind']>(block: Extract<Block, { kind: K }>, photos: PhotoCatalog | undefined): FileChild[] {
  return (DOCX_BLOCKS[block.kind] as Paragraphs<K>)(block, photos);
}
