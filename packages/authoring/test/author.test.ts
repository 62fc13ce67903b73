import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateRegulation } from '@sanding/data/validate';
import { authorRegulation } from '../src/index.js';

const SEED = readFileSync(new URL('../../datasets/sources/dalian-stb/source.zh-Hant.txt', import.meta.url), 'utf8');
const OURS = { title: 'Our portal', url: 'https://www.example.gov.cn/about' };

describe('authorRegulation', () => {
  it('gives the seed’s 11 divisions as valid JSON with search aids, two-space indented', () => {
    const { regulation, json, problems } = authorRegulation(SEED, 'dalian-stb');
    assert.deepEqual(problems, []);
    assert.equal(regulation.divisions.length, 11);
    assert.ok(regulation.search?.pinyin);
    assert.equal(json, `${JSON.stringify(regulation, null, 2)}\n`);
    assert.ok(validateRegulation(JSON.parse(json)).ok);
  });

  it('marks an English name given as a plain string unofficial, and keeps an official one', () => {
    const { regulation } = authorRegulation(SEED, 'dalian-stb', {
      names: {
        agency: { text: 'Dalian Municipal Science and Technology Bureau', official: true },
        divisions: { sec_divisions__point_10: 'Entrepreneurship Division' },
      },
    });
    assert.deepEqual(regulation.agency.nameEn, {
      text: 'Dalian Municipal Science and Technology Bureau',
      official: true,
    });
    assert.deepEqual(regulation.divisions[9]?.nameEn, { text: 'Entrepreneurship Division', official: false });
    assert.equal(regulation.divisions[0]?.nameEn, undefined);
  });

  it('names each name, duty and division the text does not have', () => {
    const { problems } = authorRegulation(SEED, 'dalian-stb', {
      names: { divisions: { sec_divisions__point_99: 'Nowhere Division' } },
      crossReference: { art_3__point_1: ['sec_divisions__point_42'], art_9__point_1: [] },
    });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems.join('\n'), /sec_divisions__point_99/);
    assert.match(problems.join('\n'), /art_3__point_1 to division sec_divisions__point_42/);
    assert.match(problems.join('\n'), /duty art_9__point_1/);
  });

  it('puts the reviewed cross-reference on the duties', () => {
    const { regulation } = authorRegulation(SEED, 'dalian-stb', {
      crossReference: { art_3__point_14: ['sec_divisions__point_6'] },
    });
    assert.deepEqual(regulation.duties[13]?.divisions, ['sec_divisions__point_6']);
    assert.deepEqual(regulation.duties[0]?.divisions, []);
  });

  it('merges current leaders and contacts, each with its own source', () => {
    const { regulation, problems } = authorRegulation(SEED, 'dalian-stb', {
      overlay: {
        leaders: [{ title: '局長', name: '王五', source: OURS, asOf: '2026-01-05' }],
        contacts: [{ phone: { value: '0411-12345678', source: OURS } }],
      },
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      regulation.leaders.map((l) => [l.title, l.name, l.source.title]),
      [['局長', '王五', 'Our portal']],
    );
    assert.equal(regulation.contacts?.[0]?.phone?.value, '0411-12345678');
  });

  it('reports a leader without a name as a problem instead of throwing', () => {
    const { problems } = authorRegulation(SEED, 'dalian-stb', {
      overlay: { leaders: [{ title: '局長', name: '', source: OURS, asOf: null }] },
    });
    assert.match(problems.join('\n'), /leaders/);
  });

  it('converts to Simplified and says so in the provenance', () => {
    const { regulation } = authorRegulation(SEED, 'dalian-stb', { convertTo: 'zh-Hans' });
    assert.equal(regulation.lang, 'zh-Hans');
    assert.ok(regulation.divisions.some((d) => d.name === '科技人才处'));
    assert.equal(regulation.provenance.conversion?.from, 'zh-Hant');
    assert.ok(regulation.provenance.notes.some((n) => n.includes('machine conversion')));
  });

  it('cites the given source for the leaders the text names', () => {
    const source = { title: '大連市科學技術局（百科詞條）', kind: 'encyclopaedia' as const };
    const { regulation } = authorRegulation(SEED, 'dalian-stb', { provenance: { source, retrieved: '2025-11-14' } });
    assert.deepEqual(regulation.provenance.source, source);
    assert.equal(regulation.provenance.retrieved, '2025-11-14');
    assert.equal(regulation.leaders[0]?.source.title, source.title);
  });

  it('cites the given source for the contact lines the text gives, and merges a portal’s contact over them', () => {
    const text = `${SEED}\n聯繫電話：0411-12345678\n辦公地址：大連市某路1號`;
    const source = { title: '大連市科學技術局（百科詞條）', kind: 'encyclopaedia' as const };
    const phone = { value: '0411-87654321', source: OURS };
    const { regulation, problems } = authorRegulation(text, 'dalian-stb', {
      provenance: { source },
      overlay: { contacts: [{ phone }] },
    });
    assert.deepEqual(problems, []);
    const [contact] = regulation.contacts ?? [];
    assert.equal(contact?.address?.value, '大連市某路1號');
    assert.equal(contact?.address?.source.title, source.title);
    assert.match(contact?.address?.source.locator ?? '', /^line \d+$/);
    // The portal's own phone wins over the text's.
    assert.deepEqual(contact?.phone, phone);
  });

  it('gives errors, not an exception, for text that is no regulation', () => {
    const { diagnostics, json } = authorRegulation('\u0000\uFFFD 你好\n<script>alert(1)</script>', 'junk');
    assert.ok(diagnostics.some((d) => d.severity === 'error'));
    assert.ok(validateRegulation(JSON.parse(json)).ok);
  });
});
