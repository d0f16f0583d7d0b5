/** Registers `bulletin fonts`; its work (src/cli/fonts.ts, which loads the fonts) is imported when it runs. */
import { say } from '../diagnostics/locale.js';
import type { Command } from 'commander';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { printDiagnostics } from '../diagnostics/render.js';
import { EXIT, type CommandResult } from './exit.js';
import { withFontPathOption } from './font-path.js';
import type { FontsOptions } from './fonts.js';

export function registerFonts(program: Command, result: CommandResult): void {
  withFontPathOption(
    program
      .command('fonts')
      .description(say('help-fonts'))
      .argument('[issue]', say('help-fonts-issue'))
      .option('--format <format>', say('help-fonts-format'), 'text'),
  ).action(async (input: string | undefined, opts: FontsOptions) => {
    const { fonts } = await import('./fonts.js');
    try {
      result.code = fonts(input, opts);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics, process.stderr);
      result.code = EXIT.input;
    }
  });
}
