/** A font that cannot be used (unreadable, not a font, damaged, changed under a build), with its file. */
export class FontError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}
