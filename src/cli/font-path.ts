/**
 * The font options shared by the commands that set type (build, check, fonts): `--font-path <dir>`
 * and `--ignore-system-fonts`. Kept apart from those commands so that registering them loads no
 * font or PDF code.
 */
import type { Command } from 'commander';
import { FONT_PATH_ENV } from '../fonts/scan.js';

/** Adds the repeatable `--font-path <dir>` and `--ignore-system-fonts`; read them back with `fontPathOf` and `ignoreSystemFontsOf`. */
export function withFontPathOption(command: Command): Command {
  return command
    .option(
      '--font-path <dir>',
      `a folder of fonts searched before the system's (repeatable; also $${FONT_PATH_ENV})`,
      (dir: string, dirs: string[] | undefined) => [...(dirs ?? []), dir],
    )
    .option('--ignore-system-fonts', `use only the fonts the YAML names, those in --font-path and $${FONT_PATH_ENV}, and the bundled ones: never the system's (as \`fonts: { systemFonts: false }\` in a series file)`);
}

export const fontPathOf = (opts: { fontPath?: string[] }): string[] => opts.fontPath ?? [];
export const ignoreSystemFontsOf = (opts: { ignoreSystemFonts?: boolean }): boolean => opts.ignoreSystemFonts === true;
