/**
 * What can be wrong with a photo file once it is read: damage (named by a key the message
 * catalogue words in both languages) or more pixels than the limit allows.
 */
export type PhotoProblem = { damage: string; chunk?: string } | { pixels: { width: number; height: number } };

/** Photos may declare up to this many pixels unless `photos: { maxMegapixels: N }` says otherwise. */
export const DEFAULT_MAX_MEGAPIXELS = 50;
