/** Registers `bulletin fonts`; its work (src/cli/fonts.ts, which loads the fonts) is imported when it runs. */
import type { Command } from 'commander';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { printDiagnostics } from '../diagnostics/render.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';
import { resolveInputs, withInputOptions, type InputOptions } from './inputs.js';
import { withReportingOptions } from './reporting-options.js';
import { withFontPathOption } from './font-path.js';
import type { FontsOptions } from './fonts.js';

export function registerFonts(program: Command, result: CommandResult): void {
  const command = program
    .command('fonts')
    .description('show the font of each role, its file and why it was chosen; with an issue, the characters its fonts lack; --list: the Chinese fonts installed')
    .argument('[issue]', 'an issue YAML file, or - for standard input')
    .option('--list', 'list the Chinese font families installed, with their Chinese names and files')
    .option('--format <format>', 'text or json', 'text');
  withInputOptions(command);
  withReportingOptions(command);
  withFontPathOption(command).action(async (input: string | undefined, opts: FontsOptions & InputOptions) => {
    const { fonts } = await import('./fonts.js');
    let issue: string | undefined;
    if (input !== undefined) {
      const { issues } = await resolveInputs([input], opts);
      if (issues.length !== 1) throw new UsageError({ id: 'fonts-one-issue', params: { count: issues.length } });
      issue = issues[0];
    }
    try {
      result.code = fonts(issue, opts);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics, process.stderr);
      result.code = EXIT.input;
    }
  });
}
