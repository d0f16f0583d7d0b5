/**
 * `bulletin fonts [issue.yaml]`: which font serves each role, from which file, and why; with an
 * issue, the characters each role's font lacks, where they are, and which font sets them instead.
 * Registered lazily by fonts-command.ts: this module loads the font code.
 */
import path from 'node:path';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { printDiagnostics } from '../diagnostics/render.js';
import { withFolioFace } from '../fonts/fontset.js';
import { openIssueFonts } from '../fonts/issue-fonts.js';
import { coverageDiagnostics, issueCoverage } from '../build/coverage.js';
import { resolveFonts, type FontResolution, type ResolvedFont, type ResolveOptions } from '../fonts/resolve.js';
import { userFontDirs, systemFontDirs } from '../fonts/scan.js';
import { fontPathOf, ignoreSystemFontsOf } from './font-path.js';
import { fontSearchOf } from '../build/font-search.js';
import { listFonts } from './fonts-list.js';
import { loadIssue } from '../load/issue.js';
import { placeOf } from '../load/locate.js';
import { langFromEnv } from '../diagnostics/locale.js';
import { newReporter, type Reporter } from '../diagnostics/reporter.js';
import { message, msg, type Lang, type MessageId, type Params } from '../diagnostics/messages.js';
import { FONT_ROLES } from '../model/issue.js';
import { displayWidth } from '../diagnostics/width.js';
import { EXIT, UsageError } from './exit.js';



const shown = (file: string) => {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
};
const fileOf = (f: ResolvedFont) => `${shown(f.file)}${f.postscriptName ? `#${f.postscriptName}` : ''}`;
const why = (f: ResolvedFont, lang: Lang) => {
  const reason = message(msg(`fonts-reason-${f.reason}`), lang);
  return f.requested && f.requested !== f.family && !f.aliases.includes(f.requested) ? message(msg('fonts-requested-as', { reason, requested: f.requested }), lang) : reason;
};

interface UncoveredReport {
  role: string;
  ch: string;
  codePoint: string;
  file: string;
  line: number;
  column: number;
  /** Family of the fallback font setting it, or null: no font has it (an error). */
  servedBy: string | null;
}

function report(resolution: FontResolution, searched: string[], uncovered: UncoveredReport[] | undefined) {
  const font = (f: ResolvedFont) => ({ family: f.family, aliases: f.aliases, file: f.file, ...(f.postscriptName ? { face: f.postscriptName } : {}), reason: f.reason, ...(f.requested ? { requested: f.requested } : {}) });
  return {
    searched,
    roles: Object.fromEntries(FONT_ROLES.map((r) => [r, { ...font(resolution[r].primary), fallbacks: resolution[r].fallbacks.map(font) }])),
    ...(uncovered ? { uncovered } : {}),
  };
}

function printText(resolution: FontResolution, searched: string[], uncovered: UncoveredReport[] | undefined, lang: Lang): void {
  const t = (id: MessageId, params: Params = {}) => message(msg(id, params), lang);
  const out: string[] = [t('fonts-searched', { dirs: searched.join(', ') }), ''];
  // Roles in a column as wide as the widest (Chinese names take two columns a character).
  const roles = FONT_ROLES.map((role) => t('fonts-role', { role }));
  const width = Math.max(...roles.map(displayWidth));
  const pad = (s: string) => s + ' '.repeat(width - displayWidth(s));
  FONT_ROLES.forEach((role, k) => {
    const { primary, fallbacks } = resolution[role];
    const aka = primary.aliases.length ? ` (${primary.aliases.join(', ')})` : '';
    out.push(`${pad(roles[k]!)}  ${t('fonts-row', { family: primary.family, aka, file: fileOf(primary), why: why(primary, lang) })}`);
    out.push(`${pad('')}  ${t('fonts-fallbacks', { list: fallbacks.map((f) => t('fonts-fallback', { family: f.family, reason: f.reason })).join(' → ') })}`);
  });
  if (uncovered) {
    out.push('');
    if (!uncovered.length) out.push(t('fonts-all-covered'));
    for (const u of uncovered) out.push(`${u.file}:${u.line}:${u.column}: ${t('fonts-lacks', { role: u.role, ch: u.ch, code: u.codePoint, servedBy: u.servedBy ?? '' })}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

export interface FontsOptions {
  format?: string;
  fontPath?: string[];
  ignoreSystemFonts?: boolean;
  list?: boolean;
}

/** `reporter`: the run's (the command line passes its own; by default the environment's language). */
export function fonts(input: string | undefined, opts: FontsOptions, reporter: Reporter = newReporter(langFromEnv()), given: { text?: Uint8Array } = {}): number {
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError({ id: 'option-format', params: { allowed: 'text or json', value: format } });
  const resolveOpts: ResolveOptions = fontSearchOf({ fontPath: fontPathOf(opts), ignoreSystemFonts: ignoreSystemFontsOf(opts) });
  if (opts.list) {
    listFonts(resolveOpts, format, reporter.lang);
    return EXIT.ok;
  }
  const searched = [...userFontDirs(resolveOpts.fontPath), ...(resolveOpts.systemDirs ?? systemFontDirs())];
  let resolution: FontResolution;
  let uncovered: UncoveredReport[] | undefined;
  let errors: Diagnostic[] = [];
  if (input) {
    const loaded = loadIssue(input, given);
    const opened = openIssueFonts(loaded, resolveOpts);
    resolution = opened.resolution;
    const coverage = coverageDiagnostics(loaded, issueCoverage(loaded, opened.fonts), opened.fonts);
    errors = coverage.errors;
    uncovered = coverage.uncovered.map((m) => {
      const at = placeOf(loaded, m.path, m);
      const codePoint = `U+${m.ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      return { role: m.role, ch: m.ch, codePoint, file: at.file, line: at.line, column: at.column, servedBy: m.servedBy?.familyName ?? null };
    });
  } else {
    resolution = withFolioFace(resolveFonts({}, resolveOpts).fonts);
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(report(resolution, searched, uncovered), null, 2)}\n`);
  else printText(resolution, searched, uncovered, reporter.lang);
  printDiagnostics(errors, reporter);
  return errors.length ? EXIT.input : EXIT.ok;
}
