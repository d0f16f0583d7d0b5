/**
 * The font options shared by the commands that set type (build, check, fonts): `--font-path <dir>`
 * and `--ignore-system-fonts`. Kept apart from those commands so that registering them loads no
 * font or PDF code.
 */
import type { Reporter } from '../diagnostics/reporter.js';
import type { Command } from 'commander';
import { FONT_PATH_ENV } from '../fonts/scan.js';

/** Adds the repeatable `--font-path <dir>` and `--ignore-system-fonts`; read them back with `fontPathOf` and `ignoreSystemFontsOf`. */
export function withFontPathOption(command: Command, { say }: Reporter): Command {
  return command
    .option('--font-path <dir>', say('help-font-path', { env: FONT_PATH_ENV }), (dir: string, dirs: string[] | undefined) => [...(dirs ?? []), dir])
    .option('--ignore-system-fonts', say('help-ignore-system-fonts', { env: FONT_PATH_ENV }));
}

export const fontPathOf = (opts: { fontPath?: string[] }): string[] => opts.fontPath ?? [];
export const ignoreSystemFontsOf = (opts: { ignoreSystemFonts?: boolean }): boolean => opts.ignoreSystemFonts === true;
