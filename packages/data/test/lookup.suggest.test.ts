/**
 * "Did you mean" on the bundled Dalian dataset, as built (`pnpm build` writes @sanding/datasets'
 * dist, with the reading tables): typos made of homophones, drawn from the reading table, in
 * the realistic queries of fixtures/queries.dalian-stb.json.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createLookup, createSuggester, type Regulation } from '../src/index.js';

type Script = 'zh-Hans' | 'zh-Hant';

interface Query {
  readonly query: string;
  readonly form: string;
  /** The expected division's Traditional name. */
  readonly expected: string;
}

const queries = JSON.parse(
  readFileSync(new URL('./fixtures/queries.dalian-stb.json', import.meta.url), 'utf8'),
) as Query[];

function built(path: string): URL {
  const url = new URL(`../../datasets/dist/${path}`, import.meta.url);
  assert.ok(existsSync(url), `${url.pathname} is missing: run pnpm build first`);
  return url;
}

const dataset = (script: Script): Regulation =>
  JSON.parse(readFileSync(built(`dalian-stb/${script}.json`), 'utf8')) as Regulation;
const readingTable = async (script: Script): Promise<string> =>
  ((await import(built(`readings/${script}.js`).href)) as { readings: string }).readings;

/** mulberry32: a small seeded generator, so that the typos are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function setUp(script: Script) {
  const regulation = dataset(script);
  const lookup = createLookup(regulation);
  const suggester = createSuggester(regulation, lookup);
  const readings = await readingTable(script);
  /** What a person sees first: the query's first result, or the suggestion's when there is one. */
  const found = (query: string): string | undefined => {
    const suggestion = suggester.wants(query) ? suggester.suggest(query, readings) : undefined;
    return lookup.search(suggestion ?? query, { limit: 1 })[0]?.division.id;
  };
  return { regulation, lookup, suggester, readings, found };
}

describe('did you mean, on the Dalian data', () => {
  it('专历 suggests 专利, which finds 成果转化与科技奖励处; 孵化气 suggests 孵化器', async () => {
    const { suggester, readings, lookup } = await setUp('zh-Hans');
    assert.deepEqual(lookup.search('专历'), []);
    assert.equal(suggester.suggest('专历', readings), '专利');
    assert.equal(lookup.search('专利')[0]?.division.name, '成果转化与科技奖励处');
    assert.equal(suggester.suggest('孵化气', readings), '孵化器');
    assert.equal(suggester.suggest('科技人彩', readings), '科技人才');
  });

  it('in Traditional, 專歷 suggests 專利 and 孵化氣 suggests 孵化器', async () => {
    const { suggester, readings } = await setUp('zh-Hant');
    assert.equal(suggester.suggest('專歷', readings), '專利');
    assert.equal(suggester.suggest('孵化氣', readings), '孵化器');
  });

  it('a query whose every character is in a term of the data wants no reading table: 专利, 孵化器, fhq', async () => {
    const { suggester } = await setUp('zh-Hans');
    for (const query of ['专利', '孵化器', 'fhq', '我想申请孵化器，找哪个部门？'])
      assert.equal(suggester.wants(query), false, query);
    assert.equal(suggester.wants('专历'), true);
  });

  it('what the data does not hold gets no suggestion: 不存在的事项, 天气预报, 公积金 (not 公技金)', async () => {
    const { suggester, readings } = await setUp('zh-Hans');
    for (const query of ['不存在的事项', '天气预报', '随便看看', '公积金', '婚姻登记'])
      assert.equal(suggester.suggest(query, readings), undefined, query);
  });

  it('50 fixture queries with a homophone typo drawn from the reading table: at least 80% still find their division', async (t) => {
    const next = random(20251202);
    const sets = { 'zh-Hans': await setUp('zh-Hans'), 'zh-Hant': await setUp('zh-Hant') };
    const idOf = new Map(dataset('zh-Hant').divisions.map((d) => [d.name, d.id]));
    const pool = queries.filter((q) => /\p{Script=Han}/u.test(q.query));
    let tried = 0;
    let kept = 0;
    let unaided = 0;
    const lost: string[] = [];
    while (tried < 50 && pool.length) {
      const q = pool.splice(Math.floor(next() * pool.length), 1)[0]!;
      // The table of the query's script: the one that holds more of its characters.
      const held = (script: Script): number => [...q.query].filter((c) => sets[script].readings.includes(c)).length;
      const script: Script = held('zh-Hant') > held('zh-Hans') ? 'zh-Hant' : 'zh-Hans';
      const { readings, found } = sets[script];
      const rows = [...readings.matchAll(/[a-z]+([^a-z]+)/g)].map(([, characters]) => [...characters!]);
      const positions = [...q.query].flatMap((c, i) =>
        rows.some((row) => row.length > 1 && row.includes(c)) ? [i] : [],
      );
      if (!positions.length) continue;
      const at = positions[Math.floor(next() * positions.length)]!;
      const characters = [...q.query];
      const row = rows.find((r) => r.includes(characters[at]!))!.filter((c) => c !== characters[at]);
      characters[at] = row[Math.floor(next() * row.length)]!;
      const typo = characters.join('');
      tried++;
      if (sets[script].lookup.search(typo, { limit: 1 })[0]?.division.id === idOf.get(q.expected)) unaided++;
      if (found(typo) === idOf.get(q.expected)) kept++;
      else lost.push(`${q.query} → ${typo}`);
    }
    t.diagnostic(`${kept}/${tried} typos still find their division (${unaided} without the suggestion)`);
    for (const line of lost) t.diagnostic(`lost: ${line}`);
    assert.equal(tried, 50);
    assert.ok(kept / tried >= 0.8, `${kept}/${tried}:\n${lost.join('\n')}`);
  });

  it('the fixture queries as typed find what they found before: a suggestion never takes over a good query', async (t) => {
    const sets = { 'zh-Hans': await setUp('zh-Hans'), 'zh-Hant': await setUp('zh-Hant') };
    const idOf = new Map(dataset('zh-Hant').divisions.map((d) => [d.name, d.id]));
    const changed: string[] = [];
    let suggested = 0;
    for (const script of ['zh-Hans', 'zh-Hant'] as const) {
      const { suggester, readings, found } = sets[script];
      for (const q of queries) {
        if (suggester.wants(q.query) && suggester.suggest(q.query, readings)) suggested++;
        if (found(q.query) !== idOf.get(q.expected)) changed.push(`${script}: ${q.query}`);
      }
    }
    t.diagnostic(`${suggested} of ${queries.length * 2} queries as typed get a suggestion`);
    assert.deepEqual(changed, []);
  });
});
