/** A layout that cannot be made from valid input (a name too long for the block, ...). */
export class LayoutError extends Error {
  constructor(
    message: string,
    /** Where in the issue the offending value is (a path into the YAML, as zod reports it). */
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}
