/** Registers `bulletin check`; its work (src/cli/check.ts, which loads fonts and layout) is imported when it runs. */
import type { Command } from 'commander';
import type { CheckOptions } from './check.js';
import type { CommandResult } from './exit.js';
import { withFontPathOption } from './font-path.js';

export function registerCheck(program: Command, result: CommandResult): void {
  const command = program
    .command('check')
    .description('check issue files as a build would (schema, font coverage, fitting) without writing anything')
    .argument('<input...>', 'issue YAML files')
    .option('--format <format>', 'text (for people) or json (for CI and editors)', 'text')
    .option('-q, --quiet', 'print nothing for files without errors')
    .option('--to <formats>', 'also check that these output formats can be written here (pdf, docx, png, long-png; comma-separated or repeated)', (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .action(async (inputs: string[], opts: CheckOptions) => {
      const { check } = await import('./check.js');
      result.code = await check(inputs, opts);
    });
  withFontPathOption(command);
}
