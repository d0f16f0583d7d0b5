/**
 * The one conversion of an error into diagnostics, used by builds (in-process and in workers),
 * `bulletin check` and the command line: bad input (a DiagnosticError), a font file that cannot be
 * used (FontError, at the font file), an output format this machine cannot write (RenderError), a
 * write the file system refused — or, for anything else,
 * undefined: a bug, which the caller reports as an internal error.
 */
import path from 'node:path';
import { DiagnosticError, fileDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { msg } from '../diagnostics/messages.js';
import { FontError } from '../fonts/font-error.js';
import { RenderError } from '../render/formats.js';

const isFileSystemError = (e: unknown): e is NodeJS.ErrnoException =>
  e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';

/**
 * The diagnostics `e` stands for, or undefined when it is a bug. `input`: the issue being built
 * (where a renderer's problem is reported); `output`: the file being written, if any.
 */
export function diagnosticsOf(e: unknown, { input, output }: { input?: string; output?: string } = {}): Diagnostic[] | undefined {
  if (e instanceof DiagnosticError) return e.diagnostics;
  if (e instanceof FontError) return [fileDiagnostic(e.file, e.text)];
  if (e instanceof RenderError) return [fileDiagnostic(input ?? '', msg(e.id, e.params))];
  if (output !== undefined && isFileSystemError(e) && aboutOutput(e, output)) {
    // Writing the PDF failed (a read-only folder, a full disk): the environment, not a bug.
    return [fileDiagnostic(output, msg('output-unwritable', { reason: e.code ?? '' }))];
  }
  return undefined;
}

/**
 * Whether a file system error is about writing `output`: no path (a write, an fsync, a pipe), or a
 * path in the output's folder (its temporary file, the rename, the stamps in .bulletin-cache/).
 * Any other path is something the build read — a file of the installation, say — and must not be
 * reported as "cannot write the PDF".
 */
function aboutOutput(e: NodeJS.ErrnoException & { dest?: string }, output: string): boolean {
  const folder = path.dirname(path.resolve(output));
  const inOutputFolder = (p: string) => {
    const dir = path.dirname(path.resolve(p));
    return dir === folder || dir === path.join(folder, '.bulletin-cache');
  };
  return e.path === undefined || inOutputFolder(e.path) || (e.dest !== undefined && inOutputFolder(e.dest));
}

/** An error that is a bug, as the one diagnostic of the issue it happened in. */
export const internalDiagnostic = (input: string, e: unknown): Diagnostic =>
  fileDiagnostic(input, msg('internal-in-issue', { detail: String((e as Error | undefined)?.message ?? e).split('\n')[0]! }));
