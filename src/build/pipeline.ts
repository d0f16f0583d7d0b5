/**
 * The pipeline, stage by stage: load → compose → typeset → paginate → render. `layoutIssue` is pure
 * (issue and parsed faces in, display list out); `buildIssueFile` adds the I/O around it.
 */
import { compose, type Composition } from '../compose/blocks.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontSet } from '../fonts/fontset.js';
import { openIssueFonts } from '../fonts/issue-fonts.js';
import { coverageDiagnostics } from './coverage.js';
import { loadIssue, type LoadedIssue } from '../load/issue.js';
import { locate } from '../load/locate.js';
import { placeholderWarnings } from '../load/placeholders.js';
import type { Issue } from '../model/issue.js';
import type { LaidOutDocument } from '../page/display.js';
import { gridOf, type Grid } from '../page/geometry.js';
import { paginate } from '../paginate/paginate.js';
import { renderPdf } from '../render/pdf.js';
import { removeLeftoverPages } from '../render/png/leftovers.js';
import { DEFAULT_RENDER, baseOf, primaryFile, rendererFor, type OutputFormat, type RenderSettings } from '../render/formats.js';
import { LayoutError } from '../typeset/errors.js';
import { layoutContext, typeset } from '../typeset/index.js';
import { CoverageSink } from '../typeset/coverage.js';
import { STDOUT, stageOutput, writeAtomic, writeOutput, type Staged, type Written } from './output.js';
import { refuseOutputAliasing } from './aliasing.js';
import { underPolicy } from '../diagnostics/reporting.js';
import { fontSearchOf } from './font-search.js';
import { pauseAt } from './test-pause.js';
import { imageFiles, readPhotos, type PhotoCatalog } from '../compose/photos.js';
import { photoWarnings } from './photo-warnings.js';
import { proofread } from '../proofread/proofread.js';
export { imageFiles } from '../compose/photos.js';

/** `photos`: the pixel sizes of the issue's photos (readPhotos), needed when it has any. */
export function layoutIssue(issue: Issue, fonts: FontSet, grid: Grid = gridOf(), photos?: PhotoCatalog): LaidOutDocument {
  return layoutComposition(compose(issue), fonts, grid, photos);
}

/** Composed blocks laid out: what layoutIssue does after composing, also for documents made of blocks (the index). */
export function layoutComposition({ blocks, info, settings }: Composition, fonts: FontSet, grid: Grid = gridOf(), photos?: PhotoCatalog, coverage?: CoverageSink): LaidOutDocument {
  const ctx = layoutContext(fonts, settings, { grid, ...(photos ? { photos } : {}), ...(coverage ? { coverage } : {}) });
  return paginate(typeset(blocks, ctx), info, ctx);
}

/** A laid-out issue and what the user should hear about it without the build failing. */
export interface CheckedIssue {
  document: LaidOutDocument;
  /** Warnings (severity 'warning'), positioned like errors: fallback fonts, low-resolution photos, ... */
  warnings: Diagnostic[];
  /** The composed blocks (what a DOCX is made from) and the photos' pixel sizes. */
  composition: Composition;
  photos: PhotoCatalog | undefined;
}

/**
 * Everything that can be checked without writing: schema, font coverage, fitting. Errors are thrown
 * as a DiagnosticError; warnings are returned with the layout, or thrown as errors when `strict`
 * (--strict; by default as this process reports, so worker threads are told it explicitly).
 */
export function checkIssue(loaded: LoadedIssue, fonts: FontSet, strict = false): CheckedIssue {
  const warnings: Diagnostic[] = proofread(loaded); // text pasted from Word: stray spaces, half-width marks, ...
  const composition = compose(loaded.issue);
  warnings.push(...placeholderWarnings(loaded)); // a draft's 【待填写】 left in
  const photos = readPhotos(loaded);
  // The typesetter reports the characters it sets in a fallback face, or cannot set, as it goes.
  const sink = new CoverageSink();
  let document: LaidOutDocument | undefined;
  let failed: Diagnostic | undefined;
  try {
    document = layoutComposition(composition, fonts, gridOf(), photos, sink);
  } catch (e) {
    if (!(e instanceof LayoutError)) throw e;
    failed = locate(loaded, e.path, e.text, e.hint ? { hint: e.hint } : {});
  }
  // Characters no face has come first: they are what the user must fix whatever else is wrong.
  const coverage = coverageDiagnostics(loaded, sink.found, fonts);
  if (coverage.errors.length || failed) throw new DiagnosticError([...coverage.errors, ...(failed ? [failed] : [])]);
  warnings.push(...coverage.warnings); // characters set in a fallback font
  warnings.push(...photoWarnings(loaded, document!));
  // --strict: a warning fails the issue like an error, before anything is written.
  if (strict && warnings.length) throw new DiagnosticError(underPolicy(warnings, true));
  return { document: document!, warnings, composition, photos };
}

/** The files one format wrote. */
export interface FormatOutput {
  format: OutputFormat;
  files: string[];
}

export interface BuildResult {
  input: string;
  /** The first file written (the PDF, when it is built). */
  output: string;
  /** Every format built, with its files. */
  outputs: FormatOutput[];
  pages: number;
  bytes: number;
  warnings: Diagnostic[];
  /** Every file the build read (issue, series, fonts, images): what incremental builds hash. */
  inputs: string[];
  /** Every file written, as verified on disk (hash and stat), by name: what the stamps record. */
  written: Record<string, Written>;
  /** With `stage`: the files written to their temporary names, for the caller to commit (commit.ts); `written` is then empty. */
  staged?: Staged[];
}

/**
 * How one issue is built: plain data only, so it can be handed to a worker thread as it is.
 * Fonts are not passed in: each issue's faces are resolved from its own files (parsed once per
 * process by openFace's cache).
 */
export interface BuildIssueOptions {
  /** Extra folders searched for fonts (--font-path), before the system's font folders. */
  fontPath?: string[];
  /** --ignore-system-fonts: only named, --font-path and bundled fonts. */
  ignoreSystemFonts?: boolean;
  /** --strict: warnings fail the build. */
  strict?: boolean;
  /** The formats to write (default: pdf alone), each named from the output's base (render/formats.ts). */
  formats?: OutputFormat[];
  /** Resolution of png pages, width of long-png. */
  render?: Partial<RenderSettings>;
}

/**
 * `stage`: leave each file at its temporary name, written and read back but neither synced nor
 * renamed, and return them as `staged` (an archive's worker: the main thread commits them in batches).
 */
export async function buildIssueFile(input: string, output: string, options: BuildIssueOptions = {}, { stage = false, text }: { stage?: boolean; text?: Uint8Array } = {}): Promise<BuildResult> {
  const loaded = loadIssue(input, text ? { text } : {}); // first: a file that fails to load costs no font parsing
  const { fonts, resolution } = openIssueFonts(loaded, fontSearchOf(options));
  // Fallback fonts count too: a character the primary lacks is drawn from them.
  const fontFiles = Object.values(resolution).flatMap((r) => [r.primary, ...r.fallbacks].map((f) => f.file));
  const read = [
    ...loaded.sources.map((s, i) => ({ file: s.file, role: i === 0 ? ('issue' as const) : ('series' as const) })),
    ...imageFiles(loaded).map((file) => ({ file, role: 'photo' as const })),
    ...fontFiles.map((file) => ({ file, role: 'font' as const })),
  ];
  const formats = options.formats ?? ['pdf'];
  // Before any work (the answer does not depend on it): no output may be a file the build reads.
  if (output !== STDOUT) for (const format of formats) refuseOutputAliasing(primaryFile(format, baseOf(output)), read);
  const checked = checkIssue(loaded, fonts, options.strict ?? false);
  const { document, warnings } = checked;
  let pdf: Promise<Uint8Array> | undefined;
  const source = { ...checked, fonts, pdf: () => (pdf ??= renderPdf(document, fonts, { photoResolution: checked.composition.settings.photoResolution })), settings: { ...DEFAULT_RENDER, ...options.render } };
  // Everything is rendered before anything is written: a renderer that fails leaves every file as it was.
  const rendered = [];
  for (const format of formats) rendered.push({ format, files: await (await rendererFor(format)).render(source, baseOf(output)) });
  if (output !== STDOUT) for (const { files } of rendered) for (const f of files) refuseOutputAliasing(f.file, read);
  await pauseAt('before-write');
  const written: Record<string, Written> = {};
  const staged: Staged[] = [];
  // `-o -`: the one file of the one format (the CLI allows no other) goes to standard output.
  if (output === STDOUT) await writeOutput(STDOUT, rendered[0]!.files[0]!.bytes);
  else if (stage) for (const { files } of rendered) for (const f of files) staged.push(stageOutput(f.file, f.bytes));
  else for (const { files } of rendered) for (const f of files) written[f.file] = writeAtomic(f.file, f.bytes);
  for (const { format, files } of rendered) if (format === 'png' && output !== STDOUT) removeLeftoverPages(baseOf(output), files.length);
  const outputs = rendered.map(({ format, files }) => ({ format, files: files.map((f) => f.file) }));
  const inputs = [...new Set(read.map((r) => r.file))];
  const bytes = rendered.reduce((n, r) => n + r.files.reduce((m, f) => m + f.bytes.length, 0), 0);
  return { input, output: outputs[0]!.files[0]!, outputs, pages: document.pages.length, bytes, warnings, inputs, written, ...(stage ? { staged } : {}) };
}
