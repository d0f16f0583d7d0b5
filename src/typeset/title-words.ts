/**
 * Words and their parts of speech, for breaking titles by meaning: jieba's dictionary segmenter
 * (@node-rs/jieba, a prebuilt native module) with dictionary/words.txt (jieba's list less its
 * rarest words, see scripts/make-dictionary.mjs) and dictionary/bulletin-words.txt (the words of
 * bulletins: organisations, meetings, campaigns).
 *
 * Loading costs 30–50 ms and ~12 MB (the module and a 105k-word dictionary), so it happens on the
 * first title that must break and that no earlier build has segmented (title-word-cache.ts) — a
 * title that fits on one line, or whose lines the author gave, never reaches this module's loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCachedWords, segmenterIdentity, writeCachedWords, type TaggedWord } from './title-word-cache.js';

/** A word of the text: [start, end) in UTF-16 offsets, and jieba's part-of-speech tag (ICTCLAS set). */
export interface Word {
  text: string;
  tag: string;
  start: number;
  end: number;
}

interface Segmenter {
  tag(text: string, hmm?: boolean): TaggedWord[];
}

/** The dictionary folder: two levels up from src/typeset/, dist/typeset/ and dist/bundle/. */
export const DICTIONARY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dictionary');

const DICTIONARIES = ['words.txt', 'bulletin-words.txt'].map((f) => path.join(DICTIONARY_DIR, f));
// Not a literal: the bundler leaves the native module to be found in node_modules at run time.
const MODULE = '@node-rs/jieba';

let segmenter: Segmenter | undefined;
let identity: string | undefined;

/**
 * The package.json of package `name` as require() finds it from here: the first
 * node_modules/<name> up the folders. Looked for directly: require.resolve costs a start-up ~2 ms
 * (Node's package-exports resolver is loaded for it); anything unusual (NODE_PATH, a global folder)
 * falls back to it.
 */
function packageJsonOf(name: string): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; ) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return file;
    const up = path.dirname(dir);
    if (up === dir) return createRequire(import.meta.url).resolve(`${name}/package.json`);
    dir = up;
  }
}

/** What a cached segmentation must have been made by: these dictionaries, this version of jieba. */
function segmenterId(): string {
  if (identity === undefined) {
    let version = '?';
    try {
      version = String((JSON.parse(readFileSync(packageJsonOf(MODULE), 'utf8')) as { version?: unknown }).version);
    } catch {
      /* not installed: load() will say so */
    }
    identity = segmenterIdentity(DICTIONARIES, version);
  }
  return identity;
}

function load(): Segmenter {
  const require = createRequire(import.meta.url);
  const moduleName = MODULE;
  const { Jieba } = require(moduleName) as { Jieba: { withDict(dict: Uint8Array): Segmenter & { loadDict(dict: Uint8Array): void } } };
  const jieba = Jieba.withDict(readFileSync(DICTIONARIES[0]!));
  jieba.loadDict(readFileSync(DICTIONARIES[1]!));
  return jieba;
}

/** Whether the segmenter has been loaded in this process (for tests and --stats). */
export function segmenterLoaded(): boolean {
  return segmenter !== undefined;
}

/** jieba's words of `text`: from the cache of earlier builds, else by the segmenter (loaded on first use). */
function taggedWords(text: string): TaggedWord[] {
  const id = segmenterId();
  const cached = readCachedWords(text, id);
  if (cached) return cached;
  segmenter ??= load();
  const words = segmenter.tag(text, true);
  writeCachedWords(text, id, words);
  return words;
}

/** The words of `text`, in order, covering it. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let at = 0;
  for (const { word, tag } of taggedWords(text)) {
    words.push({ text: word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return words;
}
