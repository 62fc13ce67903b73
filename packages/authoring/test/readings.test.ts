import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readingTable } from '../src/index.js';

describe('readingTable', () => {
  const table = readingTable();
  const entries = [...table.matchAll(/([a-z]+)([^a-z]+)/g)].map(([, syllable, characters]): [string, string] => [
    syllable!,
    characters!,
  ]);
  const readingOf = new Map(entries.flatMap(([syllable, characters]) => [...characters].map((c) => [c, syllable])));

  it('holds the 3,755 common characters of GB 2312, each once', () => {
    assert.equal(readingOf.size, 3755);
    assert.equal(
      entries.reduce((n, [, characters]) => n + [...characters].length, 0),
      3755,
    );
  });

  it('reads 历 and 利 as li, 气 and 器 as qi: the homophones a typo swaps', () => {
    assert.equal(readingOf.get('历'), 'li');
    assert.equal(readingOf.get('利'), 'li');
    assert.equal(readingOf.get('气'), 'qi');
    assert.equal(readingOf.get('器'), 'qi');
  });

  it('in Traditional, reads 歷 and 利 as li, 氣 and 器 as qi', () => {
    const traditional = new Map(
      [...readingTable('zh-Hant').matchAll(/([a-z]+)([^a-z]+)/g)].flatMap(([, syllable, characters]) =>
        [...characters!].map((c) => [c, syllable!]),
      ),
    );
    assert.deepEqual(
      ['歷', '利', '氣', '器'].map((c) => traditional.get(c)),
      ['li', 'li', 'qi', 'qi'],
    );
  });

  it('lists its syllables in alphabetical order, each once', () => {
    const syllables = entries.map(([syllable]) => syllable);
    assert.deepEqual(syllables, [...new Set(syllables)].sort());
  });
});
