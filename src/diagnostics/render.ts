/**
 * Diagnostics as people read them, in the style of rustc and Typst:
 *
 *   issues/issue-15.yaml:12:7: error: `number` must be a whole number, found text
 *      |
 *   12 |   number: 十四
 *      |           ^^^^ expected a whole number, found text
 *      = hint: write digits, e.g. `number: 14`
 *
 * The caret sits under the span by display width (a Chinese character is two columns). Long lines
 * (Chinese paragraphs are one line each) are cut to a window around the span.
 */
import { wordsOf, type Diagnostic } from './diagnostic.js';
import { githubAnnotation } from './github.js';
import { langFromEnv, wantsColour } from './locale.js';
import { SEVERITY, type Lang } from './messages.js';
import type { Reporter } from './reporter.js';
import { underPolicy } from './reporting.js';
import { lineOf, sourceText } from './sources.js';
import { errorStream } from './stderr.js';
import { charWidth } from './width.js';

export interface RenderOptions {
  lang?: Lang;
  colour?: boolean;
  /** The text of a file (default: the line the diagnostic carries, else the file on disk). */
  source?: (file: string) => string | undefined;
  /** Widest source excerpt, in columns. */
  width?: number;
}

const ANSI = { red: '31', yellow: '33', blue: '34', cyan: '36', bold: '1' } as const;

/** A source line cut to `max` columns around the span: the text and the span's place in columns. */
export function excerpt(line: string, column: number, length: number, max = 100): { text: string; from: number; width: number } {
  const cells: { shown: string; w: number; at: number }[] = [];
  let at = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const shown = ch === '\t' ? '    ' : cp < 0x20 || cp === 0x7f ? String.fromCodePoint(0x2400 + (cp === 0x7f ? 0x21 : cp)) : ch;
    cells.push({ shown, w: ch === '\t' ? 4 : shown === ch ? charWidth(ch) : 1, at });
    at += ch.length;
  }
  const start = Math.max(0, column - 1);
  const end = Math.max(start + 1, start + length);
  let first = cells.findIndex((c) => c.at >= start);
  if (first === -1) first = cells.length;
  let last = cells.findIndex((c) => c.at >= end);
  if (last === -1) last = cells.length;
  // Prefix sums of widths: the window is found in linear time even on a line of a megabyte.
  const sum = [0];
  for (const c of cells) sum.push(sum[sum.length - 1]! + c.w);
  const widthOf = (a: number, b: number) => sum[b]! - sum[a]!;
  // The window: begin early enough to show some context before the span, end within `max`.
  let lo = 0;
  while (widthOf(lo, first) > max / 3 && lo < first) lo++;
  let hi = cells.length;
  while (widthOf(lo, hi) > max && hi > Math.max(first + 1, lo + 1)) hi--;
  const pre = lo > 0 ? '…' : '';
  const text = pre + cells.slice(lo, hi).map((c) => c.shown).join('') + (hi < cells.length ? '…' : '');
  const from = pre.length + widthOf(lo, first);
  const width = Math.max(1, widthOf(first, Math.min(last, hi)));
  return { text, from, width };
}

export function renderDiagnostic(d: Diagnostic, opts: RenderOptions = {}): string {
  const lang = opts.lang ?? langFromEnv();
  const paint = (code: string, s: string) => (opts.colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const words = wordsOf(d, lang);
  const sevColour = d.severity === 'error' ? ANSI.red : ANSI.yellow;
  const at = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const colon = lang === 'zh' ? '：' : ': ';
  const out = [`${paint(ANSI.bold, `${at}:`)} ${paint(`${ANSI.bold};${sevColour}`, SEVERITY[lang][d.severity])}${colon}${paint(ANSI.bold, words.message)}`];
  // The line as it was read, which the diagnostic carries; else the file as it is now.
  const text = d.line > 0 && (opts.source || d.lineText === undefined) ? (opts.source ?? sourceText)(d.file) : undefined;
  const line = text !== undefined ? lineOf(text, d.line) : d.line > 0 ? d.lineText : undefined;
  const gutter = ' '.repeat(String(d.line).length);
  if (line !== undefined) {
    const ex = excerpt(line, d.column, d.length ?? 1, opts.width ?? 100);
    const bar = paint(ANSI.blue, '|');
    out.push(`${gutter} ${bar}`);
    out.push(`${paint(ANSI.blue, String(d.line))} ${bar} ${ex.text}`);
    const carets = paint(sevColour, '^'.repeat(ex.width));
    out.push(`${gutter} ${bar} ${' '.repeat(ex.from)}${carets}`);
  }
  if (words.hint) out.push(`${line !== undefined ? gutter : ' '} ${paint(ANSI.cyan, '=')} ${paint(ANSI.bold, SEVERITY[lang].hint)}${colon}${words.hint}`);
  return out.join('\n');
}

/**
 * Prints diagnostics to `stream` (stderr in the CLI) as the run reports them (its reporter):
 * warnings as errors under --strict, GitHub annotations with --diagnostic-format github, colour by
 * --color, FORCE_COLOR and NO_COLOR, in the run's language. Every diagnostic the CLI shows goes through here.
 */
export function printDiagnostics(diags: readonly Diagnostic[], reporter: Reporter, to?: NodeJS.WritableStream & { isTTY?: boolean }, opts: RenderOptions = {}): void {
  const shown = underPolicy(diags, reporter.reporting.strict);
  if (!shown.length) return; // standard error is opened for something to print (stderr.ts)
  const stream = to ?? errorStream();
  reporter.printedErrors += shown.filter((d) => d.severity === 'error').length;
  const lang = opts.lang ?? reporter.lang;
  if (reporter.reporting.format === 'github') {
    for (const d of shown) stream.write(`${githubAnnotation(d, lang)}\n`);
    return;
  }
  const colour = opts.colour ?? wantsColour(stream, process.env, reporter.reporting.colour);
  for (const d of shown) {
    const text = renderDiagnostic(d, { ...opts, lang, colour });
    // A blank line after each diagnostic that shows source, to keep them apart.
    stream.write(text.includes('\n') ? `${text}\n\n` : `${text}\n`);
  }
}
