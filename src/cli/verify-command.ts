/**
 * Registers `bulletin verify`; the verifier (src/verify/, which loads pdfjs-dist) is imported only
 * when it runs. Named apart from `bulletin check`, which checks issue files before a build.
 */
import type { Command } from 'commander';
import type { CommandResult } from './exit.js';

export function registerVerify(program: Command, result: CommandResult): void {
  program
    .command('verify')
    .description('read built PDFs back and check them against the GB/T 9704 grid (line starts and ends, baselines, kinsoku, page numbers, footer)')
    .argument('<pdf...>', 'PDF files built by bulletin')
    .option('--single-sided', 'the PDFs are printed on one side: the footer (版记) need not stand on an even page')
    .action(async (files: string[], opts: { singleSided?: boolean }) => {
      const { runVerify } = await import('./verify.js');
      result.code = await runVerify(files, undefined, { singleSided: opts.singleSided === true });
    });
}
