/**
 * Zod's issues as diagnostics people can act on: each placed at its YAML node (a missing key at
 * the key of the mapping that lacks it), with what was expected and what was found, and a hint
 * where one helps (a misspelled key: the known key it is closest to; a date: the accepted forms).
 */
import type { z } from 'zod';
import { diagnostic, type Diagnostic, type Localised } from '../diagnostics/diagnostic.js';
import { messageIds, type Kind, type MessageId, type Params } from '../diagnostics/messages.js';
import { KIND_NAMES } from '../model/content.js';
import { closest } from '../diagnostics/suggest.js';
import { nodeAt, positionOf, type SourceFile } from './source.js';

type Path = (string | number)[];
type ZodIssue = z.core.$ZodIssue;

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  in?: { _zod: { def: Def } };
}

/** The keys the schema allows in the mapping at `path` (list indices step into elements). */
export function knownKeys(schema: z.ZodType, path: Path): string[] {
  let def: Def | undefined = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = (d: Def | undefined): Def | undefined => {
    while (d && (d.innerType || d.type === 'pipe')) d = (d.innerType ?? d.in)?._zod.def;
    if (d?.type === 'union') d = d.options?.map((o) => unwrap(o._zod.def)).find((o) => o?.type === 'object' || o?.type === 'array') ?? d;
    return d;
  };
  for (const step of path) {
    def = unwrap(def);
    if (def?.type === 'object' && typeof step === 'string') def = def.shape?.[step]?._zod.def;
    else if (def?.type === 'array') def = def.element?._zod.def;
    else return [];
  }
  def = unwrap(def);
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

export function kindOf(value: unknown): Kind {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : !Number.isFinite(value) ? 'infinity' : Number.isInteger(value) ? 'int' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return 'other';
}

const EXPECTED: Record<string, Kind> = { string: 'text', number: 'number', int: 'int', array: 'list', object: 'mapping', boolean: 'boolean' };

/** The plain value at `path` (undefined when any step is missing). */
export function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}

/** columns[0].articles[1] */
export function dotted(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** The key a value is known by: the last key of its path; a list item by its list's key and index. */
function fieldOf(path: Path): string {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  if (typeof last === 'number') return typeof before === 'string' ? `${before}[${last}]` : `[${last}]`;
  return last ?? '';
}

/** The key a value is known by without a list index (`paragraphs`), for looking up hints. */
const keyOf = (field: string) => field.replace(/\[\d+\]$/u, '');

/** A value as quoted in a message: on one line, and cut short. */
function shown(value: unknown): string {
  const s = String(value).replace(/\s+/gu, ' ').trim();
  return [...s].length > 40 ? `${[...s].slice(0, 40).join('')}…` : s;
}

const DATE_FORM = /^(\d{4})(?:-(\d{1,2})-(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/u;

export interface SchemaContext {
  sources: SourceFile[];
  schema: z.ZodType;
  data: unknown;
  /** The series file's name, for hints about fields every issue shares. */
  seriesName: string;
}

export function schemaDiagnostics(issues: readonly ZodIssue[], ctx: SchemaContext): Diagnostic[] {
  return issues.flatMap((i) => diagnosticsOf(i, [], ctx));
}

function placeOf(ctx: SchemaContext, path: Path, key = false): { file: string; line: number; column: number; length: number } {
  for (const source of ctx.sources) {
    const found = nodeAt(source, path);
    if (found.exact) {
      const pos = positionOf(source, key ? (found.keyNode ?? found.node) : found.node);
      return { file: source.file, ...pos };
    }
  }
  // Not in any file (a missing key): the key of the deepest mapping that exists, in the issue file.
  const source = ctx.sources[0]!;
  const found = nodeAt(source, path);
  const pos = positionOf(source, found.keyNode ?? found.node);
  // Missing at the top level: the start of the document, not its first key's line.
  return { file: source.file, ...pos, ...(found.keyNode ? {} : { length: 1 }) };
}

const isMessageId = (s: string): s is MessageId => (messageIds() as readonly string[]).includes(s);

/** The plain parameters a custom rule gives its message (`params: { max: 156 }`). */
function customParams(issue: ZodIssue): Params {
  const params = (issue as { params?: Record<string, unknown> }).params ?? {};
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
}

type At = (id: MessageId, params: Params, more?: { hint?: Localised }, onKey?: boolean) => Diagnostic;

/**
 * An item of `paragraphs:` that no kind accepts: text is fine, so it is a mapping (or something
 * else). A mapping with a kind's key is reported as that kind's own problems, at their values;
 * one with no known key, by its keys.
 */
function paragraphDiagnostics(issue: ZodIssue & { code: 'invalid_union' }, path: Path, value: unknown, ctx: SchemaContext, at: At): Diagnostic[] {
  const kinds = KIND_NAMES.join(', ');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [at('paragraph-kind', { kinds })];
  const keys = Object.keys(value);
  const kind = KIND_NAMES.findIndex((k) => keys.includes(k));
  if (kind < 0) return [at('paragraph-unknown-kind', { keys: keys.map((k) => `\`${k}\``).join(', '), kinds })];
  const errors = issue.errors[kind + 1] ?? []; // option 0 is plain text
  return errors.length ? errors.flatMap((e) => diagnosticsOf(e, path, ctx)) : [at('paragraph-kind', { kinds })];
}

function diagnosticsOf(issue: ZodIssue, prefix: Path, ctx: SchemaContext): Diagnostic[] {
  const path: Path = [...prefix, ...issue.path.filter((s): s is string | number => typeof s !== 'symbol')];
  const value = valueAt(ctx.data, path);
  const field = fieldOf(path);
  const at: At = (id, params, more = {}, onKey = false) => diagnostic(placeOf(ctx, path, onKey), id, { field, ...params }, { ...more, path });
  const hint = (id: MessageId, params: Params = {}): Localised => ({ id, params });
  // A rule of the model that names its message by catalogue id (`{ message: 'images-count' }`).
  if (issue.message === 'invalid-date') {
    const date = typeof value === 'string' ? value : String(value);
    return [at('invalid-date', { value: shown(value) }, { hint: hint(DATE_FORM.test(date.trim()) ? 'hint-date-day' : 'hint-date-forms') })];
  }
  if (isMessageId(issue.message)) return [at(issue.message, { ...customParams(issue), value: shown(value) })];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(ctx.schema, path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        const h = suggestion ? hint('hint-did-you-mean', { key: suggestion }) : hint('hint-known-keys', { keys: known.join(', ') });
        return diagnostic(placeOf(ctx, [...path, key], true), 'unknown-key', { key, where: dotted(path) }, { hint: h, path: [...path, key] });
      });
    }
    case 'invalid_type': {
      // zod reports `expected number` for text in an integer field: these are counts.
      const counted = ['number', 'total', 'copies'].includes(keyOf(field));
      const expected = counted && issue.expected === 'number' ? 'int' : (EXPECTED[issue.expected] ?? 'other');
      if (value === undefined) {
        const parent = path.slice(0, -1);
        const shared = parent.length === 1 && parent[0] === 'masthead' && (field === 'name' || field === 'office');
        // The key of the mapping that lacks the field, in the issue file.
        return [
          diagnostic(placeOf(ctx, path), 'missing-key', { field, where: dotted(parent) }, { ...(shared ? { hint: hint('hint-series-field', { series: ctx.seriesName }) } : {}), path }),
        ];
      }
      if (value === null) return [at('no-value', { expected }, { hint: hint('hint-no-value') }, true)];
      if (expected === 'int' && typeof value === 'number') return [at('not-whole-number', { value: shown(value) })];
      const key = keyOf(field);
      const extra = key === 'date' ? { hint: hint('hint-date-forms') } : key === 'number' || key === 'total' ? { hint: hint('hint-number') } : {};
      const found = kindOf(value);
      return [at('wrong-type', { expected, found }, extra)];
    }
    case 'invalid_union': {
      if (typeof path[path.length - 1] === 'number' && path[path.length - 2] === 'paragraphs') {
        return paragraphDiagnostics(issue, path, value, ctx, at);
      }
      // Recipients: text or a list of text. A list with a bad item: report the item.
      const listOption = issue.errors.find((errs) => !errs.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
      if (listOption) return listOption.flatMap((e) => diagnosticsOf(e, path, ctx));
      if (value === null || value === undefined) return [at('no-value', { expected: 'textOrList' }, { hint: hint('hint-no-value') }, true)];
      const found = kindOf(value);
      return [at('wrong-type', { expected: 'textOrList', found })];
    }
    case 'too_small': {
      if (issue.origin === 'string') return [at('empty-text', {})];
      if (issue.origin === 'array') return [at('empty-list', {}, { hint: hint('hint-empty-list', { field }) }, value === null)];
      const min = Number(issue.minimum);
      if (min === 0 && !issue.inclusive) return [at('not-positive', { value: shown(value) })];
      return [at('too-small', { min, value: shown(value) })];
    }
    case 'too_big':
      return [at('too-big', { max: Number(issue.maximum), value: shown(value) })];
    default:
      break;
  }
  return [at('schema-other', { detail: issue.message, zodCode: issue.code })];
}
