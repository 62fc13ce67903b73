/**
 * The real-text corpus (fixtures/real/, sources in its SOURCES.md): texts of other agencies as
 * websites, gazettes and encyclopaedias publish them, with the facts a reader counted by hand.
 * Every fact is asserted, apart from the accepted misses listed below with their reasons; the total
 * is printed (also by `scripts/corpus-score.ts`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';

import { corpusFolders, scoreCorpus, testTexts } from './corpus.js';

const DIR = new URL('./fixtures/real/', import.meta.url);
const scores = scoreCorpus(DIR);

/**
 * Facts of the tuning texts that the parser misses on purpose, by folder and fact name, each with
 * its reason. The hand count in expected.json stays as a reader counts it (it is never edited to
 * match the parser) and the miss still counts against the printed total. Any other miss fails, and
 * so does an accepted miss that is read after all: then its entry goes.
 */
const ACCEPTED_MISSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '37-guilin-env-hant-encyclopedia': {
    declaredDivisionCount:
      "the count 7 is given only by the encyclopaedia's infobox field '下設機構數:七', a field of the page, not a sentence " +
      'of the regulation, so the parser leaves it unread (session-5 holdout, tuning since session 6; SOURCES.md)',
  },
  '44-veterans-ministry-2018-news-hant-pinyin': {
    agency:
      "a news report: the ministry is named only inside news sentences ('退役軍人事務(wù)部副部長錢鋒介紹'), " +
      'never by a title or a regulation phrase, and the parser does not take an agency from news prose ' +
      '(session-6 holdout, tuned on in session 6 but left unread; SOURCES.md)',
    ...inlineListMisses(
      10,
      "the ten divisions are one inline list after a count, '組織建構(gòu)包括10個(gè)司(廳),分別是:辦公廳、…、" +
        "機(jī)關(guān)黨委(人事司)。', where the mirror's ASCII pinyin brackets and the names' alternative-name " +
        'brackets look alike; the parser reads no inline list with pinyin debris in its count and brackets ' +
        '(session-6 holdout, tuned on in session 6 but left unread; SOURCES.md)',
    ),
  },
};

/** The accepted misses of an inline division list that is not read: its count, each name, its declared count. */
function inlineListMisses(n: number, reason: string): Record<string, string> {
  const names = Array.from({ length: n }, (_, i) => `division ${i + 1}`);
  return Object.fromEntries(['division count', ...names, 'declaredDivisionCount'].map((name) => [name, reason]));
}

describe('real texts of other agencies', () => {
  test('the corpus holds at least 20 texts, each listed in SOURCES.md', () => {
    const sources = readFileSync(new URL('SOURCES.md', DIR), 'utf8');
    assert.ok(scores.length >= 20);
    for (const folder of corpusFolders(DIR)) assert.ok(sources.includes(folder), `${folder} is not in SOURCES.md`);
  });

  test('every accepted miss names a text and a fact of the corpus', () => {
    for (const [folder, misses] of Object.entries(ACCEPTED_MISSES)) {
      const text = scores.find((s) => s.folder === folder);
      assert.ok(text, `${folder} is not in the corpus`);
      for (const name of Object.keys(misses))
        assert.ok(
          text.facts.some((f) => f.name === name),
          `${folder}: no fact ${name}`,
        );
    }
  });

  for (const { folder, facts } of scores) {
    const accepted = ACCEPTED_MISSES[folder] ?? {};
    test(`${folder}: every hand-counted fact is read${Object.keys(accepted).length ? ', apart from its accepted misses' : ''}`, () => {
      assert.deepEqual(
        facts
          .filter((f) => !f.pass && !(f.name in accepted))
          .map((f) => `${f.name}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`),
        [],
      );
      const readAfterAll = facts.filter((f) => f.pass && f.name in accepted).map((f) => f.name);
      assert.deepEqual(readAfterAll, [], 'an accepted miss is read now: remove it from ACCEPTED_MISSES');
    });
  }
  testTexts(DIR);

  after(() => {
    const all = scores.flatMap((s) => s.facts);
    const passed = all.filter((f) => f.pass).length;
    console.log(`corpus: ${passed}/${all.length} hand-counted facts (${((100 * passed) / all.length).toFixed(1)}%)`);
  });
});
