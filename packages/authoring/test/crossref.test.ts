/**
 * The duty → division cross-reference of the Dalian dataset: the reviewed file
 * (datasets/dalian-stb/crossref.json) is the truth; the engine's proposal is printed beside it
 * for the reviewer. Differences never fail; ids that do not exist always do.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { proposeCrossReference, type CrossReference, type Regulation } from '../src/index.js';

const reviewed = JSON.parse(
  readFileSync(new URL('../datasets/dalian-stb/crossref.json', import.meta.url), 'utf8'),
) as CrossReference;

function dalian(): Regulation {
  const url = new URL('../dist/datasets/dalian-stb/zh-Hant.json', import.meta.url);
  assert.ok(existsSync(url), `${url.pathname} is missing: run pnpm build first`);
  return JSON.parse(readFileSync(url, 'utf8')) as Regulation;
}

describe('the Dalian duty → division cross-reference', () => {
  it('names only duties and divisions that exist', () => {
    const regulation = dalian();
    const duties = new Set(regulation.duties.map((d) => d.id));
    const divisions = new Set(regulation.divisions.map((d) => d.id));
    const unknown = Object.entries(reviewed).flatMap(([duty, ids]) => [
      ...(duties.has(duty) ? [] : [`duty ${duty}`]),
      ...ids.filter((id) => !divisions.has(id)).map((id) => `division ${id} (under ${duty})`),
    ]);
    assert.deepEqual(unknown, []);
  });

  it('prints where the engine’s proposal and the reviewed file differ', (t) => {
    const regulation = dalian();
    const proposed = proposeCrossReference(regulation);
    const name = new Map(regulation.divisions.map((d) => [d.id, d.name]));
    const label = (ids: readonly string[]): string => ids.map((id) => name.get(id) ?? id).join('、') || '(none)';
    let differences = 0;
    for (const duty of regulation.duties) {
      const mine = proposed[duty.id] ?? [];
      const truth = reviewed[duty.id] ?? [];
      if (mine.join() === truth.join()) continue;
      differences++;
      t.diagnostic(`${duty.citation} ${duty.text.slice(0, 24)}…: reviewed ${label(truth)}; proposed ${label(mine)}`);
    }
    t.diagnostic(`${differences} of ${regulation.duties.length} duties differ from the proposal`);
  });

  it('lists every duty', () => {
    assert.deepEqual(
      Object.keys(reviewed).sort(),
      dalian()
        .duties.map((d) => d.id)
        .sort(),
    );
  });

  // Known pairs, checked both in the reviewed file and in the proposal.
  for (const [duty, division, what] of [
    ['art_3__point_14', 'sec_divisions__point_6', '(十四) science and technology awards → 成果轉化與科技獎勵處'],
    ['art_3__point_12', 'sec_divisions__point_8', '(十二) foreign expertise → 外國專家與國際合作處'],
    ['art_3__point_13', 'sec_divisions__point_11', '(十三) S&T talent → 科技人才處'],
    [
      'art_3__point_15',
      'sec_divisions__point_9',
      '(十五) the NE Asia centre and demonstration zone offices → 區域科技創新處',
    ],
  ] as const) {
    it(`${what}, reviewed and proposed`, () => {
      assert.ok(reviewed[duty]?.includes(division), 'in the reviewed file');
      assert.ok(proposeCrossReference(dalian())[duty]?.includes(division), 'in the proposal');
    });
  }
});
