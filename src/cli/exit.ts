/** Exit codes: 0 success, 1 bad input, 2 bad usage, 70 an internal error (a bug). */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

/** A mistake in how the command was called (exit 2). */
export class UsageError extends Error {}

/** Where a command's action leaves its exit code. */
export interface CommandResult {
  code: number;
}
