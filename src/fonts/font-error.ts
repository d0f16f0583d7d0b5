/**
 * A font file that cannot be used, as a catalogue message (diagnostics/catalogue-layout.ts). Apart
 * from face.ts so that reporting one loads no font code.
 */
import { message, type Localised } from '../diagnostics/messages.js';

export class FontError extends Error {
  constructor(
    readonly text: Localised,
    readonly file: string,
  ) {
    super(message(text, 'en'));
  }
}
