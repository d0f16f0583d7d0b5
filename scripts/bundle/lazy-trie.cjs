/**
 * Stands in for `unicode-trie` in the bundle: fontkit, unicode-properties and linebreak each build
 * tries from compressed data when they are loaded (~0.1–0.2 s of inflating at every start), though
 * a bulletin build asks none of them anything (its text is drawn unshaped). This trie inflates its
 * data on the first lookup instead. They only ever call get().
 */
'use strict';
const UnicodeTrie = require('unicode-trie');

class LazyTrie {
  constructor(data) {
    this.data = data;
    this.trie = null;
  }

  get(codePoint) {
    if (this.trie === null) this.trie = new UnicodeTrie(this.data);
    return this.trie.get(codePoint);
  }
}

module.exports = LazyTrie;
