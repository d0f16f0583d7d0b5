/** `bulletin index <folder>`: the index (目录) of a folder's issues as a bulletin-styled PDF, or JSON. */
import type { Command } from 'commander';
import path from 'node:path';
import { discoverIssues } from '../build/discover.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { message, msg } from '../diagnostics/messages.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';
import { fontPathOf, withFontPathOption } from './font-path.js';

interface IndexCommandOptions {
  out?: string;
  format?: string;
  quiet?: boolean;
  fontPath?: string[];
}

export function registerIndex(program: Command, result: CommandResult, reporter: Reporter): void {
  const { say, lang } = reporter;
  const command = program
    .command('index')
    .description(say('help-index'))
    .argument('<folder>', say('help-index-folder'))
    .option('-o, --out <file>', say('help-index-out'))
    .option('--format <format>', say('help-index-format'), 'pdf')
    .option('-q, --quiet', say('help-build-quiet'))
    .action(async (folder: string, opts: IndexCommandOptions) => {
      const format = opts.format ?? 'pdf';
      if (format !== 'pdf' && format !== 'json') throw new UsageError(msg('index-format', { format }));
      const { issues } = discoverIssues([folder]);
      if (!issues.length) throw new UsageError(msg('index-no-issues', { folder }));
      const out = opts.out ?? path.join(folder, `index.${format}`);
      const { buildIndex } = await import('../index/build.js');
      const r = await buildIndex(issues, folder, out, { format, fontPath: fontPathOf(opts) });
      if (!opts.quiet) process.stdout.write(`${message({ id: 'index-written', params: { folder, file: out, issues: r.entries.length, pages: r.pages } }, lang)}\n`);
      result.code = EXIT.ok;
    });
  withFontPathOption(command, reporter);
}
