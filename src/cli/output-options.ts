/** `--format`, `--dpi`, `--width`: which renderers a build runs (src/render/formats.ts) and their settings. */
import type { Command } from 'commander';
import type { Reporter } from '../diagnostics/reporter.js';
import { msg } from '../diagnostics/messages.js';
import { DEFAULT_RENDER, OUTPUT_FORMATS, parseFormats, type OutputFormat, type RenderSettings } from '../render/formats.js';
import { UsageError } from './exit.js';

export interface OutputOptions {
  format?: string[];
  dpi?: string;
  width?: string;
}

function wholeNumber(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(msg('format-bad-number', { option, value, min, max }));
  return n;
}

/** The formats asked for (pdf when none) and the settings given. */
export function formatsOf(values: string[] | undefined): OutputFormat[] {
  const parsed = parseFormats(values);
  if ('unknown' in parsed) throw new UsageError(msg('format-unknown', { format: parsed.unknown, known: OUTPUT_FORMATS.join(', ') }));
  return parsed.formats;
}

export function outputOptionsOf(opts: OutputOptions): { formats: OutputFormat[]; render?: Partial<RenderSettings> } {
  const dpi = wholeNumber('--dpi', opts.dpi, 36, 1200);
  const longWidth = wholeNumber('--width', opts.width, 320, 4000);
  const render = { ...(dpi ? { dpi } : {}), ...(longWidth ? { longWidth } : {}) };
  return { formats: formatsOf(opts.format), ...(Object.keys(render).length ? { render } : {}) };
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function withOutputOptions(command: Command, { say }: Reporter): Command {
  return command
    .option('--format <formats>', say('help-format', { formats: OUTPUT_FORMATS.join(', ') }), collect)
    .option('--dpi <n>', say('help-dpi', { dpi: DEFAULT_RENDER.dpi }))
    .option('--width <px>', say('help-width', { width: DEFAULT_RENDER.longWidth }));
}
