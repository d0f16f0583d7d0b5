/**
 * `bulletin check <input...>`: everything a build checks (schema, font coverage, fitting), without
 * writing. Registered lazily by check-command.ts: this module loads the fonts and the layout.
 */
import { checkIssue } from '../build/pipeline.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticsOf } from '../build/diagnose.js';
import { toJson } from '../diagnostics/json.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { message, msg } from '../diagnostics/messages.js';
import { printDiagnostics } from '../diagnostics/render.js';
import { openIssueFonts } from '../fonts/issue-fonts.js';
import { loadIssue, type LoadedIssue } from '../load/issue.js';
import { seriesDiagnostics } from '../series/continuity.js';
import { EXIT, UsageError } from './exit.js';
import { fontPathOf, ignoreSystemFontsOf } from './font-path.js';
import { givenText, resolveInputs, type InputOptions } from './inputs.js';
import type { ReportingOptions } from './reporting-options.js';
import { underPolicy } from '../diagnostics/reporting.js';
import { fontSearchOf } from '../build/font-search.js';
import { formatsOf } from './output-options.js';
import { unavailable } from '../render/formats.js';
import { diagnostic } from '../diagnostics/diagnostic.js';

export interface FileCheck {
  file: string;
  /** Errors and warnings, in source order. */
  diagnostics: Diagnostic[];
  /** Pages the issue lays out to, when it has no errors. */
  pages?: number;
  /** The issue, when it loaded (for the checks across a series). */
  loaded?: LoadedIssue;
}

/**
 * Checks one issue file: loads it (schema) and lays it out (font coverage, fitting). Bad input
 * comes back as diagnostics (warnings as errors under --strict); only a bug throws.
 */
export function checkFile(input: string, fontPath: string[] = [], ignoreSystemFonts = false, strict = false, given: { text?: Uint8Array } = {}): FileCheck {
  let loaded: LoadedIssue | undefined;
  try {
    loaded = loadIssue(input, given);
    // The same fonts a build would choose: the issue's own, installed office fonts, bundled ones.
    const { fonts } = openIssueFonts(loaded, fontSearchOf({ fontPath, ignoreSystemFonts }));
    const { document, warnings } = checkIssue(loaded, fonts, strict);
    return { file: input, diagnostics: warnings, pages: document.pages.length, loaded };
  } catch (e) {
    const diagnostics = diagnosticsOf(e);
    if (!diagnostics) throw e;
    return { file: input, diagnostics, ...(loaded ? { loaded } : {}) };
  }
}

export interface CheckOptions extends InputOptions, ReportingOptions {
  format?: string;
  quiet?: boolean;
  fontPath?: string[];
  ignoreSystemFonts?: boolean;
  /** Output formats a build would write (--to): each must be renderable here. */
  to?: string[];
}

const FORMATS = ['text', 'json', 'github'];

export async function check(args: string[], opts: CheckOptions, reporter: Reporter): Promise<number> {
  const format = opts.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError({ id: 'option-format', params: { allowed: 'text, json or github', value: format } });
  if (format === 'github') reporter.reporting = { ...reporter.reporting, format: 'github' }; // `check --format github` is --diagnostic-format github
  const inputs = await resolveInputs(args, opts);
  const { issues } = inputs;
  const { lang } = reporter;
  const { strict } = reporter.reporting;
  const missing = await unavailable(formatsOf(opts.to));
  const checked = issues.map((input) => checkFile(input, fontPathOf(opts), ignoreSystemFontsOf(opts), strict, givenText(inputs, input)));
  // Across the issues of a series (a folder): numbers, 总第N期, dates; each at the later issue.
  const series = seriesDiagnostics(checked.flatMap((r) => (r.loaded ? [r.loaded] : [])));
  const results = checked.map(({ loaded: _, ...r }) => {
    const input = r.file;
    r.diagnostics = sortDiagnostics([...r.diagnostics, ...series.filter((d) => d.file === input)], [input]);
    // A renderer that cannot run (an optional package missing) would fail this file's build.
    r.diagnostics.push(...missing.map((e) => diagnostic({ file: input, line: 0, column: 0 }, e.id, e.params)));
    return { ...r, diagnostics: underPolicy(r.diagnostics, strict) };
  });
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  if (format === 'json') {
    const all = results.flatMap((r) => r.diagnostics.map((d) => toJson(d, lang)));
    const files = results.map((r) => ({ file: r.file, ok: !r.diagnostics.some((d) => d.severity === 'error'), ...(r.pages !== undefined ? { pages: r.pages } : {}) }));
    const warnings = all.length - errors;
    process.stdout.write(`${JSON.stringify({ version: 1, files, errors, warnings, diagnostics: all }, null, 2)}\n`);
  } else {
    const github = reporter.reporting.format === 'github';
    for (const r of results) {
      printDiagnostics(r.diagnostics, reporter);
      const n = r.diagnostics.filter((d) => d.severity === 'error').length;
      if (n > 1 && !github) process.stderr.write(`${message({ id: 'summary-errors', params: { count: n, file: r.file } }, lang)}\n`);
      if (n === 0 && !opts.quiet) process.stdout.write(`${message({ id: 'check-ok', params: { file: r.file, pages: r.pages ?? 0 } }, lang)}\n`);
    }
  }
  return errors ? EXIT.input : EXIT.ok;
}
