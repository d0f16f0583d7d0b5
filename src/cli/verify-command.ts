/**
 * Registers `bulletin verify`; the verifier (src/verify/, which loads pdfjs-dist) is imported only
 * when it runs. Named apart from `bulletin check`, which checks issue files before a build.
 */
import type { Command } from 'commander';
import { UsageError, type CommandResult } from './exit.js';

/** Whether `e` says that package `name` is not installed. */
export const isMissing = (e: unknown, name: string): boolean =>
  ['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND'].includes(String((e as NodeJS.ErrnoException | undefined)?.code)) && String((e as Error).message).includes(name);

export function registerVerify(program: Command, result: CommandResult): void {
  program
    .command('verify')
    .description('read built PDFs back and check them against the GB/T 9704 grid (line starts and ends, baselines, kinsoku, page numbers, footer)')
    .argument('<pdf...>', 'PDF files built by bulletin')
    .option('--single-sided', 'the PDFs are printed on one side: the footer (版记) need not stand on an even page')
    .action(async (files: string[], opts: { singleSided?: boolean }) => {
      const { runVerify } = await import('./verify.js').catch((e: unknown) => {
        // pdfjs-dist is an optional peer (74 MB with its canvas): a plain install has no verifier.
        if (isMissing(e, 'pdfjs-dist')) throw new UsageError({ id: 'verify-needs-pdfjs', params: {} });
        throw e;
      });
      result.code = await runVerify(files, undefined, { singleSided: opts.singleSided === true });
    });
}
