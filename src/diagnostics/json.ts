/** Diagnostics as JSON for CI and editors (`bulletin check --format json`). */
import type { Diagnostic } from './diagnostic.js';
import { message, type Lang } from './messages.js';

export interface JsonDiagnostic {
  file: string;
  /** 1-based; 0 (with column 0) when the problem is the whole file. */
  line: number;
  /** 1-based, in UTF-16 code units (as LSP counts by default). */
  column: number;
  endLine: number;
  /** Exclusive: the span is [column, endColumn) on `line`. */
  endColumn: number;
  length: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  hint?: string;
  /** The field, as a path into the issue: ["columns", 0, "heading"]. */
  path?: (string | number)[];
}

export function toJson(d: Diagnostic, lang: Lang): JsonDiagnostic {
  const length = d.line > 0 ? Math.max(1, d.length ?? 1) : 0;
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.line,
    endColumn: d.line > 0 ? d.column + length : 0,
    length,
    severity: d.severity,
    code: d.code,
    message: message(d.text, lang),
    ...(d.hintText ? { hint: message(d.hintText, lang) } : {}),
    ...(d.path ? { path: d.path } : {}),
  };
}
