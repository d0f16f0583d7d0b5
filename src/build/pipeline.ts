/**
 * The pipeline, stage by stage: load → compose → typeset → paginate → render. `layoutIssue` is pure
 * (issue and parsed faces in, display list out); `buildIssueFile` adds the I/O around it.
 */
import { compose } from '../compose/blocks.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontSet } from '../fonts/fontset.js';
import { coverageDiagnostics, openIssueFonts } from '../fonts/issue-fonts.js';
import { loadIssue, type LoadedIssue } from '../load/issue.js';
import { locate } from '../load/locate.js';
import type { Issue } from '../model/issue.js';
import type { LaidOutDocument } from '../page/display.js';
import { gridOf, type Grid } from '../page/geometry.js';
import { paginate } from '../paginate/paginate.js';
import { renderPdf } from '../render/pdf.js';
import { LayoutError } from '../typeset/errors.js';
import { typeset } from '../typeset/index.js';
import { styleOf } from '../typeset/style.js';
import { ZIHAO } from '../page/units.js';
import { writeAtomic } from './output.js';
import { pauseAt } from './test-pause.js';
import { imageFiles, readPhotos, type PhotoCatalog } from '../compose/photos.js';
import { photoWarnings } from '../paginate/photo-warnings.js';
export { imageFiles } from '../compose/photos.js';

/** `photos`: the pixel sizes of the issue's photos (readPhotos), needed when it has any. */
export function layoutIssue(issue: Issue, fonts: FontSet, grid: Grid = gridOf(), photos?: PhotoCatalog): LaidOutDocument {
  const { blocks, info, settings } = compose(issue);
  const frames = typeset(blocks, fonts, grid, settings, photos);
  return paginate(frames, grid, info, styleOf(fonts.pageNumber, 'pageNumber', ZIHAO.四号));
}

/** A laid-out issue and what the user should hear about it without the build failing. */
export interface CheckedIssue {
  document: LaidOutDocument;
  /** Warnings (severity 'warning'), positioned like errors: fallback fonts, low-resolution photos, ... */
  warnings: Diagnostic[];
}

/**
 * Everything that can be checked without writing: schema, font coverage, fitting. Errors are thrown
 * as a DiagnosticError; warnings are returned with the layout.
 */
export function checkIssue(loaded: LoadedIssue, fonts: FontSet): CheckedIssue {
  const warnings: Diagnostic[] = [];
  const { blocks } = compose(loaded.issue);
  const coverage = coverageDiagnostics(loaded, blocks, fonts);
  if (coverage.errors.length) throw new DiagnosticError(coverage.errors);
  warnings.push(...coverage.warnings); // characters set in a fallback font
  const photos = readPhotos(loaded);
  try {
    const document = layoutIssue(loaded.issue, fonts, gridOf(), photos);
    warnings.push(...photoWarnings(loaded, document));
    return { document, warnings };
  } catch (e) {
    if (e instanceof LayoutError) throw new DiagnosticError([locate(loaded, e.path, e.text, e.hint ? { hint: e.hint } : {})]);
    throw e;
  }
}

export interface BuildResult {
  input: string;
  output: string;
  pages: number;
  bytes: number;
  warnings: Diagnostic[];
  /** Every file the build read (issue, series, fonts, images): what incremental builds hash. */
  inputs: string[];
}

/**
 * How one issue is built: plain data only, so it can be handed to a worker thread as it is.
 * Fonts are not passed in: each issue's faces are resolved from its own files (parsed once per
 * process by openFace's cache).
 */
export interface BuildIssueOptions {
  /** Extra folders searched for fonts (--font-path), before the system's font folders. */
  fontPath?: string[];
}

export async function buildIssueFile(input: string, output: string, options: BuildIssueOptions = {}): Promise<BuildResult> {
  const loaded = loadIssue(input); // first: a file that fails to load costs no font parsing
  const { fonts, resolution } = openIssueFonts(loaded, { fontPath: options.fontPath ?? [] });
  const { document, warnings } = checkIssue(loaded, fonts);
  const pdf = await renderPdf(document, fonts);
  await pauseAt('before-write');
  writeAtomic(output, pdf);
  // Fallback fonts count too: a character the primary lacks is drawn from them.
  const fontFiles = Object.values(resolution).flatMap((r) => [r.primary, ...r.fallbacks].map((f) => f.file));
  const inputs = [...new Set([...loaded.sources.map((s) => s.file), ...fontFiles, ...imageFiles(loaded)])];
  return { input, output, pages: document.pages.length, bytes: pdf.length, warnings, inputs };
}
