/**
 * The options that decide how diagnostics are reported — `--strict` and `--diagnostic-format` on
 * the commands that check issues, `--color` on all — applied once, before any command runs, to the
 * run's reporter (diagnostics/reporter.ts) every printer is given.
 */
import { Option, type Command } from 'commander';
import type { Reporter } from '../diagnostics/reporter.js';
import { COLOUR_CHOICES, DIAGNOSTIC_FORMATS, type ColourChoice, type DiagnosticFormat } from '../diagnostics/reporting.js';

export interface ReportingOptions {
  strict?: boolean;
  diagnosticFormat?: DiagnosticFormat;
  color?: ColourChoice;
}

export function withReportingOptions(command: Command, { say }: Reporter): Command {
  return command
    .option('--strict', say('help-strict'))
    .addOption(new Option('--diagnostic-format <format>', say('help-diagnostic-format')).choices(DIAGNOSTIC_FORMATS));
}

export function colourOption({ say }: Reporter): Option {
  return new Option('--color <when>', say('help-color')).choices(COLOUR_CHOICES);
}

/** Applies the options of the program and of the command about to run (the command's win). */
export function applyReporting(reporter: Reporter, ...levels: ReportingOptions[]): void {
  for (const o of levels) {
    reporter.reporting = {
      ...reporter.reporting,
      ...(o.strict !== undefined ? { strict: o.strict } : {}),
      ...(o.diagnosticFormat ? { format: o.diagnosticFormat } : {}),
      ...(o.color ? { colour: o.color } : {}),
    };
  }
}
