/**
 * The language of messages: `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG), else English —
 * read from the arguments and the environment given; the run's choice travels as a value (reporter.ts).
 */
import type { Lang } from './messages.js';
import type { ColourChoice } from './reporting.js';

/** The language a POSIX environment asks for: Chinese for zh_* locales, English otherwise. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  // The first of these that is set and not empty wins (POSIX precedence).
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^zh([_.@-]|$)/iu.test(locale) ? 'zh' : 'en';
}

/** The language `--lang` asks for in `argv` (`--lang zh`, `--lang=zh`), before the command line is parsed. */
export function langFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--lang') found = argv[i + 1];
    else if (argv[i]!.startsWith('--lang=')) found = argv[i]!.slice('--lang='.length);
  }
  return found;
}

/**
 * Whether to colour what goes to `stream`: `--color always|never` decides; with `auto` (the
 * default) FORCE_COLOR set to anything but 0/false forces it (and FORCE_COLOR=0 turns it off),
 * as Node does, then NO_COLOR (https://no-color.org) turns it off; otherwise only on a terminal
 * that is not TERM=dumb.
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, choice: ColourChoice = 'auto'): boolean {
  if (choice !== 'auto') return choice === 'always';
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/iu.test(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
