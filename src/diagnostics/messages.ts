/**
 * Messages by id, from the catalogue (catalogue.ts), in the reader's language (words.ts). Messages
 * other stages write as plain English strings (no id) print as they are in both languages until
 * they get an id in the catalogue; `legacy.ts` recognises a few.
 */
import { CATALOGUE } from './catalogue.js';
import type { Entry, Lang, Params } from './words.js';

export { KINDS, SEVERITY, fieldName, type Kind, type Lang, type Params } from './words.js';

export type MessageId = keyof typeof CATALOGUE;

export const MESSAGE_IDS = Object.keys(CATALOGUE) as MessageId[];

/** The text of a catalogue message in `lang`. */
export function message(m: { id: MessageId; params: Params }, lang: Lang): string {
  const entry: Entry | undefined = CATALOGUE[m.id];
  return entry ? entry[lang](m.params) : m.id;
}
