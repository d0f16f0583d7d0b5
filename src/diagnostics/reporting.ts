/**
 * How this process reports diagnostics: set once by the CLI from `--strict`,
 * `--diagnostic-format` and `--color`, and obeyed by every printer (render.ts's printDiagnostics
 * and the JSON of `check`), so warnings from any stage — fonts, photos, pasted text — follow them.
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

const DEFAULTS: Reporting = { strict: false, format: 'text', colour: 'auto' };
let current: Reporting = { ...DEFAULTS };
let printedErrors = 0;

export function configureReporting(settings: Partial<Reporting>): void {
  current = { ...current, ...settings };
}

/** Back to the defaults (between runs of main() in one process, and in tests). */
export function resetReporting(): void {
  current = { ...DEFAULTS };
  printedErrors = 0;
}

export const reporting = (): Readonly<Reporting> => current;

/** Under --strict each warning becomes an error (its code and text unchanged). */
export function underPolicy(diags: readonly Diagnostic[], strict = current.strict): Diagnostic[] {
  return strict ? diags.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : [...diags];
}

/** Counts the errors a printer showed: a warning printed under --strict fails the run even when its stage let it pass. */
export function countPrinted(diags: readonly Diagnostic[]): void {
  printedErrors += diags.filter((d) => d.severity === 'error').length;
}

export const printedErrorCount = (): number => printedErrors;
