/** Registers `bulletin fonts`; its work (src/cli/fonts.ts, which loads the fonts) is imported when it runs. */
import type { Reporter } from '../diagnostics/reporter.js';
import type { Command } from 'commander';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { printDiagnostics } from '../diagnostics/render.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';
import { givenText, resolveInputs, withInputOptions, type InputOptions } from './inputs.js';
import { withReportingOptions } from './reporting-options.js';
import { withFontPathOption } from './font-path.js';
import type { FontsOptions } from './fonts.js';

export function registerFonts(program: Command, result: CommandResult, reporter: Reporter): void {
  const { say } = reporter;
  const command = program
    .command('fonts')
    .description(say('help-fonts'))
    .argument('[issue]', say('help-fonts-issue'))
    .option('--list', say('help-fonts-list'))
    .option('--format <format>', say('help-fonts-format'), 'text');
  withInputOptions(command, reporter);
  withReportingOptions(command, reporter);
  withFontPathOption(command, reporter).action(async (input: string | undefined, opts: FontsOptions & InputOptions) => {
    const { fonts } = await import('./fonts.js');
    let issue: string | undefined;
    let given: { text?: Uint8Array } = {};
    if (input !== undefined) {
      const inputs = await resolveInputs([input], opts);
      if (inputs.issues.length !== 1) throw new UsageError({ id: 'fonts-one-issue', params: { count: inputs.issues.length } });
      issue = inputs.issues[0];
      given = givenText(inputs, issue!);
    }
    try {
      result.code = fonts(issue, opts, reporter, given);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics, reporter);
      result.code = EXIT.input;
    }
  });
}
