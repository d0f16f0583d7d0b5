/**
 * Registers `bulletin verify`; the verifier (src/verify/, which loads pdfjs-dist) is imported only
 * when it runs. Named apart from `bulletin check`, which checks issue files before a build.
 */
import type { Reporter } from '../diagnostics/reporter.js';
import type { Command } from 'commander';
import { UsageError, type CommandResult } from './exit.js';

/** Whether `e` says that package `name` is not installed. */
export const isMissing = (e: unknown, name: string): boolean =>
  ['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND'].includes(String((e as NodeJS.ErrnoException | undefined)?.code)) && String((e as Error).message).includes(name);

export function registerVerify(program: Command, result: CommandResult, { say, lang }: Reporter): void {
  program
    .command('verify')
    .description(say('help-verify'))
    .argument('<pdf...>', say('help-verify-pdf'))
    .option('--single-sided', say('help-verify-single-sided'))
    .action(async (files: string[], opts: { singleSided?: boolean }) => {
      const { runVerify } = await import('./verify.js').catch((e: unknown) => {
        // pdfjs-dist is an optional peer (74 MB with its canvas): a plain install has no verifier.
        if (isMissing(e, 'pdfjs-dist')) throw new UsageError({ id: 'verify-needs-pdfjs', params: {} });
        throw e;
      });
      result.code = await runVerify(files, undefined, { singleSided: opts.singleSided === true, lang });
    });
}
