/**
 * The output seam: one laid-out issue, several renderers. `--format pdf,docx,png,long-png` picks
 * them; each writes files named after one base (the input's name, or --out without its extension).
 * Renderers are loaded only when asked for: a PDF build never loads docx, pdfjs or canvas.
 *
 * A renderer takes what its stage needs: the display list (pdf), our own PDF (png, long-png — the
 * picture equals the print), or the composed blocks (docx — Word paginates itself).
 */
import type { Composition } from '../compose/blocks.js';
import type { PhotoCatalog } from '../compose/photos.js';
import type { FontSet } from '../fonts/fontset.js';
import type { LaidOutDocument } from '../page/display.js';

export const OUTPUT_FORMATS = ['pdf', 'docx', 'png', 'long-png'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderSettings {
  /** Resolution of `png` pages, dots per inch. */
  dpi: number;
  /** Width of the `long-png` image, pixels (a phone screen's at 3×). */
  longWidth: number;
}

export const DEFAULT_RENDER: RenderSettings = { dpi: 150, longWidth: 1080 };

/** Everything a renderer may draw from; `pdf()` renders our PDF once, however many ask for it. */
export interface RenderSource {
  document: LaidOutDocument;
  fonts: FontSet;
  composition: Composition;
  photos: PhotoCatalog | undefined;
  pdf(): Promise<Uint8Array>;
  settings: RenderSettings;
}

/** A file a renderer made: its path (from the base) and bytes. */
export interface RenderedFile {
  file: string;
  bytes: Uint8Array;
}

export interface Renderer {
  format: OutputFormat;
  render(source: RenderSource, base: string): Promise<RenderedFile[]>;
  /** Throws a RenderError when the renderer cannot run here (an optional package missing). */
  ready?(): Promise<void>;
}

/** Why each of `formats` cannot be rendered on this machine (none: all can). */
export async function unavailable(formats: readonly OutputFormat[]): Promise<RenderError[]> {
  const problems: RenderError[] = [];
  for (const format of formats) {
    try {
      await (await rendererFor(format)).ready?.();
    } catch (e) {
      if (e instanceof RenderError) problems.push(e);
      else throw e;
    }
  }
  return problems;
}

/** Parses "pdf,docx" (repeatable, comma-separated); null names the first unknown format. */
export function parseFormats(values: string | string[] | undefined): { formats: OutputFormat[] } | { unknown: string } {
  const list = (Array.isArray(values) ? values : values === undefined ? ['pdf'] : [values])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const formats: OutputFormat[] = [];
  for (const name of list.length ? list : ['pdf']) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(name)) return { unknown: name };
    if (!formats.includes(name as OutputFormat)) formats.push(name as OutputFormat);
  }
  return { formats };
}

const EXTENSIONS = /\.(pdf|docx|png)$/iu;

/** The base name every format's files derive from: an output path without its extension. */
export function baseOf(output: string): string {
  return output.replace(EXTENSIONS, '');
}

/**
 * The file that stands for a format's output (its stamp is named after it): the file itself for pdf
 * and docx, the first page for png (`base-1.png`, `base-2.png`, …), `base-long.png` for long-png.
 */
export function primaryFile(format: OutputFormat, base: string): string {
  if (format === 'png') return `${base}-1.png`;
  if (format === 'long-png') return `${base}-long.png`;
  return `${base}.${format}`;
}

/** The renderer of a format, loaded on first use. */
export async function rendererFor(format: OutputFormat): Promise<Renderer> {
  switch (format) {
    case 'pdf':
      return (await import('./pdf-renderer.js')).pdfRenderer;
    case 'docx':
      return (await import('./docx/index.js')).docxRenderer;
    case 'png':
      return (await import('./png/index.js')).pngRenderer;
    case 'long-png':
      return (await import('./png/index.js')).longPngRenderer;
  }
}

/** A renderer could not run (a package missing): a message id and its parameters, placed by the build. */
export class RenderError extends Error {
  constructor(
    readonly id: 'output-needs-packages',
    readonly params: Record<string, string | number>,
  ) {
    super(id);
  }
}
