/**
 * Lookup quality on the bundled Dalian dataset, as built (`pnpm build` writes @sanding/datasets' dist):
 * the realistic citizen queries of fixtures/queries.dalian-stb.json, in every form, against
 * the data in both scripts.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createLookup, type Regulation } from '../src/index.js';

interface Query {
  readonly query: string;
  readonly form: 'zh-Hans' | 'zh-Hant' | 'colloquial' | 'abbreviation' | 'pinyin' | 'en';
  /** The expected division's Traditional name. */
  readonly expected: string;
  readonly why: string;
}

/** A query set of fixtures/. */
function readQueries(file: string): Query[] {
  return JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as Query[];
}

const queries = readQueries('queries.dalian-stb.json');

function dataset(script: 'zh-Hant' | 'zh-Hans'): Regulation {
  const url = new URL(`../../datasets/dist/dalian-stb/${script}.json`, import.meta.url);
  assert.ok(existsSync(url), `${url.pathname} is missing: run pnpm build first`);
  return JSON.parse(readFileSync(url, 'utf8')) as Regulation;
}

describe('the Dalian query set', () => {
  it('has at least 80 queries, across all 11 divisions and every form', () => {
    const divisions = dataset('zh-Hant').divisions.map((d) => d.name);
    assert.ok(queries.length >= 80);
    assert.deepEqual([...new Set(queries.map((q) => q.expected))].sort(), [...divisions].sort());
    assert.deepEqual([...new Set(queries.map((q) => q.form))].sort(), [
      'abbreviation',
      'colloquial',
      'en',
      'pinyin',
      'zh-Hans',
      'zh-Hant',
    ]);
  });
});

for (const script of ['zh-Hant', 'zh-Hans'] as const) {
  describe(`looking up the ${script} Dalian data`, () => {
    it('puts the expected division first for at least 95% of the queries, and in the top 3 for all', (t) => {
      const traditional = dataset('zh-Hant');
      const regulation = dataset(script);
      const idOf = new Map(traditional.divisions.map((d) => [d.name, d.id]));
      const lookup = createLookup(regulation);
      let top1 = 0;
      const missed: string[] = [];
      const notInTop3: string[] = [];
      for (const q of queries) {
        const results = lookup.search(q.query, { limit: 3 });
        const rank = results.findIndex((r) => r.division.id === idOf.get(q.expected));
        if (rank === 0) top1++;
        else
          missed.push(
            `[${q.form}] ${q.query} → ${results.map((r) => r.division.name).join(', ') || 'nothing'} (want ${q.expected})`,
          );
        if (rank < 0) notInTop3.push(q.query);
      }
      const share = top1 / queries.length;
      t.diagnostic(
        `top-1 ${(share * 100).toFixed(1)}% (${top1}/${queries.length}), top-3 ${(((queries.length - notInTop3.length) / queries.length) * 100).toFixed(1)}%`,
      );
      for (const line of missed) t.diagnostic(`not first: ${line}`);
      assert.ok(share >= 0.95, `top-1 is ${(share * 100).toFixed(1)}%:\n${missed.join('\n')}`);
      assert.deepEqual(notInTop3, []);
    });

    it('typing 孵化器 puts 科技創業處 first and highlights 孵化器 in its clause', () => {
      const [top] = createLookup(dataset(script)).search('孵化器');
      assert.equal(top?.division.id, 'sec_divisions__point_10');
      const clause = top!.clauses[0]!;
      assert.ok(clause.highlights.some(([s, e]) => clause.text.slice(s, e) === '孵化器'));
    });

    it('a duty the reviewed cross-reference assigns shows with its citation: 科學技術獎 → 第三條（十四）', () => {
      const [top] = createLookup(dataset(script)).search('科学技术奖申报');
      assert.equal(top?.division.id, 'sec_divisions__point_6');
      assert.equal(top?.duty?.id, 'art_3__point_14');
    });
  });
}

/**
 * A second set, fixtures/queries.dalian-stb.fresh.json: 58 queries written in session 6, after the
 * set above was tuned on, in everyday words the data does not use (外籍人才, 校企合作, 档案查询,
 * 来华工作许可). Scored before any change for them: top-1 50/58 on the zh-Hans data and 49/58 on the
 * zh-Hant (top-3 52/58 on each). Then tables/synonyms.json and english-terms.json in
 * @sanding/authoring gained the everyday words their misses showed (外籍, 校企合作, 招聘, 医疗,
 * 来华工作, legal review); the floor below is the score after that, so the set is no longer
 * untouched. In session 8 the ranking learnt to prefer a clause that holds the typed phrase whole
 * (docs/decisions/lookup-engine.md, "Phrase"), which puts 規劃與平台處 first for 全市科技发展规划
 * (it was second, after 政策法規與監督處, whose short clauses hold 全市科技发展 and 规划 apart).
 * 查询 became a filler word like 办理 and 申请, which answers 档案查询 (half of it was unknown, so
 * nothing was returned). Left: on the zh-Hant data, 科技局网络安全 (the Traditional text writes
 * 網路安全, a word the character folding does not equate with 网络安全).
 */
/**
 * For each script: the queries of `name` put the expected division first at least `floor` times.
 * Prints the score and every miss.
 */
function testTopOneFloor(
  name: string,
  queries: readonly Query[],
  floor: Readonly<Record<'zh-Hant' | 'zh-Hans', number>>,
) {
  for (const script of ['zh-Hant', 'zh-Hans'] as const) {
    it(`the ${name} queries put the expected division first at least ${floor[script]} times in ${queries.length} on the ${script} data`, (t) => {
      const idOf = new Map(dataset('zh-Hant').divisions.map((d) => [d.name, d.id]));
      const lookup = createLookup(dataset(script));
      const missed = queries.filter(
        (q) => lookup.search(q.query, { limit: 1 })[0]?.division.id !== idOf.get(q.expected),
      );
      t.diagnostic(`top-1 ${queries.length - missed.length}/${queries.length}`);
      for (const q of missed) t.diagnostic(`not first: [${q.form}] ${q.query} (want ${q.expected})`);
      assert.ok(queries.length - missed.length >= floor[script], missed.map((q) => q.query).join(', '));
    });
  }
}

testTopOneFloor('fresh', readQueries('queries.dalian-stb.fresh.json'), { 'zh-Hans': 58, 'zh-Hant': 57 });

/**
 * A third set, fixtures/queries.dalian-stb.third.json: 60 queries written in session 8 from the
 * regulation text alone, without reading the engine or its tables, and committed (c9b5c7a, "data: a
 * third Dalian query set, written before any search") before the lookup ever ran on them. Everyday
 * zh-Hans (研发投入统计报表, 创客空间, 聘请外籍教师), zh-Hant, a foreign expert's English, pinyin and
 * initials, fragments and longer questions, every division at least four times. Scored untouched:
 * top-1 44/60 on the zh-Hans data and 44/60 on the zh-Hant (top-3 49/60 on each); the misses were
 * mostly everyday words the text does not use (舆情回应, 论文造假, 起诉, 科技进步奖, 外籍教师, 创客空间,
 * licensing). Then the reviewed tables in @sanding/authoring gained those words (创客空间, 科技进步奖,
 * 起诉, 论文造假, 外籍教师, 舆情回应; "government service center", "foreign engineer"), so the set is
 * no longer untouched and the floor below is the score after that. Left (8 a script): questions
 * whose words lead elsewhere (专家 in a farmer's question, 培训 in 出国培训, 企业 in 文化科技企业),
 * 环保科技项目, 软科学课题申报, 企业对接高校科研院所, and an English "annual plan".
 */
testTopOneFloor('third', readQueries('queries.dalian-stb.third.json'), { 'zh-Hans': 53, 'zh-Hant': 53 });

/**
 * A fourth set, fixtures/queries.dalian-stb.fourth.json: 60 queries written in session 9 by a
 * helper from the regulation text alone, without reading the engine or its tables, and committed
 * (6517d07) before the lookup ran on them: every form at least 9 times, every division at least 4.
 * Scored untouched: top-1 42/60 in both scripts (top-3 48/60). The misses were everyday and policy
 * words the text does not use (公文, 网站, 双随机一公开, 科小入库, 双碳, 三农, 一网通办, 双创载体, 新药,
 * 技术发明奖, 科研人才; "law popularization", "joint research with a Korean university", "young
 * scientist"), and pinyin with a word the data lacks (rencai jili butie). Then the reviewed tables in
 * @sanding/authoring gained those words and the engine spells pinyin word by word when the whole
 * does not spell and most words do, so the set is no longer untouched: the floor below is the score
 * after that. Left: a Shanghai company's question about cooperation, which 科技合作 leads to the
 * international division.
 */
testTopOneFloor('fourth', readQueries('queries.dalian-stb.fourth.json'), { 'zh-Hans': 60, 'zh-Hant': 60 });

/**
 * A fifth set, fixtures/queries.dalian-stb.fifth.json: 60 queries written in session 9 by a helper
 * from the regulation text alone, in the words of people who are not officials (a journalist, a
 * retired engineer, a student, a foreign researcher), five with a typo, and committed (1148b4a)
 * before the lookup ran on them. Scored untouched: top-1 31/60 in both scripts (top-3 36/60): most
 * misses were everyday words (记者, 公众号, 署名, 条例, 技先企业, 污染, 余热, 盐碱地, 职务发明, 容缺受理,
 * 一件事一次办, A类人才, 创赛, 专家库, 青拔; other cities for cross-regional cooperation; "visiting
 * professor", "peer review", "explosions", "permit"). The reviewed tables gained them, so the set
 * is no longer untouched: the floor below is the score after that. Left: the two typos (工做证,
 * 浮化器), a student's long complaint whose words are not the data's, "R&D spending figures", and two
 * pinyin queries that other words lead elsewhere.
 */
testTopOneFloor('fifth', readQueries('queries.dalian-stb.fifth.json'), { 'zh-Hans': 57, 'zh-Hant': 57 });

/**
 * A sixth set, fixtures/queries.dalian-stb.sixth.json: 60 queries written in session 9 by a helper
 * from the regulation text alone, as portal users type them: one to three words, mixed scripts and
 * languages (高企 certification), Hong Kong and Taiwan wording (研究操守, 技轉授權, 樂齡科技), English
 * with a learner's slips, pinyin initials; committed (246686c) before the lookup ran on them. Scored
 * untouched: top-1 36/60 in both scripts (top-3 39/60). The reviewed tables gained the words (国自然,
 * 八五普法, 研究操守, 第三方评估, 疫苗, 专利转让, 技术经纪人, 牌照, 好差评, 领军人才, 创新团队, HNTE,
 * "intermediary", "other cities"…; 科研人员 → 科技人才 was tried and dropped: it sent a report of
 * 学术造假 by researchers to the talent division), so the set is no longer untouched: the floor below
 * is the score after that. Left: 科技局 OA系统, 星创备案, 技轉授權 and a young researchers' funding
 * programme.
 */
testTopOneFloor('sixth', readQueries('queries.dalian-stb.sixth.json'), { 'zh-Hans': 56, 'zh-Hant': 56 });

/**
 * A seventh set, fixtures/queries.dalian-stb.seventh.json: 60 queries written in session 9 by a
 * helper from the regulation text alone, in the words of a chemical company, a shipyard, a seed
 * company, a hospital, a returning PhD, a Japanese investor… (中试放大, 投贷联动, 帮办代办, 国科奖,
 * CCUS, NSFC), committed (dc090ee) before the lookup ran on them. Scored untouched: top-1 37/60 in
 * both scripts (top-3 48/60). The reviewed tables gained the trade words, so the set is no longer
 * untouched: the floor below is the score after that. Left: an engineers' course in Norway, a
 * decision-advice panel in English, two pinyin questions and queries whose other words lead
 * elsewhere.
 */
testTopOneFloor('seventh', readQueries('queries.dalian-stb.seventh.json'), { 'zh-Hans': 54, 'zh-Hant': 54 });

/**
 * An eighth set, fixtures/queries.dalian-stb.eighth.json: 60 queries written in session 10 by a
 * helper from the regulation text alone, in the words of shop owners, lab managers, co-operatives,
 * volunteers, a Taiwanese investor (育成中心, 訴願, 技轉), journalists and students, committed
 * (d61fd5d) before the lookup ran on them; the general office's expected name was then written as
 * the data writes it (e3ef350, no query changed). Scored untouched: top-1 49/60 in both scripts
 * (top-3 53/60). Two misses were long colloquial questions with one alias of three characters
 * (科技奖), which the engine now accepts; the others were words the data does not use (网安, 官网,
 * 审批大厅, 育成中心, 訴願, 技轉, 农技专家, 贷款, "share", "equipment"), which the reviewed tables gained,
 * so the set is no longer untouched: the floor below is the score after that. Left: soft-science
 * topics in pinyin, which 申报 leads to the awards division, and 窗口 (a contact, not the service
 * window) in a Taiwanese question.
 */
testTopOneFloor('eighth', readQueries('queries.dalian-stb.eighth.json'), { 'zh-Hans': 59, 'zh-Hant': 59 });

/**
 * A ninth set, fixtures/queries.dalian-stb.ninth.json: 60 queries written in session 10 by a helper
 * from the regulation text alone, in the words of an HR manager hiring foreigners, a venture
 * capitalist, a patent agent, a lawyer, an elderly inventor, a science teacher (星海友谊奖, 高企,
 * VOCs, 資訊公開), committed (25d7609) before the lookup ran on them. Scored untouched:
 * top-1 50/60 in both scripts (top-3 56/60). Half of the misses were pinyin: kejiju spelt 科技奖
 * (an initial inside a syllable), which the speller no longer does (docs/decisions/lookup-engine.md,
 * "Syllables"); the others were words (資訊公開, 對接窗口 read as the service window, wastewater,
 * one-stop), which the reviewed tables gained (窗口 alone no longer leads to the approvals office),
 * so the set is no longer untouched: the floor below is the score after that. Left: a long pinyin
 * sentence about paired assistance, a question about an award asked with 怎么报 in pinyin, and an
 * inventor's question with a typo (专力) that shares too few characters with the data.
 */
testTopOneFloor('ninth', readQueries('queries.dalian-stb.ninth.json'), { 'zh-Hans': 56, 'zh-Hant': 56 });

/**
 * A tenth set, fixtures/queries.dalian-stb.tenth.json: 60 queries written in session 10 by a helper
 * from the regulation text alone, a third of them very short, in the words of a biotech founder, a
 * shipyard's R&D director, a Korean researcher, a tech-transfer officer, a district official and a
 * retired cadre (R&D统计报表, 省自科基金, 星海友谊奖, 人才資料庫), committed (15093c4) before the lookup ran
 * on them. Scored untouched: top-1 51/60 in both scripts (top-3 55/60); the misses were words the
 * data does not use. The reviewed tables gained 统计报表, 自科基金, 农业专家 and 友谊奖, so the set is no
 * longer untouched: the floor below is the score after that. Left: 人才資料庫 (the search aids'
 * budget had no room for it), a typo (农科圆), a technology development contract that 开发 leads to
 * the high-tech division, "science park coordination" and a pinyin question about review experts.
 */
testTopOneFloor('tenth', readQueries('queries.dalian-stb.tenth.json'), { 'zh-Hans': 55, 'zh-Hant': 55 });

/**
 * An eleventh set, fixtures/queries.dalian-stb.eleventh.json: 60 queries written in session 15 by a
 * helper from the regulation text alone (it read neither the fixtures, nor the engine, nor the
 * reviewed tables), every division at least four times: 20 everyday zh-Hans, 10 zh-Hant, 10
 * colloquial questions, 6 abbreviations or everyday words (科小, R字签证, 国科奖), 7 pinyin and 7
 * English. Scored untouched: top-1 59/60 in both scripts (top-3 60/60), with the tables as they are
 * and with three more synonyms tried that session (no change; they went over the search aids'
 * budget and were left out). The miss: a question about applying for national and provincial
 * science plans (规划与平台处) puts 成果转化与科技奖励处 first, whose clause on applying for national and
 * provincial awards shares 申报, 国家, 省 and 项目 with it. No change was made for the set.
 */
testTopOneFloor('eleventh', readQueries('queries.dalian-stb.eleventh.json'), { 'zh-Hans': 59, 'zh-Hant': 59 });

describe('Latin words that are neither English terms nor pinyin', () => {
  const lookup = createLookup(dataset('zh-Hans'));

  for (const query of ['passport', 'xyzzy', 'qqq']) {
    it(`typing ${query} finds nothing, so the no-match state shows`, () => {
      assert.deepEqual(lookup.search(query), []);
    });
  }

  it('initials alone spell key terms (fhq → 孵化器), not any run of the text', () => {
    assert.equal(lookup.search('fhq')[0]?.division.name, '科技创业处');
    assert.equal(lookup.search('kjrc')[0]?.division.name, '科技人才处');
    // q, s and x are the initials of many runs of the text (其实施…); none is a key term.
    assert.deepEqual(lookup.search('qsx'), []);
  });

  it('a word that is all syllables is spelt syllable by syllable: kejiju is 科技 + ju, never 科技 + the initial j of 奖', () => {
    // 科技奖 would lead to the awards division; the retirees' question is the general office's.
    assert.equal(lookup.search('kejiju tuixiu laoganbu huodong')[0]?.division.name, '机关党委办公室');
    assert.notEqual(lookup.search('kejiju')[0]?.division.name, '成果转化与科技奖励处');
    assert.equal(lookup.search('fhq')[0]?.division.name, '科技创业处');
  });

  it('pinyin with a word the data lacks is spelt word by word when most words spell; not when most do not', () => {
    assert.equal(lookup.search('rencai jili butie')[0]?.division.name, '科技人才处');
    assert.equal(lookup.search('fuhuaqi xyzzy')[0], undefined);
    assert.deepEqual(lookup.search('xyzzy qqq rencai'), []);
  });

  for (const query of ['zzzz', 'zz', 'zzz', 'zzzzzz']) {
    it(`typing ${query} finds nothing: initials spell a whole term, not runs of the text (自主, 政执)`, () => {
      assert.deepEqual(lookup.search(query), []);
    });
  }
});

describe('Chinese that means nothing to the data', () => {
  const lookup = createLookup(dataset('zh-Hans'));

  for (const query of [
    '不存在的事项',
    '的',
    '是',
    '不',
    '是不是',
    '我的',
    '你们的',
    '这是什么',
    '天气预报',
    '随便看看',
  ]) {
    it(`typing ${query} finds nothing, so the no-match state shows`, () => {
      assert.deepEqual(lookup.search(query), []);
    });
  }

  it('a term of the data inside an unknown question does not answer it: 不存在的事项 finds nothing, 事项 finds 行政审批办公室', () => {
    assert.deepEqual(lookup.search('不存在的事项'), []);
    assert.deepEqual(createLookup(dataset('zh-Hant')).search('不存在的事項'), []);
    assert.equal(lookup.search('事项')[0]?.division.name, '行政审批办公室');
  });

  it('a long question answers on a term of three characters it holds, though most of it is not the data', () => {
    // 科技奖 (an alias of 科学技术奖) is three of the question's characters; 事项 above is two.
    assert.equal(lookup.search('省里那个科技奖今年啥时候开始报啊')[0]?.division.name, '成果转化与科技奖励处');
    assert.equal(
      createLookup(dataset('zh-Hant')).search('省裡那個科技獎今年啥時候開始報啊')[0]?.division.name,
      '成果轉化與科技獎勵處',
    );
    assert.deepEqual(lookup.search('今天的事项怎么样了'), []);
  });

  it('function characters around a term leave it found: 我的孵化器 finds 科技创业处', () => {
    assert.equal(lookup.search('我的孵化器')[0]?.division.name, '科技创业处');
    assert.equal(lookup.search('是不是孵化器')[0]?.division.name, '科技创业处');
  });
});
