/**
 * The options that decide how diagnostics are reported — `--strict` and `--diagnostic-format` on
 * the commands that check issues, `--color` on all — applied once, before any command runs, to the
 * shared reporting settings (diagnostics/reporting.ts) every printer obeys.
 */
import { say } from '../diagnostics/locale.js';
import { Option, type Command } from 'commander';
import { COLOUR_CHOICES, DIAGNOSTIC_FORMATS, configureReporting, type ColourChoice, type DiagnosticFormat } from '../diagnostics/reporting.js';

export interface ReportingOptions {
  strict?: boolean;
  diagnosticFormat?: DiagnosticFormat;
  color?: ColourChoice;
}

export function withReportingOptions(command: Command): Command {
  return command
    .option('--strict', say('help-strict'))
    .addOption(new Option('--diagnostic-format <format>', say('help-diagnostic-format')).choices(DIAGNOSTIC_FORMATS));
}

export function colourOption(): Option {
  return new Option('--color <when>', say('help-color')).choices(COLOUR_CHOICES);
}

/** Applies the options of the program and of the command about to run (the command's win). */
export function applyReporting(...levels: ReportingOptions[]): void {
  for (const o of levels) {
    configureReporting({
      ...(o.strict !== undefined ? { strict: o.strict } : {}),
      ...(o.diagnosticFormat ? { format: o.diagnosticFormat } : {}),
      ...(o.color ? { colour: o.color } : {}),
    });
  }
}
