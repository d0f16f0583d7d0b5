/**
 * What a contribution holds once read, whatever its format (.docx, .md, .txt): its paragraphs in
 * order, each with the number it has in the source (1-based, as the contributor would count them),
 * photos, and what cannot become part of an article (tables, unknown objects) with its position.
 */

/** A stretch of text in one weight. Manual line breaks inside a paragraph are kept as "\n". */
export interface Run {
  text: string;
  bold: boolean;
}

export interface TextBlock {
  kind: 'text';
  /** The paragraph's number in the source. */
  n: number;
  runs: Run[];
  /** The paragraph style's name (Word's "Title", "Heading 1", ...; Markdown's "#" gives "Heading 1"). */
  style?: string;
  centred: boolean;
  /** Word numbered it automatically: the number is not part of its text. */
  autoNumbered?: boolean;
}

export interface PhotoBlock {
  kind: 'photo';
  n: number;
  bytes: Buffer;
  /** The file type it was stored as (image/jpeg, image/png, ...). */
  contentType: string;
  alt?: string;
  /** A caption the source gives with the photo (Markdown's `![caption](file)`). */
  caption?: string;
}

/** Something that is not a paragraph or a photo: reported, never silently dropped. */
export interface OtherBlock {
  kind: 'table' | 'other';
  n: number;
  /** For a table: rows × columns; for anything else: what it is. */
  rows?: number;
  cols?: number;
  what?: string;
  /** Its text, so the editor can retype it. */
  text: string;
}

export type Block = TextBlock | PhotoBlock | OtherBlock;

export interface Contribution {
  file: string;
  blocks: Block[];
  /** What the reader could not read, without a position (mammoth's messages). */
  notes: string[];
}

export const plainText = (b: TextBlock): string => b.runs.map((r) => r.text).join('');
