/** Lengths: typesetting works in PostScript points (pt); the display list is in millimetres. */
export const PT_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** Chinese type sizes (字号) in points, as GB/T 9704-2012 uses them. */
export const ZIHAO = {
  初号: 42,
  小初: 36,
  一号: 26,
  二号: 22,
  三号: 16,
  四号: 14,
  小四: 12,
} as const;
