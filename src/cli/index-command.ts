/** `bulletin index <folder>`: the index (目录) of a folder's issues as a bulletin-styled PDF, or JSON. */
import type { Command } from 'commander';
import path from 'node:path';
import { discoverIssues } from '../build/discover.js';
import { currentLang } from '../diagnostics/locale.js';
import { message } from '../diagnostics/messages.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';
import { fontPathOf, withFontPathOption } from './font-path.js';

interface IndexCommandOptions {
  out?: string;
  format?: string;
  quiet?: boolean;
  fontPath?: string[];
}

export function registerIndex(program: Command, result: CommandResult): void {
  const command = program
    .command('index')
    .description("write the index (目录) of a folder's issues: number, 总第N期, date and article titles by column, sorted by number")
    .argument('<folder>', 'a folder of issues (series files are skipped), or files and globs as for build')
    .option('-o, --out <file>', 'the index file (default: index.pdf or index.json in the folder)')
    .option('--format <format>', 'pdf (set like an issue) or json (for other systems; schema/index.schema.json)', 'pdf')
    .option('-q, --quiet', 'print nothing on success')
    .action(async (folder: string, opts: IndexCommandOptions) => {
      const lang = currentLang();
      const format = opts.format ?? 'pdf';
      if (format !== 'pdf' && format !== 'json') throw new UsageError(message({ id: 'index-format', params: { format } }, lang));
      const { issues } = discoverIssues([folder]);
      if (!issues.length) throw new UsageError(message({ id: 'index-no-issues', params: { folder } }, lang));
      const out = opts.out ?? path.join(folder, `index.${format}`);
      const { buildIndex } = await import('../index/build.js');
      const r = await buildIndex(issues, folder, out, { format, fontPath: fontPathOf(opts) });
      if (!opts.quiet) process.stdout.write(`${message({ id: 'index-written', params: { folder, file: out, issues: r.entries.length, pages: r.pages } }, lang)}\n`);
      result.code = EXIT.ok;
    });
  withFontPathOption(command);
}
