/**
 * The command line. Each command lives in its own file and registers itself here. Exit codes:
 * 0 success, 1 bad input, 2 bad usage, 70 an internal error (a bug: reported in one line, the
 * stack only with --debug).
 */
import { CommanderError } from 'commander';
import { BulletinCommand } from './commander-words.js';
import { removePendingOutputs } from '../build/output.js';
import { diagnosticsOf } from '../build/diagnose.js';
import { langFromArgv, langFromEnv } from '../diagnostics/locale.js';
import { newReporter } from '../diagnostics/reporter.js';
import { printDiagnostics } from '../diagnostics/render.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check-command.js';
import { EXIT, UsageError, reportInternalError, type CommandResult } from './exit.js';
import { registerFonts } from './fonts-command.js';
import { registerImport } from './import-command.js';
import { registerIndex } from './index-command.js';
import { registerInit } from './init.js';
import { registerSchema } from './schema.js';
import { applyReporting, colourOption, type ReportingOptions } from './reporting-options.js';
import { escapeData } from '../diagnostics/github.js';
import { registerVerify } from './verify-command.js';
import { PACKAGE_JSON, TOOL_VERSION } from '../build/version.js';

const packageJson = PACKAGE_JSON;
const bugsAt = typeof packageJson.bugs === 'string' ? packageJson.bugs : packageJson.bugs?.url;

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  // The language first: help texts and commander's own messages are worded when the commands are made.
  const asked = langFromArgv(argv);
  if (asked !== undefined && asked !== 'en' && asked !== 'zh') {
    process.stderr.write(`bulletin: ${newReporter(langFromEnv()).say('usage-lang', { value: asked })}\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  // This run's language, settings and count of printed errors: one value, passed to every command.
  const reporter = newReporter(asked ?? langFromEnv(), { debug });
  const { say, lang } = reporter;

  const onSignal = () => {
    removePendingOutputs();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // An error escaping from a callback (a stream, a timer) is a bug too: one line, no stack trace.
  const onCrash = (e: unknown) => {
    removePendingOutputs();
    process.exit(reportInternalError(e, { debug, version: packageJson.version, ...(bugsAt ? { where: bugsAt } : {}), stream: process.stderr, lang }));
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  const result: CommandResult = { code: EXIT.ok };
  const program = new BulletinCommand(reporter)
    .name('bulletin')
    .description(say('help-program'))
    .version(TOOL_VERSION, '-V, --version', say('help-version'))
    .helpCommand('help [command]', say('help-help'))
    .option('--debug', say('help-debug'))
    .option('--lang <lang>', say('help-lang'))
    .addOption(colourOption(reporter))
    .hook('preAction', (cmd, action) => applyReporting(reporter, cmd.opts<ReportingOptions>(), action.opts<ReportingOptions>()));
  registerBuild(program, result, reporter);
  registerSchema(program, reporter);
  registerFonts(program, result, reporter);
  registerInit(program, result, reporter);
  registerCheck(program, result, reporter);
  registerIndex(program, result, reporter);
  registerVerify(program, result, reporter);
  registerImport(program, result, reporter);
  try {
    await program.parseAsync(argv);
    // --strict: a warning printed by any stage is an error, even where that stage let it pass.
    if (result.code === EXIT.ok && reporter.reporting.strict && reporter.printedErrors > 0) result.code = EXIT.input;
  } catch (e) {
    if (e instanceof CommanderError) {
      result.code = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (e instanceof UsageError) {
      const text = e.localised(lang);
      process.stderr.write(reporter.reporting.format === 'github' ? `::error title=bulletin::${escapeData(text)}\n` : `bulletin: ${text}\n`);
      result.code = EXIT.usage;
    } else if (diagnosticsOf(e)) {
      printDiagnostics(diagnosticsOf(e)!, reporter);
      result.code = EXIT.input;
    } else {
      result.code = reportInternalError(e, { debug, version: packageJson.version, ...(bugsAt ? { where: bugsAt } : {}), stream: process.stderr, lang });
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
  process.exitCode = result.code;
}
