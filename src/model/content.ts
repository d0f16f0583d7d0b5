/**
 * What an article's `paragraphs:` list may hold: plain text (a body paragraph, as always), or a
 * mapping of one kind — a photo, a row of photos, an editor's note, a source line, a sub-heading,
 * a quoted block. Each kind is a strict mapping, so a mistyped field is reported where it is.
 */
import * as z from 'zod';
import type { MessageId } from '../diagnostics/messages.js';
import { GBT9704 } from '../page/geometry.js';
import { doc, docs } from './described.js';

/** Text that must not be empty; the argument names it for readers of this file (messages come from the catalogue by zod's issue code). */
// One check() for both rules: each of zod's chained .trim()/.min() copies the schema (and its ~30 methods).
const text = (_what: string) => z.string().check(z.trim(), z.minLength(1));

/** Width of the text block, mm. */
const BLOCK_WIDTH_MM = GBT9704.blockWidth;

/** The standard's numbering of the four heading levels inside body text. */
export const SUBHEADING_LEVELS = [
  { level: 1, pattern: /^[一二三四五六七八九十百]+、/u, example: '一、' },
  { level: 2, pattern: /^[（(][一二三四五六七八九十百]+[）)]/u, example: '（一）' },
  { level: 3, pattern: /^\d+[.．]/u, example: '1.' },
  { level: 4, pattern: /^[（(]\d+[）)]/u, example: '（1）' },
] as const;

/** The level a sub-heading's numbering shows, or undefined. */
export function levelOfNumbering(heading: string): 1 | 2 | 3 | 4 | undefined {
  return SUBHEADING_LEVELS.find((l) => l.pattern.test(heading.trim()))?.level;
}

/**
 * The schemas of the paragraph mappings, made on first use: an issue of text alone never asks for
 * them, and making them (~40 zod schemas) was a share of every start.
 */
function makeKinds() {
  /** "0.8" (a fraction of the text block's width) or "120mm". */
  const WidthSchema = z
    .union([
      z
        .number()
        .gt(0, { message: 'width-fraction-min' satisfies MessageId })
        .max(1, { message: 'width-fraction-max' satisfies MessageId }),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d+)?\s*mm$/u, { message: 'width-form' satisfies MessageId })
        .refine((v) => !/^[\d.]+\s*mm$/u.test(v) || (Number.parseFloat(v) > 0 && Number.parseFloat(v) <= BLOCK_WIDTH_MM), {
          message: 'width-too-wide' satisfies MessageId,
          params: { max: BLOCK_WIDTH_MM },
        }),
    ])
    .register(docs, doc('Width: a fraction of the text block (0.8) or millimetres ("120mm"); the height follows the photo'));

  const ImagePath = text('an image path').register(docs, doc('JPEG or PNG file, relative to this YAML file, e.g. photos/meeting.jpg'));
  const Caption = text('a caption').register(docs, doc('Caption printed centred below the photo in 楷体'));
  const Fixed = z
    .boolean()
    .register(docs, doc('Keep the photo exactly here: when it does not fit, the page breaks before it (default: it floats to the top of the next page and the text after it fills the gap)'));

  const ImageItemSchema = z
    .strictObject({
      image: ImagePath,
      width: WidthSchema.optional(),
      caption: Caption.optional(),
      fixed: Fixed.optional(),
    })
    .register(docs, doc('A photo, with an optional caption'));

  const PhotoSchema = z
    .strictObject({ image: ImagePath, caption: Caption.optional() })
    .register(docs, doc('One photo of a row'));

  const ImagesItemSchema = z
    .strictObject({
      images: z
        .array(PhotoSchema)
        .min(2, { message: 'images-count' satisfies MessageId })
        .max(3, { message: 'images-count' satisfies MessageId })
        .register(docs, doc('Two or three photos side by side, set to the same height')),
      width: WidthSchema.optional(),
      fixed: Fixed.optional(),
    })
    .register(docs, doc('Two or three photos side by side, each with its own caption'));

  const NoteItemSchema = z
    .strictObject({
      note: text("an editor's note").register(docs, doc("Editor's note in 楷体, after its label")),
      label: text('a label').optional().register(docs, doc('Label printed in 黑体 before the note (default 编者按)')),
    })
    .register(docs, doc("An editor's note (编者按)"));

  const SourceItemSchema = z
    .strictObject({ source: text('a source').register(docs, doc('Printed right-aligned in 楷体 within brackets: 漯河市科协 → （漯河市科协）')) })
    .register(docs, doc('Source or author of an article'));

  const SubheadingItemSchema = z
    .strictObject({
      subheading: text('a sub-heading').register(docs, doc('Sub-heading with its number: 一、 (黑体), （一） (楷体), 1. or （1） (仿宋)')),
      level: z
        .number()
        .int({ message: 'subheading-level' satisfies MessageId })
        .min(1, { message: 'subheading-level' satisfies MessageId })
        .max(4, { message: 'subheading-level' satisfies MessageId })
        .optional()
        .register(docs, doc('Level 1–4 (一、 （一） 1. （1）); needed only when the text does not start with its number')),
    })
    .superRefine((v, ctx) => {
      if (v.level === undefined && levelOfNumbering(v.subheading) === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['subheading'],
          message: 'subheading-no-level' satisfies MessageId,
        });
      }
    })
    .register(docs, doc('A numbered sub-heading inside an article'));

  const QuoteItemSchema = z
    .strictObject({ quote: text('a quotation').register(docs, doc('Quoted text, set in 楷体 and indented two characters on both sides')) })
    .register(docs, doc('A quoted block'));

  return {
    image: ImageItemSchema,
    images: ImagesItemSchema,
    note: NoteItemSchema,
    source: SourceItemSchema,
    subheading: SubheadingItemSchema,
    quote: QuoteItemSchema,
  } as const satisfies { [K in ContentKind]: z.ZodType };
}
let kinds: ReturnType<typeof makeKinds> | undefined;
const KINDS = () => (kinds ??= makeKinds());
type Kinds = ReturnType<typeof makeKinds>;

/**
 * The content kinds, declared once: each is the key that names it in YAML (`- note: …`). Adding
 * one here makes the compiler name every place to fill in — its schema (makeKinds above), its composer
 * (compose/content.ts), and, when it makes a new kind of block, its setter (typeset/index.ts) and
 * its Word paragraphs (render/docx/blocks.ts).
 */
export const CONTENT_KINDS = ['image', 'images', 'note', 'source', 'subheading', 'quote'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The kinds of paragraph mappings, in the order of ParagraphItemSchema's options after plain text. */
export const KIND_NAMES: readonly ContentKind[] = CONTENT_KINDS;
const kindList = KIND_NAMES.join(', ');

export const ParagraphItemSchema = z
  .union([text('a paragraph').register(docs, doc('A body paragraph; **…** sets words in 黑体 for emphasis')), ...CONTENT_KINDS.map((k) => z.lazy((): Kinds[typeof k] => KINDS()[k]))])
  .register(docs, doc(`A paragraph: text, or a mapping of one kind (${kindList})`));

/** The mapping of one content kind, as the schema reads it. */
export type ContentItem<K extends ContentKind> = z.infer<Kinds[K]>;

/** The kind of a paragraph mapping: the one content-kind key it has (the schema admits no other). */
export function kindOf(item: Exclude<ParagraphItem, string>): ContentKind {
  const kind = CONTENT_KINDS.find((k) => k in item);
  if (kind === undefined) throw new Error(`a paragraph mapping of no content kind: ${Object.keys(item).join(', ')}`);
  return kind;
}

export type ParagraphItem = z.infer<typeof ParagraphItemSchema>;
export type ImageItem = z.infer<Kinds['image']>;
export type ImagesItem = z.infer<Kinds['images']>;
export type Width = NonNullable<ImageItem['width']>;

export const ContentsSchema = z
  .boolean()
  .register(docs, doc('Print a contents list (本期要目) of the article titles below the masthead'));
