/** Exit codes: 0 success, 1 bad input, 2 bad usage, 70 an internal error (a bug). */
import { message, type Lang, type Localised } from '../diagnostics/messages.js';

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

/** A mistake in how the command was called (exit 2), as a catalogue message. */
export class UsageError extends Error {
  constructor(readonly text: Localised) {
    super(message(text, 'en'));
  }

  /** The message in the reader's language. */
  localised(lang: Lang): string {
    return message(this.text, lang);
  }
}

/** Where a command's action leaves its exit code. */
export interface CommandResult {
  code: number;
}

/**
 * A bug (anything that is not a diagnostic or a usage error): one line saying so and where to
 * report it (package.json's `bugs`, when it has one), the stack only with --debug. Returns the exit code.
 */
export function reportInternalError(e: unknown, opts: { debug: boolean; version: string; where?: string; stream: { write(s: string): unknown }; lang?: Lang }): number {
  const lang = opts.lang ?? 'en';
  const detail = String((e as Error | undefined)?.message ?? e).split('\n')[0]!;
  const report = message({ id: 'internal-report', params: { version: opts.version, debug: opts.debug ? 1 : '', where: opts.where ?? '' } }, lang);
  opts.stream.write(`bulletin: ${message({ id: 'internal-error', params: { detail } }, lang)} — ${report}\n`);
  if (opts.debug) opts.stream.write(`${(e as Error | undefined)?.stack ?? String(e)}\n`);
  return EXIT.internal;
}
