import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Regulation } from '@sanding/data';
import { addSearchAids } from '../src/index.js';
import { SEED, run, tempDir } from './helpers.js';

/** Dalian parsed, then stripped of its search aids, as hand-made JSON would be. */
async function plainDalian(script?: 'zh-Hans'): Promise<{ file: string; regulation: Regulation }> {
  const file = join(tempDir(), 'dalian.json');
  await run(['parse', SEED, '--out', file, ...(script ? ['--script', script] : [])]);
  const regulation = JSON.parse(readFileSync(file, 'utf8')) as Regulation;
  delete regulation.search;
  writeFileSync(file, JSON.stringify(regulation));
  return { file, regulation };
}

describe('sanding index', () => {
  it('adds the search block to hand-made JSON, which then validates without a warning', async () => {
    const { file } = await plainDalian();
    const out = join(tempDir(), 'indexed.json');
    const { code, stderr } = await run(['index', file, '--out', out]);
    assert.equal(code, 0, stderr);
    const validated = await run(['validate', out]);
    assert.equal(validated.code, 0);
    assert.doesNotMatch(validated.stderr, /warning/);
    const { search } = JSON.parse(readFileSync(out, 'utf8')) as Regulation;
    assert.equal(search?.version, 1);
    assert.match(search?.folding?.attribution ?? '', /OpenCC.*Apache-2\.0/);
  });

  it('after indexing, pinyin and Simplified queries find Traditional data', async () => {
    const { file } = await plainDalian();
    await run(['index', file, '--out', file]);
    for (const query of ['fuhuaqi', '众创空间']) {
      const { stdout } = await run(['lookup', query, '--data', file, '--limit', '1']);
      assert.match(stdout, /^1\. 科技創業處/, query);
    }
  });

  it('adds synonyms from --synonyms', async () => {
    const { file } = await plainDalian();
    const synonyms = join(tempDir(), 'synonyms.json');
    writeFileSync(synonyms, JSON.stringify([['创业摇篮', '孵化器']]));
    await run(['index', file, '--synonyms', synonyms, '--out', file]);
    const { stdout } = await run(['lookup', '创业摇篮', '--data', file, '--limit', '1']);
    assert.match(stdout, /^1\. 科技創業處/);
  });

  it('rejects a synonyms file that is not pairs, in one line', async () => {
    const { file } = await plainDalian();
    const synonyms = join(tempDir(), 'synonyms.json');
    writeFileSync(synonyms, JSON.stringify({ 创业摇篮: '孵化器' }));
    const { code, stderr } = await run(['index', file, '--synonyms', synonyms]);
    assert.equal(code, 2);
    assert.match(stderr, /\[alias, expansion\] pairs/);
  });

  it('prints the problems of JSON that is not a Regulation and exits 1', async () => {
    const file = join(tempDir(), 'other.json');
    writeFileSync(file, '{"id": 42}');
    const { code, stdout, stderr } = await run(['index', file]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /other\.json: \$\./);
  });
});

describe('addSearchAids', () => {
  it('returns a new Regulation and leaves its argument alone', async () => {
    const { regulation } = await plainDalian();
    const indexed = addSearchAids(regulation);
    assert.notEqual(indexed, regulation);
    assert.equal(regulation.search, undefined);
    assert.deepEqual({ ...indexed, search: undefined }, { ...regulation, search: undefined });
  });

  it('folds only characters that can meet the data, from OpenCC’s table', async () => {
    const { regulation } = await plainDalian();
    const pairs = addSearchAids(regulation).search!.folding!.pairs;
    assert.equal(pairs.length % 2, 0);
    const map = new Map(Array.from({ length: pairs.length / 2 }, (_, i) => [pairs[2 * i]!, pairs[2 * i + 1]!]));
    assert.equal(map.get('孵'), undefined, 'the same in both scripts');
    assert.equal(map.get('創'), '创');
    assert.equal(map.get('處'), '处');
    assert.equal(map.get('鬱'), undefined, 'not in the data');
  });

  it('reads each character in context: 行 as xing in 行政審批', async () => {
    const { regulation } = await plainDalian();
    const pinyin = addSearchAids(regulation).search!.pinyin!;
    const readings = new Map([...pinyin.matchAll(/([a-z]+)([^a-z]+)/g)].map(([, y, cs]) => [y!, cs!]));
    assert.ok(readings.get('xing')?.includes('行'));
    assert.ok(readings.get('fu')?.includes('孵'));
    assert.ok(readings.get('qi')?.includes('器'));
  });

  it('keeps the English terms and synonyms whose Chinese the data contains, in the data’s script', async () => {
    const { regulation } = await plainDalian('zh-Hans');
    const search = addSearchAids(regulation, { synonyms: [['量子', '量子计算']] }).search!;
    assert.ok(search.english?.some(([zh, ...en]) => zh === '科技企业孵化器' && en.includes('incubator')));
    assert.ok(search.english?.every(([zh]) => JSON.stringify(regulation).includes(zh!)));
    assert.ok(search.synonyms?.some(([alias, expansion]) => alias === '高企' && expansion === '高新技术企业'));
    assert.ok(!search.synonyms?.some(([alias]) => alias === '量子'), 'the data has no 量子计算');
  });
});
