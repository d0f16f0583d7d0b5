/**
 * bulletin as a library: `import { build, check, loadIssue } from 'bulletin'`. The same pipeline
 * and checks as the command line; nothing is printed, and nothing is written unless asked.
 * Problems in the input come back as diagnostics (file, line, column, message), never as a stack.
 */
import { checkIssue } from './build/pipeline.js';
import { fontSearchOf } from './build/font-search.js';
import { writeAtomic } from './build/output.js';
import { diagnosticsOf } from './build/diagnose.js';
import { DiagnosticError, type Diagnostic } from './diagnostics/diagnostic.js';
import type { Lang } from './diagnostics/messages.js';
import { renderDiagnostic } from './diagnostics/render.js';
import { openIssueFonts } from './fonts/issue-fonts.js';
import { loadIssue as load, type LoadedIssue } from './load/issue.js';
import type { Issue } from './model/issue.js';
import { renderPdf } from './render/pdf.js';

export { DiagnosticError, type Diagnostic, type Issue };

/**
 * An issue to read: a file path, or YAML text with the name it goes by — its folder is where the
 * series file (bulletin.yaml) and photos are looked for, and messages name it.
 */
export type IssueInput = string | { text: string; name?: string };

export interface Options {
  /** Folders searched for fonts before the system's (as --font-path). */
  fontPath?: string[];
  /** Use only named, fontPath and bundled fonts (as --ignore-system-fonts). */
  ignoreSystemFonts?: boolean;
  /** Warnings fail like errors (as --strict). */
  strict?: boolean;
}

export interface BuildResult {
  /** The PDF, byte for byte what `bulletin build` writes. */
  pdf: Uint8Array;
  pages: number;
  warnings: Diagnostic[];
}

export interface CheckResult {
  /** No errors (warnings allowed, unless `strict`). */
  ok: boolean;
  /** Pages the issue lays out to, when it has no errors. */
  pages?: number;
  diagnostics: Diagnostic[];
}

/** Runs `fn` on the issue's file name and, for in-memory text, its bytes (handed to the loader as a value). */
function withInput<T>(input: IssueInput, fn: (file: string, text?: Uint8Array) => T): T {
  if (typeof input === 'string') return fn(input);
  return fn(input.name ?? '<input>.yaml', Buffer.from(input.text, 'utf8'));
}

const given = (text: Uint8Array | undefined) => (text ? { text } : {});

/** Bad input (a DiagnosticError, a font that cannot be read, ...) as diagnostics: the one conversion (build/diagnose.ts). */
const asDiagnostics = (e: unknown): Diagnostic[] | undefined => diagnosticsOf(e);

/** The issue, validated and merged with its series file. Throws a DiagnosticError on bad input. */
export function loadIssue(input: IssueInput): Issue {
  return withInput(input, (file, text) => load(file, given(text)).issue);
}

function laidOut(file: string, options: Options, text?: Uint8Array) {
  const loaded: LoadedIssue = load(file, given(text));
  const { fonts } = openIssueFonts(loaded, fontSearchOf(options));
  return { fonts, ...checkIssue(loaded, fonts, options.strict ?? false) };
}

/** Everything a build checks (format, fonts, fitting), writing nothing. Never throws on bad input. */
export function check(input: IssueInput, options: Options = {}): CheckResult {
  return withInput(input, (file, text) => {
    try {
      const { document, warnings } = laidOut(file, options, text);
      return { ok: true, pages: document.pages.length, diagnostics: warnings };
    } catch (e) {
      const diagnostics = asDiagnostics(e);
      if (!diagnostics) throw e;
      return { ok: false, diagnostics };
    }
  });
}

/**
 * The issue's PDF; with `output`, also written there (atomically: a failure leaves the previous
 * file as it was). Throws a DiagnosticError on bad input.
 */
export async function build(input: IssueInput, options: Options & { output?: string } = {}): Promise<BuildResult> {
  // Loading and checking read the provided text; the rest works on what they returned.
  const { document, warnings, fonts } = withInput(input, (file, text) => {
    try {
      return laidOut(file, options, text);
    } catch (e) {
      const diagnostics = asDiagnostics(e);
      throw diagnostics && !(e instanceof DiagnosticError) ? new DiagnosticError(diagnostics) : e;
    }
  });
  const pdf = await renderPdf(document, fonts);
  if (options.output) writeAtomic(options.output, pdf);
  return { pdf, pages: document.pages.length, warnings };
}

/** A diagnostic as the command line prints it (source line and caret), in English or Chinese. */
export function formatDiagnostic(d: Diagnostic, lang: Lang = 'en'): string {
  return renderDiagnostic(d, { lang, colour: false });
}
