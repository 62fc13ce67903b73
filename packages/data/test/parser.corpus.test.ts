/**
 * The real-text corpus (fixtures/real/, sources in its SOURCES.md): texts of other agencies as
 * websites, gazettes and encyclopaedias publish them, with the facts a reader counted by hand.
 * Every fact is asserted; the total is printed (also by `scripts/corpus-score.ts`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';

import { corpusFolders, scoreCorpus, testTexts } from './corpus.js';

const DIR = new URL('./fixtures/real/', import.meta.url);
const scores = scoreCorpus(DIR);

describe('real texts of other agencies', () => {
  test('the corpus holds at least 20 texts, each listed in SOURCES.md', () => {
    const sources = readFileSync(new URL('SOURCES.md', DIR), 'utf8');
    assert.ok(scores.length >= 20);
    for (const folder of corpusFolders(DIR)) assert.ok(sources.includes(folder), `${folder} is not in SOURCES.md`);
  });

  for (const { folder, facts } of scores) {
    test(`${folder}: every hand-counted fact is read`, () => {
      assert.deepEqual(
        facts
          .filter((f) => !f.pass)
          .map((f) => `${f.name}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`),
        [],
      );
    });
  }
  testTexts(DIR);

  after(() => {
    const all = scores.flatMap((s) => s.facts);
    const passed = all.filter((f) => f.pass).length;
    console.log(`corpus: ${passed}/${all.length} hand-counted facts (${((100 * passed) / all.length).toFixed(1)}%)`);
  });
});
