/** The faces a document is set in, one per role. */
import { FONT_ROLES, type FontRole } from '../model/issue.js';
import { BUNDLED_FONTS, type FontSpec } from './bundled.js';
import { openFace, type Face } from './face.js';

export type FontSet = Record<FontRole, Face>;

/** Opens the face of each role (parsed once per process, shared between documents). */
export function openFontSet(specs: Partial<Record<FontRole, FontSpec>> = {}): FontSet {
  const set = {} as FontSet;
  for (const role of FONT_ROLES) {
    const spec = specs[role] ?? BUNDLED_FONTS[role];
    set[role] = openFace(spec.file, spec.postscriptName);
  }
  return set;
}
