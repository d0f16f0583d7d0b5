/** Registers `bulletin fonts`; its work (src/cli/fonts.ts, which loads the fonts) is imported when it runs. */
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
      .description('show the font of each role, its file and why it was chosen; with an issue, the characters its fonts lack')
      .argument('[issue]', 'an issue YAML file')
      .option('--format <format>', 'text or json', 'text'),
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
