/**
 * Whatever the text, the parser returns a valid regulation, never throws, and places every
 * diagnostic inside the text.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import fc from 'fast-check';

import { assignStableIds } from '../src/ids/stable-ids.js';
import { lengthWithoutSpace } from '../src/parser/coverage.js';
import { sortDiagnostics, type Diagnostic } from '../src/parser/diagnostics.js';
import { parseRegulation } from '../src/parser/index.js';
import { width, withoutTrailingDebris } from '../src/parser/layout.js';
import { formatNumeral, parseNumeral } from '../src/parser/numerals.js';
import { validateRegulation } from '../src/validate/index.js';

const VARIANTS = new URL('./fixtures/variants/', import.meta.url);
const TEXTS = [
  readFileSync(new URL('../../datasets/sources/dalian-stb/source.zh-Hant.txt', import.meta.url), 'utf8'),
  ...readdirSync(VARIANTS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, VARIANTS), 'utf8')),
];

/** Pieces of regulation text, broken and whole, to build strings that look like one. */
const FRAGMENTS = [
  '大連市科學技術局',
  '示例市统计局',
  '是',
  '大連市人民政府發工作部門',
  '的工作部门',
  '为副厅级',
  '為副廳級',
  '第一條 ',
  '第三條',
  '第三条',
  '第四条',
  '第零条',
  '第九九九九九九九九九九九条',
  '第99999999999999999999条',
  '第一章',
  '(一)',
  '（二）',
  '(十七)',
  '（二十九）',
  '（三十九）',
  '(〇)',
  '(十十)',
  '(一',
  '（',
  '）',
  '(',
  ')',
  '《',
  '》',
  '〈',
  '〉',
  '“',
  '”',
  '〔2018〕245號',
  '（示厅发〔2019〕31号）',
  '根據',
  '根据《通知》',
  '局長:',
  '局长：',
  '李大民',
  '副局长：李四、王五。',
  '总工程师:卫示二。',
  '。',
  '；',
  ';',
  '，',
  ',',
  '、',
  ':',
  '：',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  '\u3000',
  ' ',
  '\t',
  '職能轉變。',
  '职能转变',
  '合署辦公',
  '与其合署办公',
  '机关党委办公室与办公室合署办公。',
  '加挂',
  '加掛',
  '牌子',
  '對外保留',
  '行政编制45名',
  '设局长1名',
  '副局长3名',
  '正处级领导职数12名',
  '（含机关党委专职副书记1名）',
  '附则',
  '附則',
  '内设机构',
  '主要职责是：',
  '机关党委办公室',
  '办公室',
  '与',
  '與',
  '其',
  '處',
  '科',
  '负责',
  'X',
  '\uD800',
  '\uDFFF',
  '😀',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const codeUnitText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
/** A real text with random edits: pieces deleted and fragments inserted. */
const editedText = fc
  .tuple(
    fc.constantFrom(...TEXTS),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...FRAGMENTS, '')), {
      minLength: 1,
      maxLength: 12,
    }),
  )
  .map(([text, edits]) =>
    edits.reduce((out, [at, remove, insert]) => {
      const i = at % (out.length + 1);
      return out.slice(0, i) + insert + out.slice(i + remove);
    }, text),
  );

/** Everything a caller may rely on, for any text. */
function checkAnyText(text: string): void {
  const { regulation, diagnostics } = parseRegulation(text);
  const validation = validateRegulation(regulation);
  assert.ok(validation.ok, JSON.stringify(validation.issues));
  assert.deepEqual(JSON.parse(JSON.stringify(regulation)), regulation);
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    assert.ok(d.severity === 'error' || d.severity === 'warning');
    assert.match(d.code, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(d.message.length > 0);
    assert.ok(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length, `line ${d.line} of ${lines.length}`);
    const length = lines[d.line - 1]?.length ?? 0;
    assert.ok(
      Number.isInteger(d.column) && d.column >= 1 && d.column <= length + 1,
      `column ${d.column} of ${length + 1}`,
    );
  }
}

describe('any text', () => {
  test('any Unicode string gives a valid regulation and diagnostics inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), checkAnyText), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkAnyText), { numRuns: 200 });
  });

  test('any string of UTF-16 code units, lone surrogates included, gives a valid regulation', () => {
    fc.assert(fc.property(codeUnitText, checkAnyText), { numRuns: 300 });
  });

  test('strings made of regulation fragments give a valid regulation', () => {
    fc.assert(fc.property(fragmentText, checkAnyText), { numRuns: 1000 });
  });

  test('real texts with random edits give a valid regulation', () => {
    fc.assert(fc.property(editedText, checkAnyText), { numRuns: 300 });
  });

  test('the agency is named from the text or left null with a no-agency error, never from the parse id', () => {
    const id = 'parse-id-only';
    fc.assert(
      fc.property(fc.oneof(fragmentText, editedText), (text) => {
        const { regulation, diagnostics } = parseRegulation(text, { id });
        const { name } = regulation.agency;
        const noAgency = diagnostics.some((d) => d.code === 'no-agency');
        assert.equal(name === null, noAgency);
        if (name !== null) {
          assert.notEqual(name, id);
          // Taken from the text: its characters occur there in order (spaces and line breaks aside).
          const flat = text.replace(/\s+/g, '');
          let at = 0;
          for (const ch of name.replace(/\s+/g, '')) {
            at = flat.indexOf(ch, at);
            assert.ok(at !== -1, `${name} is not in the text`);
            at += ch.length;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test('diagnostics come in reading order', () => {
    fc.assert(
      fc.property(fc.oneof(fragmentText, editedText), (text) => {
        const positions = parseRegulation(text).diagnostics.map((d) => d.line * 1e6 + d.column);
        assert.deepEqual(
          positions,
          [...positions].sort((a, b) => a - b),
        );
      }),
      { numRuns: 200 },
    );
  });
});

/** The real texts of the corpus, reshaped as websites do: run together on one line, hard-wrapped. */
const REAL = new URL('./fixtures/real/', import.meta.url);
const REAL_TEXTS = readdirSync(REAL)
  .filter((name) => /^\d/.test(name))
  .map((name) => readFileSync(new URL(`${name}/source.txt`, REAL), 'utf8'));
const reshapedText = fc
  .tuple(
    fc.constantFrom(...REAL_TEXTS),
    fc.constantFrom('as-is', 'one-line', 'wrapped'),
    fc.integer({ min: 8, max: 60 }),
  )
  .map(([text, shape, width]) => {
    if (shape === 'one-line') return text.replace(/\s*\n\s*/g, ' ');
    if (shape === 'wrapped')
      return (text.replace(/\n/g, '').match(new RegExp(`.{1,${width}}`, 'gsu')) ?? []).join('\n');
    return text;
  });

describe('texts as websites publish them', () => {
  test('real texts run together, hard-wrapped or edited give a valid regulation, with punctuation normalised and stable ids too', () => {
    fc.assert(
      fc.property(fc.oneof(reshapedText, editedText), (text) => {
        checkAnyText(text);
        const { regulation, coverage } = parseRegulation(text, { normalizePunctuation: true });
        assert.ok(validateRegulation(regulation).ok);
        assert.ok(coverage.share >= 0 && coverage.share <= 1);
        const stable = assignStableIds(regulation, (chunk) => [...chunk].map((ch) => ch.charCodeAt(0).toString(36)));
        const validation = validateRegulation(stable);
        assert.ok(validation.ok, JSON.stringify(validation.ok ? [] : validation.issues));
        assert.equal(new Set(stable.divisions.map((d) => d.id)).size, stable.divisions.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Chinese numerals', () => {
  test('reads the numerals items are numbered with', () => {
    const cases: [string, number][] = [
      ['一', 1],
      ['九', 9],
      ['十', 10],
      ['十一', 11],
      ['十七', 17],
      ['二十', 20],
      ['二十九', 29],
      ['三十九', 39],
      ['一百', 100],
      ['一百零五', 105],
      ['一百一十', 110],
      ['两', 2],
      ['一万', 10_000],
      ['一万零一', 10_001],
      ['一万零一十', 10_010],
      ['一万二千三百四十五', 12_345],
      ['两万三千', 23_000],
      ['九万九千九百九十九', 99_999],
      ['二十万', 200_000],
      ['一萬零五', 10_005],
      ['二〇一九', 2019],
      ['17', 17],
      ['１７', 17],
    ];
    for (const [text, value] of cases) assert.equal(parseNumeral(text), value, text);
  });

  test('refuses what is not a numeral', () => {
    for (const text of ['', '十十', '二三十', '甲', '一a', '百十千', '万', '一万万', '一万二万']) {
      assert.equal(parseNumeral(text), null, text);
    }
  });

  test('writes every number from 1 to 99,999 so that it reads back', () => {
    assert.equal(formatNumeral(10), '十');
    assert.equal(formatNumeral(17), '十七');
    assert.equal(formatNumeral(105), '一百零五');
    assert.equal(formatNumeral(10_000), '一万');
    assert.equal(formatNumeral(10_001), '一万零一');
    assert.equal(formatNumeral(10_010), '一万零一十');
    assert.equal(formatNumeral(20_300), '二万零三百');
    assert.equal(formatNumeral(100_000), '十万');
    for (let n = 1; n <= 99_999; n++) assert.equal(parseNumeral(formatNumeral(n)), n, String(n));
  });
});

/**
 * The parser's linear paths read code units where a plain definition builds strings; on any
 * string they must give what the plain definition gives.
 */
describe('linear paths agree with their plain definitions', () => {
  // Full Unicode, lone surrogates and every kind of white space included.
  const anyString = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom(
        ' ',
        '\t',
        '\u3000',
        '\u00a0',
        '\u2028',
        '\ufeff',
        '\u200b',
        '局',
        '𠀀',
        '\ud800',
        '\udc00',
        'a',
      ),
    }),
  );

  test('the length without white space is the length of the text with \\s removed', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        assert.equal(lengthWithoutSpace(text), text.replace(/\s+/gu, '').length);
      }),
      { numRuns: 1000 },
    );
  });

  test('the display width counts each character (a surrogate pair is one) as for…of does', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        let expected = 0;
        for (const ch of text) expected += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
        assert.equal(width(text), expected);
      }),
      { numRuns: 1000 },
    );
  });

  test('trailing debris is cut as the plain pattern cuts it from a trimmed line', () => {
    const debris = fc.constantFrom('[编辑]', '[編輯]', '[edit]', '[1]', '[23]', '[456]', '|', '[', ']', 'edit');
    const text = fc
      .array(fc.oneof(anyString, debris, fc.constantFrom(' ', '\u3000', '\t')), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (raw) => {
        // As `piece` gives it: the line's ends already trimmed.
        const line = raw.trim();
        const plain = line.replace(/(?:\s*(?:\[[编編][辑輯]\]|\[edit\]|\[\d{1,3}\]|\|))+$/u, '').trimEnd();
        assert.equal(withoutTrailingDebris(line), plain);
      }),
      { numRuns: 2000 },
    );
  });

  test('a long run of white space before debris, or before ，是, parses (no pattern scans from each space)', () => {
    for (const text of [
      `某县科技局${' '.repeat(50_000)}，是县政府工作部门。`,
      `某县科技局是县政府工作部门。${' '.repeat(50_000)}x`,
    ]) {
      const { regulation } = parseRegulation(text);
      assert.equal(regulation.agency.name, '某县科技局');
    }
  });

  test('diagnostics are sorted by line and column, equal positions in the order reported', () => {
    const diagnostic = fc.record({
      severity: fc.constant('warning' as const),
      code: fc.string(),
      message: fc.string(),
      line: fc.integer({ min: 1, max: 5 }),
      column: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(diagnostic), (diagnostics: Diagnostic[]) => {
        const expected = diagnostics
          .map((d, index) => ({ d, index }))
          .sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column || a.index - b.index)
          .map(({ d }) => d);
        const sorted = sortDiagnostics(diagnostics);
        assert.equal(sorted.length, expected.length);
        sorted.forEach((d, i) => assert.equal(d, expected[i]));
      }),
    );
  });
});
