/**
 * Which font serves each role, and which fonts serve the characters it lacks. In order: what the
 * series or issue file names (a path or a family name); else the office font if installed; else the
 * bundled open font. Each chain ends in the bundled fonts, the widest-covering last.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { FONT_ROLES, type FontRole } from '../model/issue.js';
import { BUNDLED_FONT_DIR, BUNDLED_FONTS, LAST_RESORT, type FontSpec } from './bundled.js';
import { OFFICIAL_FAMILIES, REGULAR_STYLES, WIDE_FAMILIES, familyKey, looksLikePath } from './families.js';
import { defaultCacheFile, scanFontDirs, systemFontDirs, userFontDirs, type FoundFace, type ScanStats } from './scan.js';
import { readFaceNames } from './sfnt.js';
import { msg, type Localised } from '../diagnostics/messages.js';

/** Why a font was chosen. */
export type FontReason = 'explicit' | 'official' | 'bundled' | 'installed';

export interface ResolvedFont extends FontSpec {
  /** The family name as the font gives it (English first). */
  family: string;
  /** Its other family names (Chinese ones, typographic family). */
  aliases: string[];
  reason: FontReason;
  /** The configured value or the office family name it was found by. */
  requested?: string;
}

export interface RoleFonts {
  role: FontRole;
  primary: ResolvedFont;
  /** Fonts for the characters the primary lacks, tried in order. */
  fallbacks: ResolvedFont[];
}

export type FontResolution = Record<FontRole, RoleFonts>;

/** A font named in a series or issue file. */
export interface FontRequest {
  value: string;
  /** Folder a relative path is resolved from: that of the YAML file giving it. */
  baseDir: string;
  /** Where the value sits in the issue, for errors: ['fonts', 'body'] or ['fonts', 'body', 1]. */
  path: (string | number)[];
}

export interface FontProblem {
  role: FontRole;
  path: (string | number)[];
  text: Localised;
  hint?: Localised;
}

export interface ResolveOptions {
  /** --font-path folders, searched first. */
  fontPath?: readonly string[];
  /** The system's font folders (default: this platform's); [] in tests. */
  systemDirs?: readonly string[];
  /** Scan cache file; null turns the cache off. */
  cacheFile?: string | null;
  env?: NodeJS.ProcessEnv;
  stats?: ScanStats;
}

/** The folders searched and the scan cache file these options name. */
function searchOf(opts: ResolveOptions): { dirs: string[]; cacheFile: string | null } {
  const env = opts.env ?? process.env;
  const dirs = [...userFontDirs(opts.fontPath, env), ...(opts.systemDirs ?? systemFontDirs(env))];
  return { dirs, cacheFile: opts.cacheFile === undefined ? defaultCacheFile(env) : opts.cacheFile };
}

const sharedIndexes = new Map<string, FontIndex>();

/** Faces by the key of their PostScript or full names (the first face in order), and by family (all, in order). */
interface NameTable {
  exact: Map<string, FoundFace>;
  family: Map<string, FoundFace[]>;
}

function nameTable(pool: readonly FoundFace[]): NameTable {
  const table: NameTable = { exact: new Map(), family: new Map() };
  for (const f of pool) {
    for (const n of [f.postscriptName, ...f.fullNames]) {
      const key = familyKey(n);
      if (!table.exact.has(key)) table.exact.set(key, f);
    }
    for (const key of new Set(f.families.map(familyKey))) {
      const faces = table.family.get(key);
      if (faces) faces.push(f);
      else table.family.set(key, [f]);
    }
  }
  return table;
}

/** The faces that can be found by name: installed ones, and the bundled ones. */
export class FontIndex {
  constructor(
    readonly installed: FoundFace[],
    readonly bundled: FoundFace[],
    readonly dirs: string[],
  ) {}

  static scan(opts: ResolveOptions = {}): FontIndex {
    const { dirs, cacheFile } = searchOf(opts);
    const installed = scanFontDirs(dirs, cacheFile, opts.stats).filter((f) => path.dirname(f.file) !== BUNDLED_FONT_DIR);
    return new FontIndex(installed, scanFontDirs([BUNDLED_FONT_DIR], cacheFile), dirs);
  }

  /**
   * The index of these folders, scanned once per process: a build's stamp (the installed fonts)
   * and its issues' fonts are then chosen from the same scan, and an archive scans once.
   */
  static shared(opts: ResolveOptions = {}): FontIndex {
    const { dirs, cacheFile } = searchOf(opts);
    const key = JSON.stringify([dirs, cacheFile]);
    let index = sharedIndexes.get(key);
    if (!index) sharedIndexes.set(key, (index = FontIndex.scan(opts)));
    return index;
  }

  /** The names of each pool by key, made on first use: a build asks for ~40 names among all installed faces. */
  private readonly byName = new Map<'installed' | 'anywhere', NameTable>();

  /** The face best matching a family, full or PostScript name. */
  find(name: string, where: 'installed' | 'anywhere' = 'installed'): FoundFace | undefined {
    const key = familyKey(name);
    let table = this.byName.get(where);
    if (!table) this.byName.set(where, (table = nameTable(where === 'installed' ? this.installed : [...this.installed, ...this.bundled])));
    const exact = table.exact.get(key);
    if (exact) return exact;
    const family = table.family.get(key) ?? [];
    return family.find((f) => f.styles.some((s) => REGULAR_STYLES.has(familyKey(s)))) ?? family[0];
  }

  /** What the index knows of a file's face, e.g. a bundled one. */
  describe(spec: FontSpec): FoundFace | undefined {
    return [...this.bundled, ...this.installed].find((f) => f.file === spec.file && (!f.collection || f.postscriptName === spec.postscriptName));
  }
}

const specOf = (f: FoundFace): FontSpec => ({ file: f.file, ...(f.collection ? { postscriptName: f.postscriptName } : {}), standsFor: f.families[0] ?? f.postscriptName });
const resolvedOf = (f: FoundFace, reason: FontReason, requested?: string): ResolvedFont => ({
  ...specOf(f),
  family: f.families[0] ?? f.postscriptName,
  aliases: f.families.slice(1),
  reason,
  ...(requested ? { requested } : {}),
});

/** A font file named by path (optionally `file.ttc#PostScriptName`), checked to be a readable font; or what is wrong (without its role). */
function fontAtPath(req: FontRequest): ResolvedFont | Localised {
  let file = path.resolve(req.baseDir, req.value);
  let ps: string | undefined;
  const hash = req.value.lastIndexOf('#');
  if (!existsSync(file) && hash > 0) {
    file = path.resolve(req.baseDir, req.value.slice(0, hash));
    ps = req.value.slice(hash + 1);
  }
  if (!existsSync(file)) return msg('font-file-missing', { file });
  const st = statSync(file);
  if (st.isDirectory()) return msg('font-file-folder', { file });
  if (!st.isFile()) return msg('font-file-not-regular', { file });
  let faces;
  try {
    faces = readFaceNames(file);
  } catch {
    return msg('font-file-not-font', { file });
  }
  let face = faces[0]!;
  if (ps !== undefined) {
    const named = faces.find((f) => f.postscriptName === ps);
    if (!named) return msg('font-no-face', { file, face: ps, faces: faces.map((f) => f.postscriptName).join(', ') });
    face = named;
  } else if (faces.length > 1) {
    // A CJK collection without a face named: the Simplified Chinese face if there is one.
    face = faces.find((f) => /(^|[^a-z])sc([^a-z]|$)|cjksc|gb/iu.test(f.postscriptName)) ?? face;
  }
  return resolvedOf({ ...face, file }, 'explicit', req.value);
}

function explicit(req: FontRequest, index: () => FontIndex): ResolvedFont | Localised {
  if (looksLikePath(req.value)) return fontAtPath(req);
  const found = index().find(req.value, 'anywhere');
  return found ? resolvedOf(found, 'explicit', req.value) : msg('font-not-found', { value: req.value });
}

function bundled(spec: FontSpec, index: () => FontIndex): ResolvedFont {
  const known = index().describe(spec);
  return { ...spec, family: known?.families[0] ?? path.basename(spec.file), aliases: known?.families.slice(1) ?? [], reason: 'bundled' };
}

const keyOf = (f: FontSpec) => `${f.file}#${f.postscriptName ?? ''}`;

function dedupe(fonts: ResolvedFont[]): ResolvedFont[] {
  const seen = new Set<string>();
  return fonts.filter((f) => !seen.has(keyOf(f)) && seen.add(keyOf(f)));
}

/**
 * Resolves every role. Problems with configured fonts are returned (the caller positions them at
 * the YAML value); the role then falls back as if nothing were configured, so all problems are
 * reported at once.
 */
export function resolveFonts(requests: Partial<Record<FontRole, FontRequest[]>>, opts: ResolveOptions = {}, known?: FontIndex): { fonts: FontResolution; problems: FontProblem[]; index: FontIndex } {
  let idx = known;
  const index = () => (idx ??= FontIndex.scan(opts));
  const problems: FontProblem[] = [];
  const fonts = {} as FontResolution;
  for (const role of FONT_ROLES) {
    const chain: ResolvedFont[] = [];
    for (const req of requests[role] ?? []) {
      const r = explicit(req, index);
      if ('id' in r) {
        const searched = looksLikePath(req.value) ? undefined : msg('hint-font-searched', { dirs: [...index().dirs, BUNDLED_FONT_DIR].join(', ') });
        problems.push({ role, path: req.path, text: msg(r.id, { ...r.params, role }), ...(searched ? { hint: searched } : {}) });
      } else chain.push(r);
    }
    if (!(requests[role]?.length)) {
      for (const name of OFFICIAL_FAMILIES[role]) {
        const found = index().find(name);
        if (found) chain.push(resolvedOf(found, 'official', name));
      }
    }
    chain.push(bundled(BUNDLED_FONTS[role], index));
    for (const name of WIDE_FAMILIES[role]) {
      const found = index().find(name);
      if (found) chain.push(resolvedOf(found, 'installed', name));
    }
    chain.push(bundled(LAST_RESORT[role], index));
    const [primary, ...fallbacks] = dedupe(chain);
    fonts[role] = { role, primary: primary!, fallbacks };
  }
  return { fonts, problems, index: index() };
}
