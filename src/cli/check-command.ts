/** Registers `bulletin check`; its work (src/cli/check.ts, which loads fonts and layout) is imported when it runs. */
import type { Reporter } from '../diagnostics/reporter.js';
import type { Command } from 'commander';
import type { CheckOptions } from './check.js';
import type { CommandResult } from './exit.js';
import { withFontPathOption } from './font-path.js';
import { withInputOptions } from './inputs.js';
import { withReportingOptions } from './reporting-options.js';

export function registerCheck(program: Command, result: CommandResult, reporter: Reporter): void {
  const { say } = reporter;
  const command = program
    .command('check')
    .description(say('help-check'))
    .argument('<input...>', say('help-check-input'))
    .option('--format <format>', say('help-check-format'), 'text')
    .option('-q, --quiet', say('help-check-quiet'))
    .option('--to <formats>', say('help-check-to'), (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .action(async (inputs: string[], opts: CheckOptions) => {
      const { check } = await import('./check.js');
      result.code = await check(inputs, opts, reporter);
    });
  withInputOptions(command, reporter);
  withReportingOptions(command, reporter);
  withFontPathOption(command, reporter);
}
