/**
 * What the verifier finds: a violation of one check, at a line of a page, said by a catalogue
 * message (src/diagnostics/catalogue-verify.ts) so that the report follows the reader's language.
 */
import { message, msg, type Localised, type MessageId, type Params } from '../diagnostics/messages.js';

/** Tolerance of every position check, mm. */
export const TOLERANCE_MM = 0.1;

export type CheckName = 'start' | 'end' | 'grid' | 'pitch' | 'kinsoku' | 'block' | 'folio' | 'footer' | 'masthead' | 'keep' | 'orphan' | 'widow' | 'photo';
export const CHECKS: readonly CheckName[] = ['start', 'end', 'grid', 'pitch', 'kinsoku', 'block', 'folio', 'footer', 'masthead', 'keep', 'orphan', 'widow', 'photo'];

export interface Violation {
  check: CheckName;
  page: number;
  /** Baseline of the offending line, mm from the page top. */
  y: number;
  text: string;
  /** What is wrong, as a catalogue message: printed in the reader's language. */
  said: Localised;
  /** The same in English (logs, tests). */
  message: string;
}

/** Millimetres as messages give them. */
export const mm = (v: number): string => v.toFixed(2);

export function violation(check: CheckName, at: { page: number; y: number; text: string }, id: MessageId, params: Params = {}): Violation {
  const said = msg(id, params);
  return { check, page: at.page, y: at.y, text: at.text, said, message: message(said, 'en') };
}
