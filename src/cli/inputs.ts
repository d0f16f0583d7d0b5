/**
 * The inputs of every command that reads issues (build, check, fonts): files, folders (every issue
 * under them), globs, and `-` for standard input, named for messages by `--stdin-name`. Series
 * files are recognised by their content and left out; naming only series files is a usage error.
 *
 * Standard input is read whole (up to the loader's file limit) and given to the loader under its
 * name, as a value (`stdinBytes`, handed on with the issue to the loader): `--stdin-name issues/issue-16.yaml` makes its series file and photos
 * resolve from issues/, as if the file were there; without it, from the current folder, and
 * messages say `<stdin>`.
 */
import type { Reporter } from '../diagnostics/reporter.js';
import type { Command } from 'commander';
import { discoverIssues } from '../build/discover.js';
import { isSeriesText } from '../load/file-kind.js';
import { MAX_FILE_BYTES } from '../load/read.js';
import { UsageError } from './exit.js';

export const STDIN = '-';
/** The name of standard input in messages when --stdin-name does not give one. */
export const STDIN_DEFAULT_NAME = '<stdin>';

export interface InputOptions {
  stdinName?: string;
}

export interface ResolvedInputs {
  /** The issue files, in order; standard input, when given, first, under its name. */
  issues: string[];
  /** The name standard input was given, when `-` was among the arguments. */
  stdin?: string;
  /** What standard input held: the loader reads it under that name (`loadIssue(name, { text })`). */
  stdinBytes?: Buffer;
}

/** The bytes of `input` when it is standard input: `{ text }` for loadIssue, else nothing (read from the disk). */
export const givenText = (inputs: ResolvedInputs, input: string): { text?: Buffer } =>
  input === inputs.stdin && inputs.stdinBytes ? { text: inputs.stdinBytes } : {};

/** Adds --stdin-name to a command that takes inputs. */
export function withInputOptions(command: Command, { say }: Reporter): Command {
  return command.option('--stdin-name <file>', say('help-stdin-name', { name: STDIN_DEFAULT_NAME }));
}

/** Reads a stream to its end, refusing more than `limit` bytes. */
export async function readAll(stream: NodeJS.ReadableStream, limit = MAX_FILE_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > limit) throw new UsageError({ id: 'input-stdin-too-large', params: { limit: `${limit / 1024 / 1024} MB` } });
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export async function resolveInputs(args: string[], opts: InputOptions, stdin: () => Promise<Buffer> = () => readAll(process.stdin)): Promise<ResolvedInputs> {
  if (!args.length) throw new UsageError({ id: 'input-none', params: {} });
  const dashes = args.filter((a) => a === STDIN).length;
  if (dashes > 1) throw new UsageError({ id: 'input-stdin-twice', params: {} });
  if (opts.stdinName !== undefined && !dashes) throw new UsageError({ id: 'input-stdin-name-unused', params: {} });
  const rest = args.filter((a) => a !== STDIN);
  const { issues, unmatched, seriesNamed } = rest.length ? discoverIssues(rest) : { issues: [], unmatched: [], seriesNamed: [] };
  if (unmatched.length) throw new UsageError({ id: 'input-unmatched', params: { arg: unmatched.join(', ') } });
  // A series file among issues (`issues/*.yaml` as the shell expands it) is skipped; alone, it is a mistake.
  if (seriesNamed.length && !issues.length && !dashes) throw new UsageError({ id: 'input-series-file', params: { arg: seriesNamed.join(', ') } });
  if (!dashes) return { issues };
  const name = opts.stdinName ?? STDIN_DEFAULT_NAME;
  const bytes = await stdin();
  if (isSeriesText(bytes.toString('utf8'), name)) throw new UsageError({ id: 'input-series-file', params: { arg: name } });
  return { issues: [name, ...issues.filter((f) => f !== name)], stdin: name, stdinBytes: bytes };
}
