/**
 * Words and their parts of speech, for breaking titles by meaning: jieba's dictionary segmenter
 * (@node-rs/jieba, a prebuilt native module) with dictionary/words.txt (jieba's list less its
 * rarest words, see scripts/make-dictionary.mjs) and dictionary/bulletin-words.txt (the words of
 * bulletins: organisations, meetings, campaigns).
 *
 * Loading costs 30–50 ms (the module and a 105k-word dictionary), so it happens on the first
 * title that must break — a title that fits on one line, or whose lines the author gave, never
 * reaches this module's loader.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A word of the text: [start, end) in UTF-16 offsets, and jieba's part-of-speech tag (ICTCLAS set). */
export interface Word {
  text: string;
  tag: string;
  start: number;
  end: number;
}

interface Segmenter {
  tag(text: string, hmm?: boolean): { word: string; tag: string }[];
}

/** The dictionary folder: two levels up from src/typeset/, dist/typeset/ and dist/bundle/. */
export const DICTIONARY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dictionary');

let segmenter: Segmenter | undefined;

function load(): Segmenter {
  const require = createRequire(import.meta.url);
  // Not a literal: the bundler leaves the native module to be found in node_modules at run time.
  const moduleName = '@node-rs/jieba';
  const { Jieba } = require(moduleName) as { Jieba: { withDict(dict: Uint8Array): Segmenter & { loadDict(dict: Uint8Array): void } } };
  const jieba = Jieba.withDict(readFileSync(path.join(DICTIONARY_DIR, 'words.txt')));
  jieba.loadDict(readFileSync(path.join(DICTIONARY_DIR, 'bulletin-words.txt')));
  return jieba;
}

/** Whether the segmenter has been loaded in this process (for tests and --stats). */
export function segmenterLoaded(): boolean {
  return segmenter !== undefined;
}

/** The words of `text`, in order, covering it. Loads the segmenter on first use. */
export function wordsOf(text: string): Word[] {
  segmenter ??= load();
  const words: Word[] = [];
  let at = 0;
  for (const { word, tag } of segmenter.tag(text, true)) {
    words.push({ text: word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return words;
}
