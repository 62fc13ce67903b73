/**
 * Long texts as websites publish them: a whole regulation on one line, with its duties and
 * divisions numbered past 110 in Chinese numerals （一百一十一）. Every item is read, with its
 * number and its citation. (How parse time grows is measured by `pnpm bench parse`, never here.)
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseRegulation } from '../src/parser/index.js';
import { formatNumeral } from '../src/parser/numerals.js';

const DUTY_COUNT = 115;
const DIVISION_COUNT = 120;

/** The numeral as the test writes it, independent of the parser's `formatNumeral`. */
const NUMERALS: Readonly<Record<number, string>> = {
  1: '一',
  99: '九十九',
  100: '一百',
  105: '一百零五',
  110: '一百一十',
  111: '一百一十一',
  115: '一百一十五',
  119: '一百一十九',
  120: '一百二十',
  9_999: '九千九百九十九',
  10_000: '一万',
  10_001: '一万零一',
  10_002: '一万零二',
};

/** A Simplified regulation on one line, items separated by nothing but their labels. */
function oneLineRegulation(): string {
  const duties = Array.from(
    { length: DUTY_COUNT },
    (_, i) => `（${formatNumeral(i + 1)}）负责第${i + 1}项统计工作。`,
  ).join('');
  const divisions = Array.from(
    { length: DIVISION_COUNT },
    (_, i) => `（${formatNumeral(i + 1)}）统计${formatNumeral(i + 1)}处。负责第${i + 1}类数据；承办第${i + 1}类报表。`,
  ).join('');
  return [
    '示例市统计局职能配置、内设机构和人员编制规定',
    '第一条 根据《示例市机构改革方案》（示委发〔2019〕1号），设立示例市统计局，为市政府工作部门。',
    `第二条 示例市统计局的主要职责是：${duties}`,
    `第三条 示例市统计局设下列内设机构：${divisions}`,
    '第四条 示例市统计局机关行政编制45名。设局长1名，副局长3名。',
  ].join(' ');
}

describe('a whole regulation on one line, items numbered past 110', () => {
  const text = oneLineRegulation();
  const { regulation, diagnostics } = parseRegulation(text, { id: 'scale' });

  test('is one line of the source', () => {
    assert.equal(text.split('\n').length, 1);
  });

  test('reads every duty, numbered 1 to 115 in order, with its citation', () => {
    assert.equal(regulation.duties.length, DUTY_COUNT);
    regulation.duties.forEach((duty, i) => {
      assert.equal(duty.number, i + 1);
      assert.equal(duty.text, `负责第${i + 1}项统计工作。`);
    });
    for (const n of [1, 99, 100, 105, 110, 111, 115]) {
      assert.equal(regulation.duties[n - 1]?.citation, `第二条(${NUMERALS[n]})`, String(n));
    }
  });

  test('reads every division, numbered 1 to 120, with its name, citation and responsibilities', () => {
    assert.equal(regulation.divisions.length, DIVISION_COUNT);
    regulation.divisions.forEach((division, i) => {
      assert.equal(division.number, i + 1);
      assert.deepEqual(
        division.responsibilities.map((clause) => clause.text),
        [`负责第${i + 1}类数据`, `承办第${i + 1}类报表`],
      );
    });
    for (const n of [1, 99, 100, 105, 110, 111, 119, 120]) {
      const division = regulation.divisions[n - 1];
      assert.equal(division?.name, `统计${NUMERALS[n]}处`, String(n));
      assert.equal(division?.citation, `第三条(${NUMERALS[n]})`, String(n));
      assert.equal(division?.id, `art_3__point_${n}`);
    }
    assert.equal(new Set(regulation.divisions.map((d) => d.id)).size, DIVISION_COUNT);
  });

  test('finds no gap or disorder in the numbering, and places every item', () => {
    assert.deepEqual(
      diagnostics.filter((d) => d.code.startsWith('item-number') || d.code.startsWith('article-number')),
      [],
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'unrecognized-line' || d.code === 'unplaced-line'),
      [],
    );
    assert.equal(regulation.agency.name, '示例市统计局');
    assert.equal(regulation.staffing?.administrativePosts, 45);
  });

  test('with punctuation normalised, cites items past 110 in full width', () => {
    const normalised = parseRegulation(text, { normalizePunctuation: true }).regulation;
    assert.equal(normalised.duties[110]?.citation, '第二条（一百一十一）');
    assert.equal(normalised.divisions[119]?.citation, '第三条（一百二十）');
  });
});

describe('a division list numbered past ten thousand, one item a line', () => {
  const COUNT = 10_002;
  const text = [
    '示例市统计局职能配置、内设机构和人员编制规定',
    '第一条 示例市统计局设下列内设机构：',
    ...Array.from({ length: COUNT }, (_, i) => `（${NUMERALS[i + 1] ?? formatNumeral(i + 1)}）统计处。负责数据。`),
  ].join('\n');
  const { regulation, diagnostics } = parseRegulation(text, { id: 'myriad' });

  test('reads every division, numbered 1 to 10,002, the last ones by their 万 numerals', () => {
    assert.equal(regulation.divisions.length, COUNT);
    regulation.divisions.forEach((division, i) => assert.equal(division.number, i + 1));
    for (const n of [9_999, 10_000, 10_001, 10_002]) {
      const division = regulation.divisions[n - 1];
      assert.equal(division?.name, '统计处', String(n));
      assert.equal(division?.citation, `第一条(${NUMERALS[n]})`, String(n));
    }
  });

  test('finds no gap or disorder in the numbering', () => {
    assert.deepEqual(
      diagnostics.filter((d) => d.code.startsWith('item-number')),
      [],
    );
  });
});
