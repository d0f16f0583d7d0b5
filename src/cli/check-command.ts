/** Registers `bulletin check`; its work (src/cli/check.ts, which loads fonts and layout) is imported when it runs. */
import type { Command } from 'commander';
import type { CheckOptions } from './check.js';
import type { CommandResult } from './exit.js';
import { withFontPathOption } from './font-path.js';
import { withInputOptions } from './inputs.js';
import { withReportingOptions } from './reporting-options.js';

export function registerCheck(program: Command, result: CommandResult): void {
  const command = program
    .command('check')
    .description('check issues as a build would (schema, font coverage, fitting) without writing anything')
    .argument('<input...>', 'issue YAML files, folders or globs, or - for standard input; series files are skipped')
    .option('--format <format>', 'text (for people), json (for CI and editors) or github (GitHub Actions annotations)', 'text')
    .option('-q, --quiet', 'print nothing for files without errors')
    .option('--to <formats>', 'also check that these output formats can be written here (pdf, docx, png, long-png; comma-separated or repeated)', (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .action(async (inputs: string[], opts: CheckOptions) => {
      const { check } = await import('./check.js');
      result.code = await check(inputs, opts);
    });
  withInputOptions(command);
  withReportingOptions(command);
  withFontPathOption(command);
}
