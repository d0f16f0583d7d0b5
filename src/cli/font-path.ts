/**
 * The `--font-path <dir>` option, shared by the commands that set type (build, check, fonts). Kept
 * apart from those commands so that registering them loads no font or PDF code.
 */
import { say } from '../diagnostics/locale.js';
import type { Command } from 'commander';
import { FONT_PATH_ENV } from '../fonts/scan.js';

/** Adds the repeatable `--font-path <dir>` option to a command; read it back with `fontPathOf`. */
export function withFontPathOption(command: Command): Command {
  return command.option(
    '--font-path <dir>',
    say('help-font-path', { env: FONT_PATH_ENV }),
    (dir: string, dirs: string[] | undefined) => [...(dirs ?? []), dir],
  );
}

export const fontPathOf = (opts: { fontPath?: string[] }): string[] => opts.fontPath ?? [];
