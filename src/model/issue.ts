/**
 * The issue format: the single source of truth for what a bulletin YAML file may hold.
 * Types are inferred from these schemas; `bulletin schema` prints their JSON Schema.
 */
import * as z from 'zod';
import type { MessageId } from '../diagnostics/messages.js';
import { FONT_ROLES, type FontRole } from '../page/font-roles.js';
import { ContentsSchema, ParagraphItemSchema } from './content.js';
import { doc, docs } from './described.js';

/** Font roles of a bulletin (the page's, src/page/font-roles.ts); each resolves to one font file (see src/fonts). */
export { FONT_ROLES, type FontRole };

/** Text that must not be empty; the argument names it for readers of this file (messages come from the catalogue by zod's issue code). */
// One check() for both rules: each of zod's chained .trim()/.min() copies the schema (and its ~30 methods).
const text = (_what: string) => z.string().check(z.trim(), z.minLength(1));

/** 2021-07-16, 2021-7-16 or 2021年7月16日; normalised to ISO yyyy-mm-dd. */
export const DateSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const m = /^(\d{4})(?:-(\d{1,2})-(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(value);
    const year = m ? Number(m[1]) : NaN;
    const month = m ? Number(m[2] ?? m[4]) : NaN;
    const day = m ? Number(m[3] ?? m[5]) : NaN;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (!m || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2999) {
      ctx.addIssue({
        code: 'custom',
        message: 'invalid-date' satisfies MessageId,
      });
      return z.NEVER;
    }
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  })
  .register(docs, doc('Issue date: 2021-07-16 or 2021年7月16日 (printed as 2021年7月16日)'));

/** A list of receiving bodies: printed joined by "，" and closed by "。". */
const Recipients = z
  .union([text('a recipient list'), z.array(text('a recipient')).min(1)])
  .register(docs, doc('Receiving bodies: a list (joined with "，", closed with "。") or one string printed as is'));

export const FooterSchema = z
  .strictObject({
    报: Recipients.optional().register(docs, doc('报: superior bodies the bulletin is reported to')),
    送: Recipients.optional().register(docs, doc('送: peer bodies it is sent to')),
    发: Recipients.optional().register(docs, doc('发: subordinate bodies it is issued to')),
    copies: z.number().int().positive().optional().register(docs, doc('Number of copies printed: "（共印N份）"')),
  })
  .register(docs, doc('Distribution footer (版记) at the bottom of the last page'));

export const MastheadSchema = z
  .strictObject({
    name: text('the bulletin name').register(docs, doc('Bulletin name, set large in red, e.g. 河南省科协党史学习教育简报; a name too long for one line at 一号 is set on two (at a space, else between words)')),
    number: z.number().int().positive().register(docs, doc('Issue number: 第N期')),
    total: z.number().int().positive().optional().register(docs, doc('Running total: 总第N期')),
    supplement: z.boolean().optional().register(docs, doc('A supplement (增刊) instead of a numbered issue')),
    office: text('the issuing office').register(docs, doc('Issuing office, printed at the left under the number')),
    date: DateSchema,
    marks: z.array(text('a mark')).optional().register(docs, doc('Marks above the name at the top left, e.g. 内部资料 注意保存')),
  })
  .register(docs, doc('The red masthead (报头)'));

/** An article title: text, broken by meaning when long; or the author's own lines. */
export const TitleSchema = z
  .union([
    text('an article title').register(docs, doc('Article title, centred in 小标宋; a long title breaks between words by meaning. A `|` marks where a line must break: 省科协召开|全省科协系统工作会议')),
    z
      .array(text('a title line'))
      .min(1)
      .register(docs, doc('Article title as its lines, each printed on a line of its own (a line too long for the block is broken further)')),
  ])
  .register(docs, doc('Article title, centred in 小标宋: text (long titles break by meaning; `|` forces a break), or a list of its lines'));

export const ArticleSchema = z
  .strictObject({
    title: TitleSchema.optional(),
    paragraphs: z.array(ParagraphItemSchema).min(1),
  })
  .register(docs, doc('An article: an optional title and its paragraphs'));

export const ColumnSchema = z
  .strictObject({
    heading: text('a column heading').register(docs, doc('Column heading without brackets, e.g. 要情快报 (printed 【要情快报】)')),
    articles: z.array(ArticleSchema).min(1),
  })
  .register(docs, doc('A column (栏目) and its articles'));

/**
 * Fonts, typography and photo settings are made on first use (z.lazy): most issues and series files
 * set none of them, and making their ~30 zod schemas was a share of every start.
 *
 * A font: a file path (relative to the YAML file; `file.ttc#PostScriptName` picks a face) or a family name.
 */
export const FontsSchema = z.lazy(() => {
  const FontChoice = z
    .union([text('a font'), z.array(text('a font')).min(1)])
    .register(docs, doc('A font file path (relative to this YAML file) or a family name such as 仿宋_GB2312; a list names fallbacks for characters the first lacks'));
  return z
    .strictObject({
      ...(Object.fromEntries(FONT_ROLES.map((r) => [r, FontChoice.optional()])) as Record<FontRole, z.ZodOptional<typeof FontChoice>>),
      systemFonts: z
        .boolean()
        .optional()
        .register(docs, doc('false: never use fonts installed on the machine, only those named here (paths, or families found in --font-path) and the bundled ones — the same PDF on every machine (as --ignore-system-fonts)')),
    })
    .register(docs, doc('Font per role: a file path (relative to the YAML file) or a family name, or a list of them (fallbacks)'));
});

export const TypographySchema = z.lazy(() =>
  z
    .strictObject({
      hanLatinSpace: z
        .number()
        .min(0, { message: 'han-latin-range' satisfies MessageId })
        .max(0.5, { message: 'han-latin-range' satisfies MessageId })
        .optional()
        .register(docs, doc('Space between Chinese characters and Latin letters or digits, in em (default 0.25; 0 turns it off)')),
    })
    .register(docs, doc('Typographic settings'))
);

export const PhotosSchema = z.lazy(() =>
  z
    .strictObject({
      maxMegapixels: z
        .number()
        .positive({ message: 'the photo pixel limit must be above 0' })
        .max(1000, { message: 'the photo pixel limit can be at most 1000 megapixels' })
        .optional()
        .register(docs, doc('Largest photo accepted, in megapixels (default 50): a larger one is refused before it is decoded')),
      resolution: z
        .union([
          z
            .number()
            .int({ message: 'the photo resolution must be a whole number of pixels per inch' })
            .min(72, { message: 'the photo resolution must be between 72 and 1200 pixels per inch' })
            .max(1200, { message: 'the photo resolution must be between 72 and 1200 pixels per inch' }),
          z.literal('original'),
        ])
        .optional()
        .register(docs, doc('Photos with more pixels than this resolution needs at their printed size are resampled to it, in pixels per inch (default 300); `original` embeds every photo file as it is')),
    })
    .register(docs, doc('Photo settings: the largest accepted, and the resolution they are embedded at'))
);

export const PrintingSchema = z
  .enum(['double-sided', 'single-sided'])
  .register(docs, doc(
    'How the issue is printed: double-sided (default) puts the 版记 on an even page, the back of a sheet, moving it to the next even page when the text ends on an odd one; single-sided only needs it on the last page',
  ));

/** An issue file once merged with its series file. */
export const IssueSchema = z
  .strictObject({
    series: z.string().optional().register(docs, doc('Series file holding what every issue shares (default: bulletin.yaml beside the issue)')),
    masthead: MastheadSchema,
    columns: z.array(ColumnSchema).min(1),
    footer: FooterSchema.optional(),
    fonts: FontsSchema.optional(),
    typography: TypographySchema.optional(),
    contents: ContentsSchema.optional(),
    photos: PhotosSchema.optional(),
    printing: PrintingSchema.optional(),
  })
  .register(docs, doc('One issue of a bulletin'));

/** A series file: the shared parts of every issue; everything optional, deep-merged under the issue. */
export const SeriesSchema = z
  .strictObject({
    masthead: MastheadSchema.partial().optional(),
    footer: FooterSchema.optional(),
    fonts: FontsSchema.optional(),
    typography: TypographySchema.optional(),
    contents: ContentsSchema.optional(),
    photos: PhotosSchema.optional(),
    printing: PrintingSchema.optional(),
  })
  .register(docs, doc('What every issue of a bulletin shares'));

export type Issue = z.infer<typeof IssueSchema>;
export type Series = z.infer<typeof SeriesSchema>;
export type Masthead = z.infer<typeof MastheadSchema>;
export type Column = z.infer<typeof ColumnSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Footer = z.infer<typeof FooterSchema>;
