/**
 * Registers `bulletin verify`; the verifier (src/verify/, which loads pdfjs-dist) is imported only
 * when it runs. Named apart from `bulletin check`, which checks issue files before a build.
 */
import { say } from '../diagnostics/locale.js';
import type { Command } from 'commander';
import type { CommandResult } from './exit.js';

export function registerVerify(program: Command, result: CommandResult): void {
  program
    .command('verify')
    .description(say('help-verify'))
    .argument('<pdf...>', say('help-verify-pdf'))
    .option('--single-sided', say('help-verify-single-sided'))
    .action(async (files: string[], opts: { singleSided?: boolean }) => {
      const { runVerify } = await import('./verify.js');
      result.code = await runVerify(files, undefined, { singleSided: opts.singleSided === true });
    });
}
