/**
 * The words of titles already segmented, kept in the user's cache folder (`title-words/` under
 * `$BULLETIN_CACHE_DIR`, see cache/folder.ts): loading the segmenter costs a build 30–50 ms and
 * ~12 MB, and an issue is built again and again with the same titles, so the segmenter is loaded
 * only for a title no earlier build has broken.
 *
 * An entry holds the title's text, the words jieba found and the identity of what found them — the
 * size and modification time of both dictionary files and the version of @node-rs/jieba — and is
 * used only when all of these match and its words spell the title exactly. Anything else (another
 * dictionary, an edited bulletin-words.txt, a damaged or foreign file) is segmented afresh, and the
 * entry rewritten. Writing is best effort: a read-only cache folder only means no cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { userCacheDir } from '../cache/folder.js';

/** A word as jieba gives it: its text and its part-of-speech tag. */
export interface TaggedWord {
  word: string;
  tag: string;
}

interface Entry {
  text: string;
  segmenter: string;
  words: [string, string][];
}

/** The identity of a segmentation: the dictionary files' stats and the segmenter's version. */
export function segmenterIdentity(dictionaryFiles: readonly string[], segmenterVersion: string): string {
  const stats = dictionaryFiles.map((f) => {
    try {
      const st = statSync(f);
      return `${path.basename(f)}:${st.size}:${st.mtimeMs}`;
    } catch {
      return `${path.basename(f)}:-`;
    }
  });
  return [...stats, `jieba:${segmenterVersion}`].join(' ');
}

const entryPath = (dir: string, text: string) => path.join(dir, `${createHash('sha1').update(text).digest('hex')}.json`);

const isWordList = (v: unknown): v is [string, string][] =>
  Array.isArray(v) && v.every((w) => Array.isArray(w) && w.length === 2 && typeof w[0] === 'string' && w[0].length > 0 && typeof w[1] === 'string');

/** The cached words of `text` made by `segmenter`, or undefined when there is no entry to trust. */
export function readCachedWords(text: string, segmenter: string, dir = defaultDir()): TaggedWord[] | undefined {
  let entry: Partial<Entry>;
  try {
    entry = JSON.parse(readFileSync(entryPath(dir, text), 'utf8')) as Partial<Entry>;
  } catch {
    return undefined;
  }
  if (!entry || entry.text !== text || entry.segmenter !== segmenter || !isWordList(entry.words)) return undefined;
  if (entry.words.map(([w]) => w).join('') !== text) return undefined;
  return entry.words.map(([word, tag]) => ({ word, tag }));
}

/** Keeps the words of `text` for the next build (atomically; silently not when the folder is not writable). */
export function writeCachedWords(text: string, segmenter: string, words: readonly TaggedWord[], dir = defaultDir()): void {
  const file = entryPath(dir, text);
  const tmp = `${file}.${process.pid}.tmp`;
  const entry: Entry = { text, segmenter, words: words.map((w) => [w.word, w.tag]) };
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* nothing to clean, or not ours to clean */
    }
  }
}

function defaultDir(): string {
  return path.join(userCacheDir(), 'title-words');
}
