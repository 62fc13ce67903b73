import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createLookup, type LookupResult, type Regulation } from '../src/index.js';

/** A small hand-made regulation in Simplified, with hand-written search aids. */
const REGULATION: Regulation = {
  schemaVersion: 2,
  id: 'example-stb',
  title: '示例市科学技术局职能配置、内设机构和人员编制规定',
  lang: 'zh-Hans',
  agency: { name: '示例市科学技术局', alsoKnownAs: [], parent: null, kind: null, rank: null },
  basis: null,
  articles: [],
  duties: [
    {
      id: 'art_3__point_1',
      number: 1,
      citation: '第三条(一)',
      text: '推动科技企业孵化器发展。',
      divisions: ['sec_divisions__point_1'],
    },
    { id: 'art_3__point_2', number: 2, citation: '第三条(二)', text: '负责市科学技术奖的组织申报工作。' },
  ],
  functionTransformation: null,
  divisions: [
    {
      id: 'sec_divisions__point_1',
      number: 1,
      name: '科技创业处',
      nameEn: { text: 'Science and Technology Entrepreneurship Division', official: false },
      citation: '内设机构(一)',
      alsoKnownAs: [],
      coLocated: [],
      responsibilities: [
        {
          id: 'sec_divisions__point_1__clause_1',
          citation: '内设机构(一)第一句',
          text: '负责科技企业孵化器、众创空间等培育管理',
        },
        { id: 'sec_divisions__point_1__clause_2', citation: '内设机构(一)第二句', text: '负责创新创业大赛组织工作' },
      ],
    },
    {
      id: 'sec_divisions__point_2',
      number: 2,
      name: '高新技术处',
      nameEn: { text: 'High Technology Division', official: false },
      citation: '内设机构(二)',
      alsoKnownAs: [],
      coLocated: [],
      responsibilities: [
        {
          id: 'sec_divisions__point_2__clause_1',
          citation: '内设机构(二)第一句',
          text: '负责高新技术企业的培育及认定后的监督管理工作',
        },
        { id: 'sec_divisions__point_2__clause_2', citation: '内设机构(二)第二句', text: '推动科技企业创新能力建设' },
      ],
    },
    {
      id: 'sec_divisions__point_3',
      number: 3,
      name: '科技人才处',
      nameEn: { text: 'Science and Technology Talent Division', official: false },
      citation: '内设机构(三)',
      alsoKnownAs: [],
      coLocated: [],
      responsibilities: [
        { id: 'sec_divisions__point_3__clause_1', citation: '内设机构(三)第一句', text: '组织实施科技人才计划' },
        { id: 'sec_divisions__point_3__clause_2', citation: '内设机构(三)第二句', text: '负责科技人才库建设' },
      ],
    },
  ],
  leaders: [],
  provenance: {
    source: { title: 'hand-made for tests', kind: 'other' },
    retrieved: null,
    datasetVersion: '0.0.0',
    absentHeaders: [],
    notes: [],
  },
  search: {
    version: 1,
    folding: { pairs: '眾众創创間间業业術术處处計计劃划庫库組组織织', attribution: 'OpenCC TSCharacters (Apache-2.0)' },
    pinyin: 'fu孵hua化qi器企ke科ji技计ren人cai才ye业zhong众chuang创kong空jian间',
    english: [
      ['科技企业孵化器', 'incubator', 'business incubator'],
      ['众创空间', 'makerspace'],
      ['科技人才', 'science and technology talent', 'talent'],
    ],
    synonyms: [['人才库', '科技人才库']],
  },
};

/** The same division list in Traditional, without search aids. */
const TRADITIONAL: Regulation = {
  ...REGULATION,
  id: 'example-stb-hant',
  lang: 'zh-Hant',
  agency: { ...REGULATION.agency, name: '示例市科學技術局' },
  duties: [],
  search: undefined,
  divisions: [
    {
      ...REGULATION.divisions[0]!,
      name: '科技創業處',
      responsibilities: [
        {
          id: 'sec_divisions__point_1__clause_1',
          citation: '內設機構(一)第一句',
          text: '負責科技企業孵化器、眾創空間等培育管理',
        },
      ],
    },
  ],
};

const names = (results: readonly LookupResult[]): string[] => results.map((r) => r.division.name);
const first = (query: string, regulation: Regulation | Regulation[] = REGULATION): string | undefined =>
  createLookup(regulation).search(query)[0]?.division.name;

describe('createLookup', () => {
  it('typing 孵化器 puts 科技创业处 first', () => {
    assert.equal(first('孵化器'), '科技创业处');
  });

  it('shows the matching clause with its citation and the matched run highlighted', () => {
    const [top] = createLookup(REGULATION).search('孵化器');
    const clause = top!.clauses[0]!;
    assert.equal(clause.citation, '内设机构(一)第一句');
    assert.deepEqual(clause.highlights, [[6, 9]]);
    assert.equal(clause.text.slice(6, 9), '孵化器');
  });

  it('typing 眾創空間 in Traditional finds 科技创业处 in Simplified data', () => {
    assert.equal(first('眾創空間'), '科技创业处');
  });

  it('typing 众创空间 in Simplified finds 科技創業處 in Traditional data folded by another regulation’s table', () => {
    assert.equal(first('众创空间', [TRADITIONAL, REGULATION]), '科技創業處');
  });

  it('without search aids, a query in the data’s own script still works', () => {
    assert.equal(first('眾創空間', TRADITIONAL), '科技創業處');
  });

  it('highlights in Traditional text the run a Simplified query matched', () => {
    const [top] = createLookup([TRADITIONAL, REGULATION]).search('众创空间');
    const clause = top!.clauses[0]!;
    assert.deepEqual(
      clause.highlights.map(([s, e]) => clause.text.slice(s, e)),
      ['眾創空間'],
    );
  });

  it('full-width letters, ideographic spaces and punctuation are folded or ignored', () => {
    assert.equal(first('ＩＮＣＵＢＡＴＯＲ'), '科技创业处');
    assert.equal(first('　孵化器！？'), '科技创业处');
  });

  it('a colloquial question keeps its content words: 我想申请孵化器，找哪个部门？', () => {
    assert.equal(first('我想申请孵化器，找哪个部门？'), '科技创业处');
  });

  it('查询, like 办理 and 申请, is a filler word: 大赛查询 is a question about 大赛', () => {
    assert.equal(first('大赛查询'), '科技创业处');
  });

  it('a built-in abbreviation: 高企 finds 高新技术处', () => {
    assert.equal(first('高企'), '高新技术处');
  });

  it('the data’s own synonyms: 人才库 finds 科技人才处', () => {
    assert.equal(first('人才库'), '科技人才处');
  });

  it('synonyms passed as an option extend the built-ins', () => {
    const lookup = createLookup(REGULATION, { synonyms: [['大赛', '创新创业大赛']] });
    assert.equal(lookup.search('大赛')[0]?.division.name, '科技创业处');
  });

  it('full pinyin and initials: fuhuaqi and fhq find 科技创业处', () => {
    assert.equal(first('fuhuaqi'), '科技创业处');
    assert.equal(first('fhq'), '科技创业处');
    assert.equal(first('FuHuaQi'), '科技创业处');
  });

  it('pinyin initials spell a pair of the data: kjrc finds 科技人才处', () => {
    assert.equal(first('kjrc'), '科技人才处');
  });

  it('English key terms match as words, case folded: Incubators, makerspace', () => {
    assert.equal(first('Business Incubators'), '科技创业处');
    assert.equal(first('where is the makerspace'), '科技创业处');
  });

  it('English words match the English names of divisions', () => {
    assert.equal(first('high technology division'), '高新技术处');
  });

  it('a one-character query still works: 才 finds 科技人才处', () => {
    assert.equal(first('才'), '科技人才处');
  });

  it('a matched duty is shown with its citation and counts for the divisions it names', () => {
    const [top] = createLookup(REGULATION).search('孵化器发展');
    assert.equal(top!.division.name, '科技创业处');
    assert.equal(top!.duty?.citation, '第三条(一)');
    assert.deepEqual(
      top!.duty!.highlights.map(([s, e]) => top!.duty!.text.slice(s, e)),
      ['孵化器发展'],
    );
  });

  it('lists as clauses only the division’s own responsibilities, never a duty', () => {
    for (const result of createLookup([REGULATION, TRADITIONAL]).search('科技企业孵化器、科技人才')) {
      for (const clause of result.clauses) assert.ok(clause.id.startsWith(`${result.division.id}__clause_`), clause.id);
    }
  });

  it('a duty without divisions names nobody', () => {
    const results = createLookup(REGULATION).search('科学技术奖');
    assert.ok(results.every((r) => r.duty === undefined));
  });

  it('several regulations: each result names its agency and regulation', () => {
    const results = createLookup([REGULATION, TRADITIONAL]).search('众创空间');
    assert.deepEqual(
      results.map((r) => [r.division.regulation, r.division.agency]),
      [
        ['example-stb', '示例市科学技术局'],
        ['example-stb-hant', '示例市科學技術局'],
      ],
    );
  });

  it('gives each division once, best first, with the English name', () => {
    const results = createLookup(REGULATION).search('科技企业');
    assert.ok(names(results).includes('高新技术处') && names(results).includes('科技创业处'), names(results).join());
    assert.equal(new Set(names(results)).size, results.length);
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1]!.score >= results[i]!.score);
    assert.equal(results[0]!.division.nameEn?.official, false);
  });

  it('a clause that holds the typed phrase whole ranks above clauses that only share its words', () => {
    const clause = (division: number, n: number, text: string) => ({
      id: `sec_divisions__point_${division}__clause_${n}`,
      citation: `内设机构(${division})第${n}句`,
      text,
    });
    const division = (n: number, name: string, texts: string[]) => ({
      ...REGULATION.divisions[0]!,
      id: `sec_divisions__point_${n}`,
      number: n,
      name,
      nameEn: undefined,
      citation: `内设机构(${n})`,
      responsibilities: texts.map((text, i) => clause(n, i + 1, text)),
    });
    const regulation: Regulation = {
      ...REGULATION,
      duties: [],
      search: undefined,
      divisions: [
        // Short clauses with the phrase's words apart: BM25 alone puts this division first.
        division(1, '政策法规处', ['组织拟订全市科技发展综合性政策', '拟订全市软科学发展规划']),
        division(2, '规划处', ['牵头拟订全市科技发展规划和年度计划并协调实施，提出科技资源合理配置的政策措施建议']),
      ],
    };
    assert.equal(first('全市科技发展规划', regulation), '规划处');
    // A division's own name typed whole is that division, even where a clause of another mentions it.
    const named: Regulation = {
      ...regulation,
      divisions: [
        division(1, '办公室', ['负责文电', '协调政策法规科做好全市科技发展规划衔接工作']),
        division(2, '政策法规科', ['负责法规审查']),
      ],
    };
    assert.equal(first('政策法规科', named), '政策法规科');
    // A phrase that no clause holds whole changes nothing.
    assert.equal(first('科技政策', regulation), '政策法规处');
  });

  it('limit caps the list, and 0 gives none', () => {
    const lookup = createLookup(REGULATION);
    assert.equal(lookup.search('科技', { limit: 1 }).length, 1);
    assert.equal(lookup.search('科技', { limit: 0 }).length, 0);
    assert.equal(lookup.search('科技', { limit: Number.NaN }).length, 3);
  });

  it('any limit gives the first results of the whole ranking: best first, ties in the data’s order', () => {
    // 90 divisions whose clauses mix six phrases, several of them word for word alike (ties).
    const phrases = ['科技企业孵化器', '众创空间', '科技人才', '技术市场', '科技成果转化', '孵化培育'];
    const divisions = Array.from({ length: 90 }, (_, i) => ({
      id: `sec_divisions__point_${i + 1}`,
      number: i + 1,
      name: `第${i + 1}处`,
      citation: `内设机构(${i + 1})`,
      alsoKnownAs: [],
      coLocated: [],
      responsibilities: [phrases[i % 6]!, phrases[(i * 7) % 5]!].slice(0, 1 + (i % 2)).map((text, k) => ({
        id: `sec_divisions__point_${i + 1}__clause_${k + 1}`,
        citation: `内设机构(${i + 1})第${k + 1}句`,
        text: `负责${text}工作`,
      })),
    }));
    const lookup = createLookup({ ...REGULATION, duties: [], divisions });
    const order = (r: LookupResult): number => divisions.findIndex((d) => d.id === r.division.id);
    for (const query of ['孵化器', '科技', '科技人才', '众创空间孵化', '工作']) {
      const all = lookup.search(query, { limit: 100 });
      const found = divisions.filter((d) =>
        d.responsibilities.some((c) => [...query].some((ch) => c.text.includes(ch))),
      );
      assert.ok(all.length > 10 && all.length <= found.length, query);
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1]!, all[i]!];
        assert.ok(a.score > b.score || (a.score === b.score && order(a) < order(b)), `${query}: ${i}`);
      }
      for (const limit of [1, 2, 3, 5, 10, 37]) assert.deepEqual(lookup.search(query, { limit }), all.slice(0, limit));
    }
  });

  it('a query that names nothing in the data gives an empty list', () => {
    const lookup = createLookup(REGULATION);
    for (const query of ['', '   ', '天气预报', 'blockchain', '？！。'])
      assert.deepEqual(lookup.search(query), [], query);
  });
});

describe('createLookup on any input', () => {
  const lookup = createLookup([REGULATION, TRADITIONAL]);
  const safe = (query: unknown): void => {
    const results = lookup.search(query as string);
    assert.ok(Array.isArray(results));
  };

  it('an empty query, 10,000 characters, emoji, regex metacharacters, control characters and lone surrogates give a list', () => {
    for (const query of [
      '',
      '孵'.repeat(10_000),
      'a'.repeat(10_000),
      '孵化器'.repeat(3_000),
      '🚀🇨🇳👩‍🔬',
      '.*+?^${}()|[]\\/',
      '\u0000\u0001\u0007\u001b[31m\u200b\ufeff',
      '\ud800孵\udc00化\udbff器',
      'fhq'.repeat(100),
      'zhongchuang'.repeat(50),
    ]) {
      safe(query);
    }
  });

  it('a value that is not a string gives an empty list', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('q')])
      assert.deepEqual(lookup.search(value as string), []);
  });

  it('any string gives a list of distinct divisions whose highlights lie within their text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 50 })),
        (query) => {
          const results = lookup.search(query, { limit: 5 });
          assert.ok(results.length <= 5);
          assert.equal(new Set(results.map((r) => `${r.division.regulation}/${r.division.id}`)).size, results.length);
          for (const r of results) {
            for (const c of r.clauses) assert.ok(c.id.startsWith(`${r.division.id}__clause_`));
            for (const m of [...r.clauses, ...(r.duty ? [r.duty] : [])]) {
              for (const [s, e] of m.highlights) assert.ok(s >= 0 && s < e && e <= m.text.length);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
