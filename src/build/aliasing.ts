/**
 * Outputs are never inputs: a PDF path that resolves (symlinks followed, or a hard link to the same
 * file) to a file the build reads — the issue, its series file, a photo, a font — is refused before
 * anything is written, as is an existing target that is not a regular file (a device, a pipe).
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticError, diagnostic } from '../diagnostics/diagnostic.js';
import { refuseNonRegularTarget } from './output.js';

export type InputRole = 'issue' | 'series' | 'photo' | 'font';

/**
 * The path a name resolves to: the real path when it exists, else its real folder plus its name.
 * The native realpath (one call to the system's) rather than Node's JavaScript one, which lstats
 * every component of every path: ~2 ms of a build checking its ~10 inputs (quiet CPU profile).
 */
const realpath = realpathSync.native;
function resolved(file: string): string {
  try {
    return realpath(file);
  } catch {
    try {
      return path.join(realpath(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

const identity = (file: string): string | undefined => {
  try {
    const st = statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
};

/** Throws a diagnostic when `output` is one of `inputs` or cannot hold a PDF. */
export function refuseOutputAliasing(output: string, inputs: { file: string; role: InputRole }[]): void {
  refuseNonRegularTarget(output);
  const out = resolved(output);
  const outId = identity(output);
  for (const { file, role } of inputs) {
    if (resolved(file) === out || (outId !== undefined && identity(file) === outId)) {
      throw new DiagnosticError([diagnostic({ file: output, line: 0, column: 0 }, 'output-is-input', { role, input: file })]);
    }
  }
}
