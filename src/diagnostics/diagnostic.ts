/** A diagnostic: what is wrong, and exactly where (file, 1-based line and column). */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  file: string;
  /** 1-based; 0 when the problem concerns the whole file (unreadable, empty). */
  line: number;
  column: number;
  /** Length of the offending span in UTF-16 units (for the caret line), at least 1. */
  length?: number;
  message: string;
  hint?: string;
  /** Path into the issue (columns.0.articles.1.title), when the problem is a field. */
  path?: (string | number)[];
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
