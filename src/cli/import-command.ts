/** Registers `bulletin import`; its work (src/import/) is loaded when it runs. */
import type { Command } from 'commander';
import type { Reporter } from '../diagnostics/reporter.js';
import { message } from '../diagnostics/messages.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';

export function registerImport(program: Command, result: CommandResult, { say, lang }: Reporter): void {
  program
    .command('import')
    .description(say('help-import'))
    .argument('<file>', say('help-import-file'))
    .requiredOption('--to <issue>', say('help-import-to'))
    .option('--column <heading>', say('help-import-column'))
    .action(async (file: string, opts: { to: string; column?: string }) => {
      const { importContribution, ImportError } = await import('../import/import.js');
      try {
        const report = await importContribution(file, { to: opts.to, ...(opts.column !== undefined ? { column: opts.column } : {}), lang });
        for (const line of report.lines) process.stdout.write(`${message(line, lang)}\n`);
        for (const w of report.warnings) process.stderr.write(`${message({ id: 'import-warning', params: { detail: message(w, lang) } }, lang)}\n`);
        result.code = EXIT.ok;
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
        if (e.kind === 'usage') throw new UsageError(e.text);
        process.stderr.write(`bulletin: ${message(e.text, lang)}\n`);
        result.code = EXIT.input;
      }
    });
}
