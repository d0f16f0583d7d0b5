/**
 * The command line: `bulletin build`, `bulletin schema`. Exit codes: 0 success, 1 bad input,
 * 2 bad usage, 70 an internal error (a bug: reported in one line, the stack only with --debug).
 */
import { Command, CommanderError } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIssueFile } from '../build/pipeline.js';
import { removePendingOutputs } from '../build/output.js';
import { DiagnosticError, formatPlain } from '../diagnostics/diagnostic.js';
import { openFontSet } from '../fonts/fontset.js';
import { FontError } from '../fonts/face.js';
import { issueJsonSchema } from './schema.js';

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

const packageJson = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as { version: string };

class UsageError extends Error {}

/** Where the PDF of `input` goes: beside it, or into --out (a folder, or a file for one input). */
export function outputFor(input: string, out: string | undefined, many: boolean): string {
  const pdfName = `${path.basename(input).replace(/\.ya?ml$/iu, '')}.pdf`;
  if (!out) return path.join(path.dirname(input), pdfName);
  let isDir = out.endsWith('/') || out.endsWith(path.sep);
  try {
    isDir ||= statSync(out).isDirectory();
  } catch {
    /* a new file name */
  }
  if (isDir) return path.join(out, pdfName);
  if (many) throw new UsageError(`--out ${out} must be a folder when building several issues`);
  return out;
}

async function build(inputs: string[], opts: { out?: string; quiet?: boolean }): Promise<number> {
  const fonts = openFontSet();
  let failed = 0;
  for (const input of inputs) {
    const output = outputFor(input, opts.out, inputs.length > 1);
    try {
      const r = await buildIssueFile(input, output, fonts);
      if (!opts.quiet) process.stdout.write(`${r.input} → ${r.output} (${r.pages} pages, ${Math.round(r.bytes / 1024)} KB)\n`);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      failed++;
      for (const d of e.diagnostics) process.stderr.write(`${formatPlain(d)}\n`);
    }
  }
  return failed ? EXIT.input : EXIT.ok;
}

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  const onSignal = () => {
    removePendingOutputs();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let code: number = EXIT.ok;
  const program = new Command()
    .name('bulletin')
    .description('Typesets Chinese work bulletins (简报) into print-ready A4 PDFs (GB/T 9704-2012)')
    .version(packageJson.version, '-V, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('build')
    .description('build the PDF of each issue file')
    .argument('<input...>', 'issue YAML files')
    .option('-o, --out <path>', 'output file (one input) or folder (default: the PDF beside each input)')
    .option('-q, --quiet', 'print nothing on success')
    .action(async (inputs: string[], opts: { out?: string; quiet?: boolean }) => {
      code = await build(inputs, opts);
    });
  program
    .command('schema')
    .description('print the JSON Schema of the issue format (for editor completion)')
    .option('--series', 'the schema of a series file (bulletin.yaml) instead')
    .action((opts: { series?: boolean }) => {
      process.stdout.write(`${JSON.stringify(issueJsonSchema(opts.series ? 'series' : 'issue'), null, 2)}\n`);
    });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      code = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (e instanceof UsageError) {
      process.stderr.write(`bulletin: ${e.message}\n`);
      code = EXIT.usage;
    } else if (e instanceof DiagnosticError) {
      for (const d of e.diagnostics) process.stderr.write(`${formatPlain(d)}\n`);
      code = EXIT.input;
    } else if (e instanceof FontError) {
      process.stderr.write(`${e.file}: error: ${e.message}\n`);
      code = EXIT.input;
    } else {
      const err = e as Error;
      process.stderr.write(`bulletin: internal error: ${err?.message ?? String(e)} — this is a bug; please report it with the input that caused it\n`);
      if (debug) process.stderr.write(`${err?.stack ?? ''}\n`);
      code = EXIT.internal;
    }
  }
  process.exitCode = code;
}
