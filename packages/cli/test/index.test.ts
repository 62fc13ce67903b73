import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Regulation } from '@sanding/data';
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

  it('prints the problems of JSON that is not a Regulation and exits 65', async () => {
    const file = join(tempDir(), 'other.json');
    writeFileSync(file, '{"id": 42}');
    const { code, stdout, stderr } = await run(['index', file]);
    assert.equal(code, 65);
    assert.equal(stdout, '');
    assert.match(stderr, /other\.json: \$\./);
  });
});
