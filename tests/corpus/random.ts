/** Seeded random paragraphs mixing Han, punctuation, numbers and Latin: the engine's invariants hold for all. */
/** A small seeded generator (mulberry32), so failures reproduce. */
export function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PIECES = [
  ...'科协党史学习教育工作全省活动开展组织群众办实事'.split(''),
  '，', '。', '、', '；', '：', '？', '！', '“', '”', '《', '》', '（', '）', '——', '……',
  '2021', '1.2', '1800', 'MV', '15%', '·',
];

/** More of what real text holds: spaces between Chinese words, nested quotes, brackets, long Latin words. */
export const WIDE_PIECES = [
  ...PIECES,
  ' ', '‘', '’', '【', '】', '〈', '〉', '「', '」', '—', '～', 'COVID-19', 'Internationalization', '3.5km', '2.4万', 'A', '％',
];

/** A paragraph of 20–220 pieces, 70 % of them Han (the first 24 pieces). */
export function randomParagraph(next: () => number, pieces: readonly string[] = PIECES): string {
  const n = 20 + Math.floor(next() * 200);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = next();
    s += r < 0.7 ? pieces[Math.floor(next() * 24)]! : pieces[Math.floor(next() * pieces.length)]!;
  }
  return s;
}
