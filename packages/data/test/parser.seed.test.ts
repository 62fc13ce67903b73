/**
 * The Dalian text (sources/dalian-stb/source.zh-Hant.txt in @sanding/datasets, the project's seed): the facts the
 * parser must read from it exactly.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import type { Provision } from '../src/model/types.js';
import { parseRegulation } from '../src/parser/index.js';
import { validateRegulation } from '../src/validate/index.js';

const SEED = readFileSync(new URL('../../datasets/sources/dalian-stb/source.zh-Hant.txt', import.meta.url), 'utf8');
const { regulation, diagnostics } = parseRegulation(SEED, { id: 'dalian-stb' });

const DIVISION_NAMES = [
  '機關黨委辦公室',
  '規劃與平台處',
  '政策法規與監督處',
  '高新技術發展與產業化處',
  '社會發展與農村科技處',
  '成果轉化與科技獎勵處',
  '行政審批辦公室',
  '外國專家與國際合作處',
  '區域科技創新處',
  '科技創業處',
  '科技人才處',
];

function division(name: string) {
  const found = regulation.divisions.find((d) => d.name === name);
  assert.ok(found, `division ${name}`);
  return found;
}

describe('the Dalian text', () => {
  test('parses with no errors and one typo warning, for 發 at line 3, column 17', () => {
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    assert.deepEqual(
      diagnostics.map(({ severity, code, line, column }) => ({ severity, code, line, column })),
      [{ severity: 'warning', code: 'typo-suspected', line: 3, column: 17 }],
    );
    assert.equal(SEED.split('\n')[2]?.charAt(16), '發');
  });

  test('gives a regulation that validates against the schema', () => {
    const result = validateRegulation(regulation);
    assert.ok(result.ok, JSON.stringify(result.issues));
  });

  test('survives a JSON round trip unchanged', () => {
    const copy: unknown = JSON.parse(JSON.stringify(regulation));
    assert.ok(validateRegulation(copy).ok);
    assert.deepEqual(copy, regulation);
  });

  test('keeps the title once and detects Traditional script', () => {
    assert.equal(regulation.title, '大連市科學技術局');
    assert.equal(regulation.id, 'dalian-stb');
    assert.equal(regulation.lang, 'zh-Hant');
    assert.equal(regulation.schemaVersion, 2);
  });

  test('reads the agency: name, signboard, parent, kind and rank', () => {
    assert.deepEqual(regulation.agency, {
      name: '大連市科學技術局',
      alsoKnownAs: ['大連市外國專家局'],
      parent: '大連市人民政府',
      kind: '工作部門',
      rank: '副廳級',
    });
  });

  test('reads the basis 廳秘發〔2018〕245號 from 第一條', () => {
    assert.deepEqual(regulation.basis, {
      title: '中共遼寧省委辦公廳遼寧省人民政府辦公廳關於印發〈大連市機構改革方案〉的通知',
      documentNumber: '廳秘發〔2018〕245號',
      citation: '第一條',
    });
  });

  test('parses 16 duties cited as 第三條(一) to 第三條(十六)', () => {
    assert.equal(regulation.duties.length, 16);
    assert.deepEqual(regulation.duties[0], {
      id: 'art_3__point_1',
      number: 1,
      citation: '第三條(一)',
      text: '擬訂市創新驅動發展及科技發展、引進國外智力規劃和政策並組織實施。',
    });
    assert.deepEqual(
      regulation.duties.map((d) => d.id),
      Array.from({ length: 16 }, (_, i) => `art_3__point_${i + 1}`),
    );
    assert.equal(regulation.duties[15]?.citation, '第三條(十六)');
  });

  test('reads (十七)職能轉變 as the function transformation, not a duty', () => {
    const ft = regulation.functionTransformation;
    assert.equal(ft?.id, 'art_3__point_17');
    assert.equal(ft?.citation, '第三條(十七)');
    assert.ok(ft?.text.startsWith('圍繞貫徹實施科教興國戰略'));
    assert.ok(!regulation.duties.some((d) => d.text.includes('職能轉變')));
  });

  test('parses 11 divisions from the Dalian text, with exactly the names it writes', () => {
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      DIVISION_NAMES,
    );
  });

  test('cites divisions of the unheaded list as 內設機構(六)', () => {
    const sixth = division('成果轉化與科技獎勵處');
    assert.equal(sixth.id, 'sec_divisions__point_6');
    assert.equal(sixth.number, 6);
    assert.equal(sixth.citation, '內設機構(六)');
    assert.equal(division('科技人才處').citation, '內設機構(十一)');
  });

  test('gives 機關黨委辦公室 the alias 辦公室 and co-locates it with 辦公室', () => {
    const office = division('機關黨委辦公室');
    assert.deepEqual(office.alsoKnownAs, ['辦公室']);
    assert.deepEqual(office.coLocated, ['辦公室']);
    for (const other of regulation.divisions.slice(1)) {
      assert.deepEqual([other.alsoKnownAs, other.coLocated], [[], []], other.name);
    }
  });

  test('splits responsibilities into clauses at 。 and ；, never inside brackets', () => {
    const sixth = division('成果轉化與科技獎勵處');
    assert.deepEqual(sixth.responsibilities[1], {
      id: 'sec_divisions__point_6__clause_2',
      citation: '內設機構(六)第二句',
      text: '負責聯繫高校院所,促進產學研合作',
    });
    const planning = division('規劃與平台處');
    assert.ok(
      planning.responsibilities.some(
        (c) => c.text === '負責國家、省各類科技計劃(專項、基金)的申報和管理工作,協調管理應用基礎研究相關工作',
      ),
    );
    const policy = division('政策法規與監督處');
    assert.equal(policy.responsibilities[0]?.text, '組織擬訂全市科技發展綜合性政策');
    assert.equal(
      policy.responsibilities[1]?.text,
      '牽頭起草地方性科技法規草案和市政府綜合性科技規章,擬訂全市科技體制改革的總體規劃和政策措施並指導實施',
    );
    for (const d of regulation.divisions) {
      for (const clause of d.responsibilities) assert.ok(!/^\s|\s$|[。；;]$/.test(clause.text), clause.text);
    }
  });

  test('reads the leader 局長 李大民 from line 36, undated', () => {
    assert.deepEqual(regulation.leaders, [
      { title: '局長', name: '李大民', source: { title: '大連市科學技術局', locator: 'line 36' }, asOf: null },
    ]);
  });

  test('has no staffing, since the text gives none', () => {
    assert.equal('staffing' in regulation, false);
  });

  test('records 第四條 as an absent header and fills the provenance it can', () => {
    assert.deepEqual(regulation.provenance, {
      source: { title: '大連市科學技術局', kind: 'other' },
      retrieved: null,
      datasetVersion: '0.0.0',
      absentHeaders: ['第四條'],
      notes: [],
    });
  });

  test('keeps the structure as written: articles, the division section, the co-location sentence and the leader line', () => {
    const outline = (p: Provision): string => `${p.id}:${p.kind}:${p.label ?? ''}@${p.line}`;
    assert.deepEqual(regulation.articles.map(outline), [
      'para_1:paragraph:@3',
      'art_1:article:第一條@4',
      'art_2:article:第二條@5',
      'art_3:article:第三條@6',
      'sec_divisions:section:內設機構@24',
      'para_2:paragraph:@36',
    ]);
    const [, , , duties, divisions] = regulation.articles;
    assert.equal(duties?.children.length, 17);
    assert.equal(duties?.children[16]?.label, '(十七)');
    assert.deepEqual(divisions?.children.slice(0, 3).map(outline), [
      'sec_divisions__point_1:item:(一)@24',
      'sec_divisions__para_1:paragraph:@25',
      'sec_divisions__point_2:item:(二)@26',
    ]);
    assert.equal(divisions?.children[1]?.text, '機關黨委辦公室與辦公室合署辦公。');
  });

  test('reads the same from CRLF line endings, a BOM and full-width spaces', () => {
    const messy = `\uFEFF${SEED.split('\n')
      .map((line, i) => (i >= 3 && i < 6 ? line.replace(' ', '\u3000') : line))
      .join('\r\n')}\r\n`;
    const again = parseRegulation(messy, { id: 'dalian-stb' });
    assert.deepEqual(again.diagnostics, diagnostics);
    assert.deepEqual(again.regulation.duties, regulation.duties);
    assert.deepEqual(again.regulation.divisions, regulation.divisions);
    assert.deepEqual(again.regulation.agency, regulation.agency);
    assert.deepEqual(again.regulation.basis, regulation.basis);
    assert.deepEqual(again.regulation.leaders, regulation.leaders);
  });
});
