/** A diagnostic: what is wrong, and exactly where (file, 1-based line and column). */
import { message, type Lang, type Localised, type MessageId, type Params } from './messages.js';

export type { Localised } from './messages.js';
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  file: string;
  /** 1-based; 0 when the problem concerns the whole file (unreadable, empty). */
  line: number;
  column: number;
  /** Length of the offending span in UTF-16 units (for the caret line), at least 1. */
  length?: number;
  /** The message in English (for logs and `formatPlain`); printers use `text`, in the user's language. */
  message: string;
  /** The hint in English; printers use `hintText`. */
  hint?: string;
  /** Path into the issue (columns.0.articles.1.title), when the problem is a field. */
  path?: (string | number)[];
  /** A stable identifier for tools (`--format json`): the catalogue id of `text`, e.g. `unknown-key`. */
  code: string;
  /** The message and hint as catalogue entries, printed in the chosen language. */
  text: Localised;
  hintText?: Localised;
  /** Line `line` of the file as it was read, for the excerpt under the message (the file may have changed since, or be standard input). */
  lineText?: string;
}

/** Raised with one or more diagnostics; the CLI prints them and exits 1. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatPlain).join('\n'));
  }
}

export function formatPlain(d: Diagnostic): string {
  const at = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${at}: ${d.severity}: ${d.message}${d.hint ? `\n  hint: ${d.hint}` : ''}`;
}

export interface Place {
  file: string;
  line: number;
  column: number;
  length?: number;
  /** Line `line` as it was read, when the stage making the place holds the text. */
  lineText?: string;
}

/**
 * The one way a diagnostic is made: a catalogue message at a place. `message` and `hint` hold the
 * English text (for formatPlain and logs); printers translate through `text` and `hintText`.
 */
export function diagnostic(
  at: Place,
  id: MessageId,
  params: Params = {},
  more: { hint?: Localised; severity?: Severity; path?: (string | number)[] } = {},
): Diagnostic {
  return {
    severity: more.severity ?? 'error',
    file: at.file,
    line: at.line,
    column: at.column,
    ...(at.length !== undefined ? { length: at.length } : {}),
    message: message({ id, params }, 'en'),
    ...(more.hint ? { hint: message(more.hint, 'en'), hintText: more.hint } : {}),
    ...(more.path ? { path: more.path } : {}),
    code: id,
    text: { id, params },
    ...(at.lineText !== undefined && at.line > 0 ? { lineText: at.lineText } : {}),
  };
}

/** The message and hint of `d` in `lang`. */
export function wordsOf(d: Diagnostic, lang: Lang): { message: string; hint?: string } {
  const hint = d.hintText ? message(d.hintText, lang) : undefined;
  return { message: message(d.text, lang), ...(hint ? { hint } : {}) };
}

/** A catalogue message about a whole file (line and column 0). */
export const fileDiagnostic = (file: string, text: Localised, more: { hint?: Localised; severity?: Severity } = {}): Diagnostic =>
  diagnostic({ file, line: 0, column: 0 }, text.id, text.params, more);

/** At one place, a cause (a syntax error, an unknown key) comes before its effect (a missing key). */
const effect = (d: Diagnostic) => (d.code === 'missing-key' ? 1 : 0);

/** Source order: by file (in the order given), then line and column; whole-file problems first. */
export function sortDiagnostics(diags: Diagnostic[], files: string[] = []): Diagnostic[] {
  const rank = (f: string) => {
    const i = files.indexOf(f);
    return i === -1 ? files.length : i;
  };
  const seen = new Set<string>();
  return diags
    .filter((d) => {
      const key = `${d.file}:${d.line}:${d.column}:${d.code ?? ''}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => rank(a.file) - rank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || effect(a) - effect(b));
}
