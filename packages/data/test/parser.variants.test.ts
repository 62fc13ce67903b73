/**
 * Every fixture in fixtures/variants/ against the facts in expected.json (conventions in that
 * folder's README). A fixture without an entry, or an entry without a fixture, fails.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import type { Provision, Regulation } from '../src/model/types.js';
import { parseRegulation, type ParseResult } from '../src/parser/index.js';
import { validateRegulation } from '../src/validate/index.js';

const DIR = new URL('./fixtures/variants/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const EXPECTED = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

function read(file: string): string {
  return readFileSync(new URL(file, DIR), 'utf8');
}

function allProvisions(provisions: readonly Provision[]): Provision[] {
  return provisions.flatMap((p) => [p, ...allProvisions(p.children)]);
}

function byName(entries: readonly { name: string; list: readonly string[] }[]): Record<string, readonly string[]> {
  return Object.fromEntries(entries.filter((e) => e.list.length > 0).map((e) => [e.name, e.list]));
}

/** The facts expected.json states, read from a regulation. */
function facts(r: Regulation): Record<string, unknown> {
  const supplementary = r.articles.find((p) => p.kind === 'section' && /^附[则則]$/.test(p.label ?? ''));
  return {
    title: r.title,
    agencyName: r.agency.name,
    duties: r.duties.length,
    functionTransformation: r.functionTransformation !== null,
    divisions: r.divisions.map((d) => d.name),
    divisionAlsoKnownAs: byName(r.divisions.map((d) => ({ name: d.name, list: d.alsoKnownAs }))),
    divisionCoLocated: byName(r.divisions.map((d) => ({ name: d.name, list: d.coLocated }))),
    agencyAlsoKnownAs: r.agency.alsoKnownAs,
    rank: r.agency.rank,
    basisDocumentNumber: r.basis?.documentNumber ?? null,
    staffing: r.staffing
      ? { administrativePosts: r.staffing.administrativePosts, leadershipPosts: r.staffing.leadershipPosts }
      : null,
    leaders: r.leaders.map(({ title, name }) => ({ title, name })),
    supplementaryArticles: supplementary?.children.filter((p) => p.kind === 'article').length ?? 0,
    maxItem: Math.max(
      0,
      ...allProvisions(r.articles)
        .filter((p) => p.kind === 'item')
        .map((p) => p.number ?? 0),
    ),
  };
}

const parsed = new Map<string, ParseResult>(FILES.map((file) => [file, parseRegulation(read(file))]));

function result(file: string): ParseResult {
  const found = parsed.get(file);
  assert.ok(found, file);
  return found;
}

describe('variant fixtures', () => {
  test('every fixture has an entry in expected.json, and every entry a fixture', () => {
    assert.ok(FILES.length > 0);
    assert.deepEqual(Object.keys(EXPECTED).sort(), FILES);
  });

  for (const file of FILES) {
    test(`${file} parses with no errors, in its script, into a valid regulation`, () => {
      const { regulation, diagnostics } = result(file);
      assert.deepEqual(
        diagnostics.filter((d) => d.severity === 'error'),
        [],
      );
      assert.equal(regulation.lang, file.includes('.zh-Hant.') ? 'zh-Hant' : 'zh-Hans');
      const validation = validateRegulation(regulation);
      assert.ok(validation.ok, JSON.stringify(validation.issues));
    });

    test(`${file} gives the facts expected.json lists`, () => {
      const expected = EXPECTED[file];
      assert.ok(expected, `expected.json has no entry for ${file}`);
      const actual = facts(result(file).regulation);
      for (const key of Object.keys(expected)) {
        assert.ok(key in actual, `expected.json key ${key} is not checked by this test`);
        assert.deepEqual(actual[key], expected[key], `${file}: ${key}`);
      }
    });
  }

  test('every variant reads the same with CRLF line endings and a BOM', () => {
    for (const file of FILES) {
      const crlf = parseRegulation(`\uFEFF${read(file).replace(/\n/g, '\r\n')}`);
      assert.deepEqual(crlf.regulation, result(file).regulation, file);
      assert.deepEqual(crlf.diagnostics, result(file).diagnostics, file);
    }
  });

  test('the Simplified and Traditional files of a variant give the same ids and citations in their own script', () => {
    for (const file of FILES.filter((name) => name.includes('.zh-Hans.'))) {
      const hans = result(file).regulation;
      const hant = result(file.replace('.zh-Hans.', '.zh-Hant.')).regulation;
      assert.deepEqual(
        hant.divisions.map((d) => d.id),
        hans.divisions.map((d) => d.id),
        file,
      );
      assert.deepEqual(
        hant.duties.map((d) => d.id),
        hans.duties.map((d) => d.id),
        file,
      );
      assert.deepEqual(hant.provenance.absentHeaders.length, hans.provenance.absentHeaders.length, file);
    }
  });
});

describe('what the variants show', () => {
  test('divisions under a 第四条 header are cited 第四条(六), with clauses 第四条(九)第二句', () => {
    const { regulation } = result('article4-header.zh-Hans.txt');
    const sixth = regulation.divisions[5];
    assert.equal(sixth?.id, 'art_4__point_6');
    assert.equal(sixth?.citation, '第四条(六)');
    assert.equal(sixth?.responsibilities[0]?.id, 'art_4__point_6__clause_1');
    const ninth = regulation.divisions[8];
    assert.equal(ninth?.responsibilities[1]?.id, 'art_4__point_9__clause_2');
    assert.equal(ninth?.responsibilities[1]?.citation, '第四条(九)第二句');
    assert.deepEqual(regulation.provenance.absentHeaders, []);
    assert.equal(regulation.duties[0]?.citation, '第三条(一)');
  });

  test('an unheaded division list is cited 内设机构(六) in Simplified and 內設機構(六) in Traditional', () => {
    assert.equal(result('fullwidth.zh-Hans.txt').regulation.divisions[5]?.citation, '内设机构(六)');
    assert.equal(result('fullwidth.zh-Hant.txt').regulation.divisions[5]?.citation, '內設機構(六)');
    assert.deepEqual(result('fullwidth.zh-Hans.txt').regulation.provenance.absentHeaders, ['第四条']);
    assert.deepEqual(result('fullwidth.zh-Hant.txt').regulation.provenance.absentHeaders, ['第四條']);
  });

  test('citations use half-width parentheses even where the text writes full-width ones', () => {
    const { regulation } = result('fullwidth.zh-Hans.txt');
    assert.equal(regulation.duties[13]?.citation, '第三条(十四)');
    assert.equal(regulation.functionTransformation?.citation, '第三条(十七)');
  });

  test('the staffing article gives posts, its citation 第五条 and its text', () => {
    const staffing = result('staffing.zh-Hans.txt').regulation.staffing;
    assert.equal(staffing?.citation, '第五条');
    assert.ok(staffing?.text.startsWith('示例市文化和旅游局机关行政编制45名。'));
  });

  test('a division name on its own line takes the following lines as its responsibilities', () => {
    const { regulation } = result('name-own-line.zh-Hans.txt');
    const office = regulation.divisions[0];
    assert.equal(office?.name, '办公室');
    assert.deepEqual(
      office?.responsibilities.map((c) => c.text),
      [
        '负责机关文电、会务、机要、档案、督查督办等日常运转工作，承担信息、安全保密、信访、政务公开和新闻宣传工作',
        '负责机关机构编制、人事管理、教育培训和队伍建设工作，负责机关党群工作',
      ],
    );
    assert.equal(office?.responsibilities[1]?.citation, '内设机构(一)第二句');
  });

  test('a co-location note after the last 。 is not a responsibility', () => {
    const { regulation } = result('inline-colocated.zh-Hans.txt');
    const inspection = regulation.divisions.find((d) => d.name === '劳动保障监察处');
    assert.ok(inspection);
    assert.ok(!inspection.responsibilities.some((c) => c.text.includes('合署办公')));
    const fund = regulation.duties[5];
    assert.ok(fund?.text.includes('（含企业职工基本养老保险基金）'));
  });

  test('the 附则 heading keeps its articles in a section', () => {
    const { regulation } = result('supplementary.zh-Hans.txt');
    const section = regulation.articles.find((p) => p.label === '附则');
    assert.equal(section?.id, 'sec_supplementary');
    assert.deepEqual(
      section?.children.map((p) => p.id),
      ['art_7', 'art_8'],
    );
    assert.equal(regulation.basis?.title, '中共示例省委办公厅示例省人民政府办公厅关于印发〈示例市机构改革方案〉的通知');
  });
});
