/**
 * Titles segmented by an earlier build are not segmented again: the words come from the cache
 * folder and the segmenter is never loaded. An entry made with another dictionary or another
 * version of jieba, a damaged entry, or one whose words do not spell the title is not trusted.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCachedWords, segmenterIdentity, writeCachedWords } from '../src/typeset/title-word-cache.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'title-words-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TITLE = '河南省科协召开全省科协系统党史学习教育推进会议';

type TitleWords = typeof import('../src/typeset/title-words.js');
/** A fresh copy of title-words.ts (its own segmenter state), as a new process would have. */
async function freshTitleWords(): Promise<TitleWords> {
  vi.resetModules();
  return import('../src/typeset/title-words.js');
}

describe('the cache of segmented titles', () => {
  it('a title segmented once comes from the cache the next time, with the same words, without loading jieba', async () => {
    const first = await freshTitleWords();
    const words = first.wordsOf(TITLE);
    expect(first.segmenterLoaded()).toBe(true);
    expect(words.map((w) => w.text).join('')).toBe(TITLE);

    const second = await freshTitleWords();
    expect(second.wordsOf(TITLE)).toEqual(words);
    expect(second.segmenterLoaded()).toBe(false);
    // Another title is not in the cache: the segmenter loads (so the check above can fail).
    second.wordsOf('省科协举办全省科普讲解大赛暨科普讲解员培训班');
    expect(second.segmenterLoaded()).toBe(true);
  });

  it('trusts an entry only from the same segmenter, undamaged, spelling the title', () => {
    const dir = path.join(tmp, 'entries');
    const words = [
      { word: '河南省', tag: 'ns' },
      { word: '科协', tag: 'j' },
    ];
    writeCachedWords('河南省科协', 'dict-A', words, dir);
    expect(readCachedWords('河南省科协', 'dict-A', dir)).toEqual(words);
    expect(readCachedWords('河南省科协', 'dict-B', dir)).toBeUndefined(); // another dictionary or jieba
    expect(readCachedWords('河南省科协会', 'dict-A', dir)).toBeUndefined(); // never written

    // Words that do not spell the title they are filed under.
    writeCachedWords('省科协', 'dict-A', [{ word: '省科', tag: 'n' }], dir);
    expect(readCachedWords('省科协', 'dict-A', dir)).toBeUndefined();

    // Damaged files: garbage, null, and an entry without words (each written over a good entry).
    for (const [text, junk] of [
      ['会议', '{"text":"会议","segm'],
      ['推进', 'null'],
      ['教育', '{"text":"教育","segmenter":"dict-A"}'],
    ] as const) {
      const own = path.join(tmp, `damaged-${text}`);
      writeCachedWords(text, 'dict-A', [{ word: text, tag: 'n' }], own);
      expect(readCachedWords(text, 'dict-A', own)).toEqual([{ word: text, tag: 'n' }]);
      const entries = readdirSync(own);
      expect(entries).toHaveLength(1);
      writeFileSync(path.join(own, entries[0]!), junk);
      expect(readCachedWords(text, 'dict-A', own)).toBeUndefined();
    }
  });

  it("the segmenter's identity changes with either dictionary file and with jieba's version", () => {
    const words = path.join(tmp, 'words.txt');
    const own = path.join(tmp, 'bulletin-words.txt');
    writeFileSync(words, '科协 100 j\n');
    writeFileSync(own, '推进会 10 n\n');
    utimesSync(own, 1_700_000_000, 1_700_000_000);
    const before = segmenterIdentity([words, own], '2.0.3');
    expect(segmenterIdentity([words, own], '2.0.3')).toBe(before);
    expect(segmenterIdentity([words, own], '2.0.4')).not.toBe(before);
    utimesSync(own, 1_700_000_100, 1_700_000_100); // an edited word list
    expect(segmenterIdentity([words, own], '2.0.3')).not.toBe(before);
  });

  it('a cache folder that cannot be written is no cache, and no error', () => {
    const notAFolder = path.join(tmp, 'file');
    writeFileSync(notAFolder, '');
    expect(() => writeCachedWords('会议', 'dict-A', [{ word: '会议', tag: 'n' }], path.join(notAFolder, 'sub'))).not.toThrow();
    expect(readCachedWords('会议', 'dict-A', path.join(notAFolder, 'sub'))).toBeUndefined();
  });
});
