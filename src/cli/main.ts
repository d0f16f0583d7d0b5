/**
 * The command line. Each command lives in its own file and registers itself here. Exit codes:
 * 0 success, 1 bad input, 2 bad usage, 70 an internal error (a bug: reported in one line, the
 * stack only with --debug).
 */
import { Command, CommanderError } from 'commander';
import { removePendingOutputs } from '../build/output.js';
import { TOOL_VERSION } from '../build/version.js';
import { DiagnosticError, formatPlain } from '../diagnostics/diagnostic.js';
import { registerBuild } from './build.js';
import { registerFonts } from './fonts.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';
import { registerInit } from './init.js';
import { registerSchema } from './schema.js';

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  const onSignal = () => {
    removePendingOutputs();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const result: CommandResult = { code: EXIT.ok };
  const program = new Command()
    .name('bulletin')
    .description('Typesets Chinese work bulletins (简报) into print-ready A4 PDFs (GB/T 9704-2012)')
    .version(TOOL_VERSION, '-V, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerBuild(program, result);
  registerSchema(program);
  registerFonts(program, result);
  registerInit(program, result);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      result.code = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (e instanceof UsageError) {
      process.stderr.write(`bulletin: ${e.message}\n`);
      result.code = EXIT.usage;
    } else if (e instanceof DiagnosticError) {
      for (const d of e.diagnostics) process.stderr.write(`${formatPlain(d)}\n`);
      result.code = EXIT.input;
    } else if (e instanceof (await import('../fonts/face.js')).FontError) {
      process.stderr.write(`${e.file}: error: ${e.message}\n`);
      result.code = EXIT.input;
    } else {
      const err = e as Error;
      process.stderr.write(`bulletin: internal error: ${err?.message ?? String(e)} — this is a bug; please report it with the input that caused it\n`);
      if (debug) process.stderr.write(`${err?.stack ?? ''}\n`);
      result.code = EXIT.internal;
    }
  }
  process.exitCode = result.code;
}
