/**
 * Messages by id, from the catalogue (catalogue.ts and the files it gathers), in the reader's
 * language (words.ts). Every message bulletin prints is one of these: a stage that finds a problem
 * names it by id and parameters where it arises, and printers put it into words.
 */
import { catalogueIds, entryOf, type Catalogue } from './catalogue.js';
import type { Entry, Lang, Params } from './words.js';

export { KINDS, SEVERITY, fieldName, type Kind, type Lang, type Params } from './words.js';

export type MessageId = keyof Catalogue;

/** Every message id. */
export const messageIds = (): MessageId[] => catalogueIds() as MessageId[];

/** A message of the catalogue with its parameters: printed in the user's language. */
export interface Localised {
  id: MessageId;
  params: Params;
}

/** A catalogue message, for stages that report a problem (`msg('title-too-long', { count, lines, max })`). */
export const msg = (id: MessageId, params: Params = {}): Localised => ({ id, params });

/** The text of a catalogue message in `lang`. */
export function message(m: Localised, lang: Lang): string {
  const entry: Entry | undefined = entryOf(m.id);
  return entry ? entry[lang](m.params) : m.id;
}
