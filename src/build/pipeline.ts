/**
 * The pipeline, stage by stage: load → compose → typeset → paginate → render. `layoutIssue` is pure
 * (issue and parsed faces in, display list out); `buildIssueFile` adds the I/O around it.
 */
import { compose } from '../compose/blocks.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { openFontSet, type FontSet } from '../fonts/fontset.js';
import { uncoveredCharacters } from '../fonts/coverage.js';
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

export function layoutIssue(issue: Issue, fonts: FontSet, grid: Grid = gridOf()): LaidOutDocument {
  const { blocks, info, settings } = compose(issue);
  const frames = typeset(blocks, fonts, grid, settings);
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
  const missing = uncoveredCharacters(blocks, fonts);
  if (missing.length) {
    throw new DiagnosticError(
      missing.map((m) =>
        locate(loaded, m.path, `no configured font has the character "${m.ch}" (U+${m.ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) for ${m.role} text: it would print as an empty box`, { offset: m.offset }),
      ),
    );
  }
  try {
    return { document: layoutIssue(loaded.issue, fonts), warnings };
  } catch (e) {
    if (e instanceof LayoutError) throw new DiagnosticError([locate(loaded, e.path, e.message)]);
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
  void options.fontPath; // read by font resolution (issue 6)
  const loaded = loadIssue(input); // first: a file that fails to load costs no font parsing
  const fonts = openFontSet();
  const { document, warnings } = checkIssue(loaded, fonts);
  const pdf = await renderPdf(document, fonts);
  writeAtomic(output, pdf);
  const inputs = [...new Set([...loaded.sources.map((s) => s.file), ...Object.values(fonts).map((f) => f.file)])];
  return { input, output, pages: document.pages.length, bytes: pdf.length, warnings, inputs };
}
