/**
 * The engine built in slices (`createLookupInSlices`, `buildLookup`) finds exactly what the
 * engine built at once finds, on the bundled Dalian dataset with the query set, and pauses
 * between slices.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildLookup, createLookup, createLookupInSlices, type Regulation } from '../src/index.js';

const queries = (
  JSON.parse(readFileSync(new URL('./fixtures/queries.dalian-stb.json', import.meta.url), 'utf8')) as {
    query: string;
  }[]
).map((q) => q.query);

function dataset(script: 'zh-Hant' | 'zh-Hans'): Regulation {
  const url = new URL(`../../datasets/dist/dalian-stb/${script}.json`, import.meta.url);
  assert.ok(existsSync(url), `${url.pathname} is missing: run pnpm build first`);
  return JSON.parse(readFileSync(url, 'utf8')) as Regulation;
}

/** Several copies of a regulation under other ids: a dataset with more slices than one. */
const copies = (regulation: Regulation, n: number): Regulation[] =>
  Array.from({ length: n }, (_, i) => ({ ...regulation, id: `${regulation.id}-${i}` }));

describe('createLookupInSlices', () => {
  for (const script of ['zh-Hans', 'zh-Hant'] as const) {
    it(`finds for every query what createLookup finds (${script}, one regulation and several)`, async () => {
      for (const regulations of [dataset(script), copies(dataset(script), 3)]) {
        const atOnce = createLookup(regulations);
        const sliced = await createLookupInSlices(regulations, { sliceMs: 0 });
        for (const query of [...queries, 'fuhuaqi', 'incubator', '高企', '']) {
          assert.deepEqual(sliced.search(query, { limit: 100 }), atOnce.search(query, { limit: 100 }), query);
        }
      }
    });
  }

  it('pauses between slices, once per step with slices of 0 ms', async () => {
    const regulation = dataset('zh-Hans');
    let steps = 0;
    for (const _ of buildLookup(regulation)) steps++;
    let pauses = 0;
    await createLookupInSlices(regulation, { sliceMs: 0, pause: async () => void pauses++ });
    // One step for each division and two for each document, at least; no pause after the last.
    assert.ok(steps > regulation.divisions.length * 3, `${steps} steps`);
    assert.equal(pauses, steps - 1);
  });

  it('takes the synonyms option, as createLookup does', async () => {
    const regulation = dataset('zh-Hans');
    const synonyms = [['吃饭', '孵化器']] as const;
    const sliced = await createLookupInSlices(regulation, { synonyms, sliceMs: 0 });
    assert.deepEqual(sliced.search('吃饭'), createLookup(regulation, { synonyms }).search('吃饭'));
    assert.ok(sliced.search('吃饭').length > 0);
  });

  it('rejects data that createLookup cannot index', async () => {
    const broken = { ...dataset('zh-Hans'), divisions: [{ responsibilities: null }] } as unknown as Regulation;
    assert.throws(() => createLookup(broken));
    await assert.rejects(createLookupInSlices(broken));
  });
});
