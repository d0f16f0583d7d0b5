/**
 * commander in the user's language: its help (titles, defaults, the help and version options) and
 * its own errors (an unknown option or command, a missing or extra argument) are worded from the
 * message catalogue, in the language chosen before the command line is built. Its errors print as
 * ours do: `bulletin: <message>`, exit 2.
 */
import { Command, type Option } from 'commander';
import type { MessageId, Params } from '../diagnostics/messages.js';
import type { Reporter } from '../diagnostics/reporter.js';
import { closest } from '../diagnostics/suggest.js';

const TITLES: Record<string, MessageId> = {
  'Usage:': 'help-usage',
  'Options:': 'help-options',
  'Commands:': 'help-commands',
  'Arguments:': 'help-arguments',
  'Global Options:': 'help-global-options',
};

/** The long flags a command accepts: its own and its parents'. */
function longFlags(cmd: Command | null): string[] {
  const out: string[] = [];
  for (let c = cmd; c; c = c.parent) out.push(...c.options.map((o) => o.long).filter((l): l is string => !!l), '--help');
  return out;
}

export class BulletinCommand extends Command {
  /** The run's language: help texts and commander's errors are worded when the commands are made. */
  constructor(
    readonly reporter: Reporter,
    name?: string,
  ) {
    super(name);
    const say = (id: MessageId, params?: Params) => reporter.say(id, params);
    this.helpOption('-h, --help', say('help-help'));
    this.configureHelp({
      styleTitle: (title: string) => (TITLES[title] ? say(TITLES[title]) : title),
      optionDescription: (o: Option) => {
        const extra = [
          ...(o.argChoices ? [say('help-choices', { list: o.argChoices.join(', ') })] : []),
          ...(o.defaultValue !== undefined && (o.required || o.optional) ? [say('help-default', { value: JSON.stringify(o.defaultValue) })] : []),
        ];
        return [o.description, ...extra].join(' ');
      },
    });
    this.exitOverride();
    this.configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(`bulletin: ${s.replace(/^error: /u, '')}`) });
  }

  override createCommand(name?: string): Command {
    return new BulletinCommand(this.reporter, name);
  }

  // commander's own errors, overridden by name (they are not in its typings): the same checks, our words.
  unknownOption(flag: string): void {
    const suggestion = flag.startsWith('--') ? closest(flag, longFlags(this)) : undefined;
    this.error(this.reporter.say('cli-unknown-option', { flag, suggestion: suggestion ?? '' }), { code: 'commander.unknownOption' });
  }

  unknownCommand(): void {
    const name = String(this.args[0]);
    const suggestion = closest(name, this.commands.map((c) => c.name()));
    this.error(this.reporter.say('cli-unknown-command', { name, suggestion: suggestion ?? '' }), { code: 'commander.unknownCommand' });
  }

  missingArgument(name: string): void {
    this.error(this.reporter.say('cli-missing-argument', { name }), { code: 'commander.missingArgument' });
  }

  optionMissingArgument(option: Option): void {
    this.error(this.reporter.say('cli-option-missing-argument', { flags: option.flags }), { code: 'commander.optionMissingArgument' });
  }

  /** A value outside an option's choices (commander's own check would word it in English). */
  _callParseArg(target: Option, value: string, previous: unknown, invalidMessage: string): unknown {
    if (target.argChoices && !target.argChoices.includes(value)) {
      this.error(this.reporter.say('cli-invalid-choice', { flags: target.flags, value, list: target.argChoices.join(', ') }), { code: 'commander.invalidArgument' });
    }
    const base = Command.prototype as unknown as { _callParseArg(t: Option, v: string, p: unknown, m: string): unknown };
    return base._callParseArg.call(this, target, value, previous, invalidMessage);
  }

  _excessArguments(received: string[]): void {
    if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    const params = { command: this.parent ? this.name() : '', expected: this.registeredArguments.length, got: received.length };
    this.error(this.reporter.say('cli-too-many-arguments', params), { code: 'commander.excessArguments' });
  }
}
