/** The issues the bench builds, all made from the seed (issue 14) into a temporary folder. */
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';

export function readSeed(root) {
  return {
    issue: parseDocument(readFileSync(path.join(root, 'issues', 'issue-14.yaml'), 'utf8')).toJS(),
    series: parseDocument(readFileSync(path.join(root, 'issues', 'bulletin.yaml'), 'utf8')).toJS(),
  };
}

/**
 * An issue or series as its YAML file, the way an editor writes it (block style, one paragraph a
 * line). Not JSON, though JSON is YAML: a file without top-level keys on their own lines costs
 * `build` a full parse to tell it is no series file (load/file-kind.ts), which no real issue does.
 */
export const yamlText = (data) => stringify(data, { lineWidth: 0 });

const isPhoto = (p) => typeof p === 'object' && p !== null && ('image' in p || 'images' in p);

/** The seed without its photos: the text Typst sets too. */
export function textOnly(issue) {
  const copy = structuredClone(issue);
  for (const c of copy.columns) for (const a of c.articles) a.paragraphs = a.paragraphs.filter((p) => !isPhoto(p));
  return copy;
}

/** The seed text with `name` at the start of its first paragraph (a rare character in 王堃). */
export function withName(issue, name) {
  const copy = structuredClone(issue);
  const a = copy.columns[0].articles[0];
  a.paragraphs[0] = `${a.paragraphs[0].slice(0, 7)}${name}${a.paragraphs[0].slice(7)}`;
  return copy;
}

/** A small seeded PRNG (mulberry32), so the generated archive is the same on every run. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const shuffle = (xs, rnd) => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
};

/** `count` issues varied from the seed (numbers, dates, paragraph and column order), with its photos. */
export function writeArchive(root, dir, count) {
  const { issue: seed } = readSeed(root);
  copyFileSync(path.join(root, 'issues', 'bulletin.yaml'), path.join(dir, 'bulletin.yaml'));
  cpSync(path.join(root, 'issues', 'photos'), path.join(dir, 'photos'), { recursive: true });
  const rnd = prng(14);
  const start = Date.UTC(2019, 0, 4);
  for (let n = 1; n <= count; n++) {
    const issue = structuredClone(seed);
    issue.masthead.number = n;
    issue.masthead.date = new Date(start + n * 7 * 86400_000).toISOString().slice(0, 10);
    for (const column of issue.columns) for (const article of column.articles) shuffle(article.paragraphs, rnd);
    issue.columns = shuffle(issue.columns, rnd).slice(0, 2 + Math.floor(rnd() * (issue.columns.length - 1)));
    writeFileSync(path.join(dir, `issue-${n}.yaml`), yamlText(issue));
  }
}
