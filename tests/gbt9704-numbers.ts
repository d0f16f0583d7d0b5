/**
 * GB/T 9704-2012's page written out as numbers (mm), for tests to compare the layout with: the
 * oracle is the standard's arithmetic done by hand, never the code's own geometry.
 */
/** The text block (版心) 156 × 225 mm at 28 mm from the left, 37 mm from the top. */
export const LEFT = 28;
export const TOP = 37;
export const RIGHT = 184; // 28 + 156
export const BOTTOM = 262; // 37 + 225
/** 28 characters a line: 156 mm / 28 = 5.571429 mm (15.79 pt). */
export const CELL = 5.571429;
/** 段首空二字: 28 + 2 × 5.571429. */
export const INDENT = 39.142857;
/** 22 lines a page: 225 mm / 22 = 10.227273 mm. */
export const ROW = 10.227273;
/**
 * The 22 body baselines of a page: a 3号 (16 pt = 5.6444 mm) character's em box (0.88 em above
 * the baseline, 0.12 below: the Fandol/Noto ideographic box) centred in its row, so the baseline
 * lies 2.2914 + 4.9671 = 7.2585 mm below the row's top.
 */
export const BASELINES = [
  44.2585, 54.4858, 64.7131, 74.9403, 85.1676, 95.3949, 105.6222, 115.8494, 126.0767, 136.304, 146.5313,
  156.7585, 166.9858, 177.2131, 187.4403, 197.6676, 207.8949, 218.1222, 228.3494, 238.5767, 248.804, 259.0313,
];
