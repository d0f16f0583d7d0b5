/**
 * What an article's `paragraphs:` list may hold: plain text (a body paragraph, as always), or a
 * mapping of one kind — a photo, a row of photos, an editor's note, a source line, a sub-heading,
 * a quoted block. Each kind is a strict mapping, so a mistyped field is reported where it is.
 */
import { z } from 'zod';
import { GBT9704 } from '../page/geometry.js';

const text = (what: string) => z.string().trim().min(1, { message: `${what} must not be empty` });

/** Width of the text block, mm. */
const BLOCK_WIDTH_MM = GBT9704.blockWidth;

/** "0.8" (a fraction of the text block's width) or "120mm". */
export const WidthSchema = z
  .union([
    z
      .number()
      .gt(0, { message: 'a width as a fraction of the block is more than 0 and at most 1 (e.g. 0.8)' })
      .max(1, { message: 'a width as a fraction of the block is at most 1 (e.g. 0.8); write millimetres as "120mm"' }),
    z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?\s*mm$/u, { message: 'write a width as a fraction of the block (0.8) or in millimetres ("120mm")' })
      .refine((v) => !/^[\d.]+\s*mm$/u.test(v) || (Number.parseFloat(v) > 0 && Number.parseFloat(v) <= BLOCK_WIDTH_MM), {
        message: `a photo is at most as wide as the text block, ${BLOCK_WIDTH_MM}mm (more than 0)`,
      }),
  ])
  .describe('Width: a fraction of the text block (0.8) or millimetres ("120mm"); the height follows the photo');

const ImagePath = text('an image path').describe('JPEG or PNG file, relative to this YAML file, e.g. photos/meeting.jpg');
const Caption = text('a caption').describe('Caption printed centred below the photo in 楷体');
const Fixed = z
  .boolean()
  .describe('Keep the photo exactly here: when it does not fit, the page breaks before it (default: it floats to the top of the next page and the text after it fills the gap)');

export const ImageItemSchema = z
  .strictObject({
    image: ImagePath,
    width: WidthSchema.optional(),
    caption: Caption.optional(),
    fixed: Fixed.optional(),
  })
  .describe('A photo, with an optional caption');

export const PhotoSchema = z
  .strictObject({ image: ImagePath, caption: Caption.optional() })
  .describe('One photo of a row');

export const ImagesItemSchema = z
  .strictObject({
    images: z
      .array(PhotoSchema)
      .min(2, { message: 'a row of photos holds two or three photos (one photo: write `image:`)' })
      .max(3, { message: 'a row of photos holds at most three photos' })
      .describe('Two or three photos side by side, set to the same height'),
    width: WidthSchema.optional(),
    fixed: Fixed.optional(),
  })
  .describe('Two or three photos side by side, each with its own caption');

export const NoteItemSchema = z
  .strictObject({
    note: text("an editor's note").describe("Editor's note in 楷体, after its label"),
    label: text('a label').optional().describe('Label printed in 黑体 before the note (default 编者按)'),
  })
  .describe("An editor's note (编者按)");

export const SourceItemSchema = z
  .strictObject({ source: text('a source').describe('Printed right-aligned in 楷体 within brackets: 漯河市科协 → （漯河市科协）') })
  .describe('Source or author of an article');

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

export const SubheadingItemSchema = z
  .strictObject({
    subheading: text('a sub-heading').describe('Sub-heading with its number: 一、 (黑体), （一） (楷体), 1. or （1） (仿宋)'),
    level: z
      .number()
      .int({ message: 'a sub-heading level is 1, 2, 3 or 4' })
      .min(1, { message: 'a sub-heading level is 1, 2, 3 or 4' })
      .max(4, { message: 'a sub-heading level is 1, 2, 3 or 4' })
      .optional()
      .describe('Level 1–4 (一、 （一） 1. （1）); needed only when the text does not start with its number'),
  })
  .superRefine((v, ctx) => {
    if (v.level === undefined && levelOfNumbering(v.subheading) === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['subheading'],
        message: 'cannot tell the level of this sub-heading: start it with 一、 （一） 1. or （1）, or add `level: 1` to 4',
      });
    }
  })
  .describe('A numbered sub-heading inside an article');

export const QuoteItemSchema = z
  .strictObject({ quote: text('a quotation').describe('Quoted text, set in 楷体 and indented two characters on both sides') })
  .describe('A quoted block');

const KINDS = {
  image: ImageItemSchema,
  images: ImagesItemSchema,
  note: NoteItemSchema,
  source: SourceItemSchema,
  subheading: SubheadingItemSchema,
  quote: QuoteItemSchema,
} as const;
const KIND_NAMES = Object.keys(KINDS) as (keyof typeof KINDS)[];
const kindList = KIND_NAMES.join(', ');

/** A message for an item no kind accepts: name the kind it looks like and its first problem. */
function unionMessage(input: unknown, errors: readonly (readonly z.core.$ZodIssue[])[]): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return `a paragraph is text, or a mapping with one of: ${kindList}`;
  }
  const keys = Object.keys(input);
  const kind = KIND_NAMES.findIndex((k) => keys.includes(k));
  if (kind < 0) {
    return `unknown paragraph kind ${keys.map((k) => `\`${k}\``).join(', ') || '(empty mapping)'}: write one of ${kindList}`;
  }
  const first = errors[kind + 1]?.[0]; // option 0 is plain text
  if (!first) return `invalid ${KIND_NAMES[kind]}`;
  const where = first.path.length && first.path[0] !== KIND_NAMES[kind] ? `${first.path.join('.')}: ` : '';
  const why = first.code === 'invalid_type' ? `expected ${(first as { expected?: string }).expected === 'string' ? 'text' : (first as { expected?: string }).expected}` : first.message;
  return `${KIND_NAMES[kind]}: ${where}${why}`;
}

export const ParagraphItemSchema = z
  .union(
    [
      text('a paragraph').describe('A body paragraph; **…** sets words in 黑体 for emphasis'),
      ImageItemSchema,
      ImagesItemSchema,
      NoteItemSchema,
      SourceItemSchema,
      SubheadingItemSchema,
      QuoteItemSchema,
    ],
    {
      error: (iss) =>
        iss.code === 'invalid_union' ? unionMessage(iss.input, (iss as unknown as { errors: z.core.$ZodIssue[][] }).errors) : undefined,
    },
  )
  .describe(`A paragraph: text, or a mapping of one kind (${kindList})`);

export type ParagraphItem = z.infer<typeof ParagraphItemSchema>;
export type ImageItem = z.infer<typeof ImageItemSchema>;
export type ImagesItem = z.infer<typeof ImagesItemSchema>;
export type Width = z.infer<typeof WidthSchema>;

export const ContentsSchema = z
  .boolean()
  .describe('Print a contents list (本期要目) of the article titles below the masthead');
