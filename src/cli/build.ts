/** `bulletin build <input...>`: each issue file to its PDF. */
import type { Command } from 'commander';
import { statSync } from 'node:fs';
import path from 'node:path';
import { buildIssueFile } from '../build/pipeline.js';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { printDiagnostics } from '../diagnostics/render.js';
import { EXIT, UsageError, type CommandResult } from './exit.js';

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

export interface BuildOptions {
  out?: string;
  quiet?: boolean;
}

export async function build(inputs: string[], opts: BuildOptions): Promise<number> {
  let failed = 0;
  for (const input of inputs) {
    const output = outputFor(input, opts.out, inputs.length > 1);
    try {
      const r = await buildIssueFile(input, output);
      printDiagnostics(r.warnings, process.stderr);
      if (!opts.quiet) process.stdout.write(`${r.input} → ${r.output} (${r.pages} pages, ${Math.round(r.bytes / 1024)} KB)\n`);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      failed++;
      printDiagnostics(e.diagnostics, process.stderr);
    }
  }
  return failed ? EXIT.input : EXIT.ok;
}

export function registerBuild(program: Command, result: CommandResult): void {
  program
    .command('build')
    .description('build the PDF of each issue file')
    .argument('<input...>', 'issue YAML files')
    .option('-o, --out <path>', 'output file (one input) or folder (default: the PDF beside each input)')
    .option('-q, --quiet', 'print nothing on success')
    .action(async (inputs: string[], opts: BuildOptions) => {
      result.code = await build(inputs, opts);
    });
}
