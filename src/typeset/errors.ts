import { message, type Localised } from '../diagnostics/messages.js';

/** A layout that cannot be made from valid input (a name too long for the block, ...), as a catalogue message. */
export class LayoutError extends Error {
  constructor(
    readonly text: Localised,
    /** Where in the issue the offending value is (a path into the YAML, as zod reports it). */
    readonly path: (string | number)[],
    readonly hint?: Localised,
  ) {
    super(message(text, 'en'));
  }
}
