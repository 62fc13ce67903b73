import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseRegulation, type Regulation } from '@sanding/data';
import { addSearchAids, toSimplified } from '../src/index.js';

const SEED = readFileSync(new URL('../../datasets/sources/dalian-stb/source.zh-Hant.txt', import.meta.url), 'utf8');

/** Dalian parsed without search aids, as hand-made JSON would be. */
function plainDalian(script?: 'zh-Hans'): Regulation {
  const text = script ? toSimplified(SEED) : SEED;
  return parseRegulation(text, { id: 'dalian-stb', ...(script ? { lang: script } : {}) }).regulation;
}

describe('addSearchAids', () => {
  it('returns a new Regulation and leaves its argument alone', () => {
    const regulation = plainDalian();
    const indexed = addSearchAids(regulation);
    assert.notEqual(indexed, regulation);
    assert.equal(regulation.search, undefined);
    assert.deepEqual({ ...indexed, search: undefined }, { ...regulation, search: undefined });
  });

  it('folds only characters that can meet the data, from OpenCC’s table', () => {
    const regulation = plainDalian();
    const pairs = addSearchAids(regulation).search!.folding!.pairs;
    assert.equal(pairs.length % 2, 0);
    const map = new Map(Array.from({ length: pairs.length / 2 }, (_, i) => [pairs[2 * i]!, pairs[2 * i + 1]!]));
    assert.equal(map.get('孵'), undefined, 'the same in both scripts');
    assert.equal(map.get('創'), '创');
    assert.equal(map.get('處'), '处');
    assert.equal(map.get('鬱'), undefined, 'not in the data');
  });

  it('reads each character in context: 行 as xing in 行政審批', () => {
    const regulation = plainDalian();
    const pinyin = addSearchAids(regulation).search!.pinyin!;
    const readings = new Map([...pinyin.matchAll(/([a-z]+)([^a-z]+)/g)].map(([, y, cs]) => [y!, cs!]));
    assert.ok(readings.get('xing')?.includes('行'));
    assert.ok(readings.get('fu')?.includes('孵'));
    assert.ok(readings.get('qi')?.includes('器'));
  });

  it('keeps the English terms and synonyms whose Chinese the data contains, in the data’s script', () => {
    const regulation = plainDalian('zh-Hans');
    const search = addSearchAids(regulation, { synonyms: [['量子', '量子计算']] }).search!;
    assert.ok(search.english?.some(([zh, ...en]) => zh === '科技企业孵化器' && en.includes('incubator')));
    assert.ok(search.english?.every(([zh]) => JSON.stringify(regulation).includes(zh!)));
    assert.ok(search.synonyms?.some(([alias, expansion]) => alias === '高企' && expansion === '高新技术企业'));
    assert.ok(!search.synonyms?.some(([alias]) => alias === '量子'), 'the data has no 量子计算');
  });
});
