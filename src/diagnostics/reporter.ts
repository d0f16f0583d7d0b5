/**
 * How one run of the command line speaks: the language of its messages (`--lang`, else the
 * locale), how it reports diagnostics (`--strict`, `--diagnostic-format`, `--color`), whether it
 * shows stacks (`--debug`), and how many errors it has printed. The command line makes one per run
 * (cli/main.ts) and passes it as a value to every command and printer: nothing here is
 * module-level state, so two runs in one process never see each other's settings.
 */
import { message, msg, type Lang, type MessageId, type Params } from './messages.js';
import type { Reporting } from './reporting.js';

export interface Reporter {
  readonly lang: Lang;
  /** A catalogue message in this run's language. */
  say(id: MessageId, params?: Params): string;
  /** --strict, --diagnostic-format, --color: the command line sets them before a command's action runs. */
  reporting: Reporting;
  readonly debug: boolean;
  /** Errors the printers showed (a warning under --strict counts): such a run fails even when its stage let it pass. */
  printedErrors: number;
}

export function newReporter(lang: Lang, opts: { debug?: boolean; reporting?: Partial<Reporting> } = {}): Reporter {
  return {
    lang,
    say: (id, params = {}) => message(msg(id, params), lang),
    reporting: { strict: false, format: 'text', colour: 'auto', ...opts.reporting },
    debug: opts.debug ?? false,
    printedErrors: 0,
  };
}
