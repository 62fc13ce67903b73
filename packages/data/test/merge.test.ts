import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeRegulation } from '../src/merge.js';
import type { Regulation } from '../src/model/types.js';

const source = { title: 'regulation text', locator: 'line 32' };
const base = {
  schemaVersion: 2,
  id: 'dalian-stb',
  divisions: [{ id: 'sec_divisions__point_8' }],
  leaders: [
    { title: '局長', name: '李大民', source, asOf: null },
    { title: '副局長', name: '甲', source, asOf: null },
  ],
  contacts: [{ address: { value: '大連市中山區人民路75號', source: { title: 'notice', date: '2025-11-14' } } }],
} as unknown as Regulation;

describe('mergeRegulation', () => {
  it('replaces the text’s director with the portal’s, keeping each source', () => {
    const portal = {
      title: '局長',
      name: '新局長',
      source: { title: 'portal', url: 'https://example.gov.cn' },
      asOf: '2026-01-01',
    };
    const merged = mergeRegulation(base, { leaders: [portal] });
    assert.deepEqual(
      merged.leaders.map((l) => [l.title, l.name, l.source.title]),
      [
        ['局長', '新局長', 'portal'],
        ['副局長', '甲', 'regulation text'],
      ],
    );
    assert.equal(base.leaders[0]!.name, '李大民', 'the input is not changed');
  });

  it('adds leaders of new titles after the dataset’s', () => {
    const merged = mergeRegulation(base, { leaders: [{ title: '總工程師', name: '乙', source, asOf: null }] });
    assert.deepEqual(
      merged.leaders.map((l) => l.title),
      ['局長', '副局長', '總工程師'],
    );
  });

  it('replaces a title in place and adds new titles at the end', () => {
    const portal = { source: { title: 'portal' }, asOf: '2026-01-01' };
    const merged = mergeRegulation(base, {
      leaders: [
        { title: '局長', name: '新局長', ...portal },
        { title: '總工程師', name: '乙', ...portal },
      ],
    });
    assert.deepEqual(
      merged.leaders.map((l) => `${l.title} ${l.name}`),
      ['局長 新局長', '副局長 甲', '總工程師 乙'],
    );
  });

  it('merges contacts field by field and adds a division’s contact', () => {
    const phone = { value: '0411-12345678', source: { title: 'portal' } };
    const merged = mergeRegulation(base, {
      contacts: [{ phone }, { divisionId: 'sec_divisions__point_8', phone }],
    });
    assert.equal(merged.contacts?.length, 2);
    assert.equal(merged.contacts?.[0]?.address?.value, '大連市中山區人民路75號');
    assert.equal(merged.contacts?.[0]?.phone?.value, '0411-12345678');
    assert.equal(merged.contacts?.[1]?.divisionId, 'sec_divisions__point_8');
    assert.equal(base.contacts?.[0]?.phone, undefined);
  });

  it('merges nothing when the overlay is null or undefined', () => {
    for (const overlay of [null, undefined]) {
      const merged = mergeRegulation(base, overlay);
      assert.deepEqual(merged, base);
      assert.notEqual(merged, base, 'a new object, as with any overlay');
    }
  });

  it('rejects a contact for a division the dataset does not have, naming its id', () => {
    const phone = { value: '0411-12345678', source: { title: 'portal' } };
    assert.throws(
      () => mergeRegulation(base, { contacts: [{ divisionId: 'sec_divisions__point_99', phone }] }),
      (error: unknown) =>
        error instanceof RangeError &&
        /"sec_divisions__point_99"/.test(error.message) &&
        /dalian-stb/.test(error.message),
    );
  });
});
