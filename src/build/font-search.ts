/** Where a build looks for fonts (--font-path, --ignore-system-fonts), as the font resolver takes it. Free of layout code, so up-to-date runs stay light. */
import type { ResolveOptions } from '../fonts/resolve.js';

export const fontSearchOf = (options: { fontPath?: string[]; ignoreSystemFonts?: boolean }): ResolveOptions => ({
  fontPath: options.fontPath ?? [],
  ...(options.ignoreSystemFonts ? { systemDirs: [] } : {}),
});
