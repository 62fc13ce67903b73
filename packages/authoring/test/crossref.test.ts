/**
 * The duty → division cross-reference of the Dalian dataset (sources/dalian-stb/crossref.json in
 * @sanding/datasets): what its README promises of the reviewed file, and the pairs the proposal
 * must find. Where the proposal and the file differ is for a reviewer to read:
 * `pnpm --filter @sanding/datasets crossref` prints it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { authorRegulation, proposeCrossReference, type CrossReference } from '../src/index.js';

const DALIAN = new URL('../../datasets/sources/dalian-stb/', import.meta.url);
const reviewed = JSON.parse(readFileSync(new URL('crossref.json', DALIAN), 'utf8')) as CrossReference;
const authored = authorRegulation(readFileSync(new URL('source.zh-Hant.txt', DALIAN), 'utf8'), 'dalian-stb', {
  lang: 'zh-Hant',
  crossReference: reviewed,
});
const regulation = authored.regulation;
const proposed = proposeCrossReference(regulation);

describe('the Dalian duty → division cross-reference', () => {
  it('names only duties and divisions that exist', () => {
    assert.deepEqual(authored.problems, []);
  });

  it('lists every duty', () => {
    assert.deepEqual(Object.keys(reviewed).sort(), regulation.duties.map((d) => d.id).sort());
  });

  it('lists each duty’s divisions once, in the regulation’s order', () => {
    const order = regulation.divisions.map((d) => d.id);
    for (const [duty, ids] of Object.entries(reviewed)) {
      assert.deepEqual(
        ids,
        order.filter((id) => ids.includes(id)),
        duty,
      );
    }
  });

  it('gives a division to every duty but (十六), the other tasks the city assigns', () => {
    const empty = Object.entries(reviewed).filter(([, ids]) => ids.length === 0);
    assert.deepEqual(
      empty.map(([duty]) => duty),
      ['art_3__point_16'],
    );
    assert.match(regulation.duties.find((d) => d.id === 'art_3__point_16')?.text ?? '', /交辦的其他任務/);
  });

  it('proposes divisions only from the regulation, in its order', () => {
    const order = regulation.divisions.map((d) => d.id);
    assert.deepEqual(
      Object.keys(proposed),
      regulation.duties.map((d) => d.id),
    );
    for (const ids of Object.values(proposed))
      assert.deepEqual(
        ids,
        order.filter((id) => ids.includes(id)),
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
      assert.ok(proposed[duty]?.includes(division), 'in the proposal');
    });
  }
});
