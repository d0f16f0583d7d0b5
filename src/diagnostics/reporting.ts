/**
 * How diagnostics are reported: `--strict`, `--diagnostic-format` and `--color`, set by the CLI on
 * its run's reporter (reporter.ts) and obeyed by every printer (render.ts's printDiagnostics and
 * the JSON of `check`), so warnings from any stage — fonts, photos, pasted text — follow them.
 */
import type { Diagnostic } from './diagnostic.js';

/** text: for people (source line and caret); github: workflow annotations (`::error file=…::…`). */
export const DIAGNOSTIC_FORMATS = ['text', 'github'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];
export const COLOUR_CHOICES = ['auto', 'always', 'never'] as const;
export type ColourChoice = (typeof COLOUR_CHOICES)[number];

export interface Reporting {
  /** Warnings are errors: the build fails and writes nothing, the exit status is 1. */
  strict: boolean;
  format: DiagnosticFormat;
  colour: ColourChoice;
}

/** Under --strict each warning becomes an error (its code and text unchanged). */
export function underPolicy(diags: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  return strict ? diags.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : [...diags];
}
