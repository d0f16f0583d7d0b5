/**
 * Where a long title breaks (GB/T 9704 §7.3.1: 回行时要做到词意完整，排列对称，长短适宜 …
 * 排列应当使用梯形或菱形). Every break between two words is given a cost from what it separates —
 * nothing may split a word, a name, a quotation, a 书名号 or a number from its unit; a break after
 * the title's action verb (召开, 举办 …), before 暨 / 在 / 关于, or between an organisation and its
 * action costs least — and each set of breaks that fits in the fewest lines is scored by those
 * costs plus its shape: lines of reasonable balance, a trapezoid or a diamond preferred to equal
 * lengths, an hourglass and a stub avoided.
 */
import type { GlyphBox } from './boxes.js';
import { naturalWidth } from './linebreak.js';
import type { Word } from './title-words.js';

/** A break no typesetter would accept: taken only when nothing else fits. */
export const NEVER = 1000;

/** A break inside a quotation at a pause between its phrases: only for a quotation longer than a line. */
export const INSIDE_QUOTATION = 400;

/** The best break after an action verb, before 暨 / 在 / 关于. */
const GOOD = 0;

/** Marks that open and close a quotation, a 书名号 or brackets: a title line never ends inside. */
const OPENING = new Set([...'“‘《〈「『（【〔']);
const CLOSING = new Set([...'”’》〉」』）】〕']);

/** The verbs a bulletin title reports with: the break after them is the natural one. */
const ACTION_VERBS = new Set([
  '召开', '举办', '举行', '开展', '组织', '组织开展', '启动', '部署', '印发', '出台', '发布', '联合', '携手', '走进',
  '深入', '调研', '参加', '出席', '荣获', '获评', '获得', '入选', '慰问', '看望', '表彰', '传达', '学习', '贯彻',
  '落实', '推进', '推动', '扎实开展', '深入开展', '积极开展', '集中', '圆满', '成功', '全面', '持续', '做好', '打造',
  '助力', '服务', '聚焦', '组建', '成立', '签署', '签约', '揭牌', '开幕', '闭幕', '召集', '主持', '接待', '会见', '考察',
]);

/** Words a line may well begin with: a new clause or a phrase of place or topic. */
const BREAK_BEFORE = new Set(['暨', '在', '关于', '为', '向', '以', '并', '赴', '到', '助力', '推动']);

/** Words that join what follows to what precedes: a line never ends with one. */
const JOINERS = new Set(['暨', '和', '与', '及', '以及', '并', '同', '跟', '对', '在', '关于', '为', '向', '以', '把', '将', '从', '由', '就', '于', '给', '让', '被', '赴', '到']);

/** Words that belong to the word before: a line never begins with one. */
const ENCLITICS = new Set(['的', '之', '了', '着', '过', '等', '们', '地', '得', '所', '者']);

/** The last characters of an organisation's name (河南省|科协 is one name; so is 市|教育局). */
const ORG_HEADS = /(科协|协会|学会|研究会|委员会|委|局|厅|部|办|办公室|中心|院|馆|站|所|校|大学|学院|政府|党委|党组|支部|团委|妇联|工会|公司|集团|小组|街道|社区|联合会|基金会|研究院)$/u;

/** What a title's event is: 学术 | 工作会议 separates the meeting from its subject. */
const EVENT_HEADS = /^(工作)?(会议|大会|座谈会|推进会|汇报会|报告会|研讨会|交流会|培训班|读书班|论坛|仪式|启动仪式)$/u;

const isNominal = (w: Word) => /^(n|nr|nrt|nrfg|ns|nt|nz|j|vn|an|ng|l|i|s|t|f)$/u.test(w.tag);
const isName = (w: Word) => /^(ns|nt|nr|nrt|nrfg|nz|j)$/u.test(w.tag);
const isVerb = (w: Word) => /^v[dgi]?$/u.test(w.tag);
const isNumber = (w: Word) => w.tag === 'm' || /^[0-9０-９.,%％]+$/u.test(w.text);
const isSingleHan = (w: Word) => /^\p{Script=Han}$/u.test(w.text);
const isBlank = (w: Word) => /^\s+$/u.test(w.text);

/** Who acts in a title: an organisation, a place, a person, 我省 / 我市. */
const isActor = (w: Word) => isName(w) || w.tag === 'r' || ORG_HEADS.test(w.text);

/**
 * The title's actions: an action verb (召开, 举办 …) or the first verb right after an actor
 * (河南省科协 召开 …, 谈朗玉 出席 …); of a chain of verbs (组织 召开) the last.
 */
function actionVerbs(words: Word[]): Set<number> {
  const found = new Set<number>();
  let firstTaken = false;
  words.forEach((w, i) => {
    const before = words[i - 1];
    if (!isVerb(w) || !before) return;
    const chained = found.has(i - 1);
    if ((isActor(before) && (ACTION_VERBS.has(w.text) || !firstTaken)) || chained) {
      found.add(i);
      if (chained) found.delete(i - 1);
    }
    firstTaken = true;
  });
  return found;
}

/**
 * The cost of breaking before word `k` of `words` (between words[k − 1] and words[k]);
 * `depth` is how many quotation marks or brackets are open there.
 */
export function wordBreakCost(words: Word[], k: number, depth: number, actions: Set<number>): number {
  let p = k - 1;
  while (p > 0 && isBlank(words[p]!)) p--; // a space between two words belongs to neither
  const a = words[p]!;
  const b = words[k]!;
  // Inside a quotation only when it is longer than a line: then at a pause (a space, 、，) between its phrases.
  if (depth > 0) return p < k - 1 || /[、，；]$/u.test(a.text) ? INSIDE_QUOTATION : NEVER;
  if (isNumber(a) && (isNumber(b) || /^[年月日时分秒万亿千百余多个名家人次项届期]/u.test(b.text))) return NEVER;
  if (a.tag === 'm' && (/^第/u.test(a.text) || (p > 0 && words[p - 1]!.tag === 'm' && /^第/u.test(words[p - 1]!.text)))) return 30; // 第九次 | 代表大会
  if (a.text === '第' || ENCLITICS.has(b.text[0]!) || b.tag === 'uj' || b.tag === 'ul') return NEVER;
  if (JOINERS.has(a.text) || a.tag === 'p' || a.tag === 'c') return 40;
  if (BREAK_BEFORE.has(b.text)) return GOOD;
  if (actions.has(p)) return GOOD;
  if (actions.has(k) && (isNominal(a) || a.tag === 'r')) return 1; // an organisation | its action
  if (a.tag === 'uj') return 10; // 党的 | 十九届五中全会
  let cost: number;
  if (OPENING.has(b.text[0]!) || CLOSING.has(a.text[a.text.length - 1]!)) {
    // 开展 | “…”: a quotation as an object; 基层组织 | “三长”工作: one noun phrase.
    const outside = OPENING.has(b.text[0]!) ? a : b;
    cost = isVerb(outside) ? 2 : 8;
  }
  else if (isVerb(a) && isNominal(b)) cost = 6; // a verb | its object
  else if (isNominal(a) && isVerb(b)) cost = 3; // a subject | its verb
  else if ((isName(a) || a.tag === 'n') && ORG_HEADS.test(b.text)) cost = 40; // inside an organisation's name
  else if (isNominal(a) && EVENT_HEADS.test(b.text)) cost = 20; // what a meeting is about | the meeting
  else if (isName(a) && isNominal(b)) cost = 12; // a name | what it names
  else if (isNominal(a) && isNominal(b)) cost = 8; // inside a compound noun
  else cost = 6;
  // A one-character word is often a fragment the dictionary missed (漯|河, 答|题).
  if (isSingleHan(a) && !ACTION_VERBS.has(a.text)) cost += 5;
  if (isSingleHan(b) && !BREAK_BEFORE.has(b.text)) cost += 5;
  return cost;
}

/** Where a title may break: box index → cost, for breaks kinsoku allows between two words. */
export function titleBreakCosts(boxes: GlyphBox[], words: Word[]): Map<number, number> {
  const wordAt = new Map(words.map((w, i) => [w.start, i]));
  const actions = actionVerbs(words);
  const costs = new Map<number, number>();
  let depth = 0;
  boxes.forEach((box, i) => {
    const k = wordAt.get(box.offset);
    if (i > 0 && box.breakBefore && k !== undefined && k > 0) costs.set(i, wordBreakCost(words, k, depth, actions));
    if (OPENING.has(box.ch)) depth++;
    if (CLOSING.has(box.ch)) depth = Math.max(0, depth - 1);
  });
  return costs;
}

/**
 * What a set of line lengths (ems) costs as a shape: imbalance (squared differences from the
 * mean), a stub (a line under a third of the longest), an hourglass or zigzag; equal lengths cost a
 * little more than a trapezoid or a diamond.
 */
export function shapeCost(lengths: number[]): number {
  const k = lengths.length;
  if (k < 2) return 0;
  const mean = lengths.reduce((s, l) => s + l, 0) / k;
  let cost = 0.08 * lengths.reduce((s, l) => s + (l - mean) ** 2, 0);
  const longest = Math.max(...lengths);
  if (lengths.some((l) => l < longest / 3)) cost += 15;
  if (longest - Math.min(...lengths) < 1) cost += 1; // a rectangle: set as a trapezoid when meaning allows
  let turns = 0;
  for (let i = 1; i < k - 1; i++) {
    if (lengths[i]! < lengths[i - 1]! - 0.5 && lengths[i]! < lengths[i + 1]! - 0.5) cost += 2.5; // hourglass
    const d1 = Math.sign(Math.round(lengths[i]! - lengths[i - 1]!));
    const d2 = Math.sign(Math.round(lengths[i + 1]! - lengths[i]!));
    if (d1 !== 0 && d2 !== 0 && d1 !== d2) turns++;
  }
  if (turns > 1) cost += 2.5; // a zigzag is neither a trapezoid nor a diamond
  return cost;
}

export interface TitleBreaks {
  /** The box index each line ends before (the last is boxes.length). */
  ends: number[];
  cost: number;
}

/** The best set of breaks into exactly `k` lines of at most `measure` pt, or null if none fits. */
function bestOf(boxes: GlyphBox[], costs: Map<number, number>, k: number, measure: number): TitleBreaks | null {
  const n = boxes.length;
  const em = boxes[0]!.style.size;
  const cands = [...costs.keys()].sort((x, y) => x - y);
  let best: TitleBreaks | null = null;
  const ends: number[] = [];
  const search = (start: number, from: number, breakCost: number): void => {
    if (best && breakCost >= best.cost) return;
    if (naturalWidth(boxes, start, n) > (k - ends.length) * measure + 1e-6) return; // cannot fit in the lines left
    if (ends.length === k - 1) {
      if (naturalWidth(boxes, start, n) > measure + 1e-6) return;
      const all = [...ends, n];
      const lengths = all.map((e, i) => naturalWidth(boxes, i === 0 ? 0 : all[i - 1]!, e) / em);
      const cost = breakCost + shapeCost(lengths);
      if (!best || cost < best.cost - 1e-9) best = { ends: all, cost };
      return;
    }
    for (let c = from; c < cands.length; c++) {
      const e = cands[c]!;
      if (naturalWidth(boxes, start, e) > measure + 1e-6) break;
      ends.push(e);
      search(e, c + 1, breakCost + costs.get(e)!);
      ends.pop();
    }
  };
  search(0, 0, 0);
  return best;
}

/**
 * The breaks of a title in the fewest lines that fit `measure` (at most `maxLines`), one more only
 * when every set in the fewest would split something that must stay whole and one more keeps it. Null when no set of
 * word breaks fits (a word longer than the line).
 */
export function chooseTitleBreaks(boxes: GlyphBox[], words: Word[], measure: number, maxLines: number): TitleBreaks | null {
  const costs = titleBreakCosts(boxes, words);
  const fewest = Math.max(1, Math.ceil(naturalWidth(boxes, 0, boxes.length) / measure));
  for (let k = fewest; k <= maxLines; k++) {
    const best = bestOf(boxes, costs, k, measure);
    if (!best) continue;
    if (best.cost >= INSIDE_QUOTATION && k < maxLines) {
      const more = bestOf(boxes, costs, k + 1, measure);
      if (more && more.cost < Math.min(best.cost, INSIDE_QUOTATION)) return more;
    }
    return best;
  }
  return null;
}
