/**
 * What a person sees when their text is incomplete or malformed: the diagnostics, where they
 * point, and that nothing is lost. Also the options and the programmer errors.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { Provision } from '../src/model/types.js';
import { parseRegulation, type Diagnostic } from '../src/parser/index.js';
import { validateRegulation } from '../src/validate/index.js';

const HEAD = [
  '示例市测试局',
  '示例市测试局是示例市人民政府工作部门。',
  '第一条 根据《示例通知》（示厅发〔2019〕1号），制定本规定。',
  '第二条 示例市测试局是市政府工作部门，为正处级。',
  '第三条 示例市测试局的主要职责是：',
];
const DUTIES = ['（一）拟订全市测试政策。', '（二）组织实施测试工作。', '（三）完成市委交办的其他任务。'];
const DIVISIONS_HEADER = '第四条 示例市测试局设下列内设机构：';
const DIVISIONS = ['（一）办公室。负责机关日常运转工作；负责信访工作。', '（二）测试处。拟订测试规划。'];
const LEADER = '局长：陈示一。';

/** A small Simplified regulation, with its parts replaceable. */
function regulationText({ duties = DUTIES, divisions = DIVISIONS, tail = [LEADER] } = {}): string {
  return [...HEAD, ...duties, DIVISIONS_HEADER, ...divisions, ...tail].join('\n');
}

/** The line number (1-based) of the first line that starts with `start`. */
function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((line) => line.trimStart().startsWith(start)) + 1;
}

function only(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** The names of the divisions the parser reads in `text`. */
function divisionNames(text: string): string[] {
  return parseRegulation(text).regulation.divisions.map((d) => d.name);
}

function allProvisions(provisions: readonly Provision[]): Provision[] {
  return provisions.flatMap((p) => [p, ...allProvisions(p.children)]);
}

describe('a well-formed text', () => {
  test('gives no diagnostics at all', () => {
    const { regulation, diagnostics } = parseRegulation(regulationText());
    assert.deepEqual(diagnostics, []);
    assert.equal(regulation.duties.length, 3);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '测试处'],
    );
    assert.deepEqual(
      regulation.divisions[0]?.responsibilities.map((c) => c.text),
      ['负责机关日常运转工作', '负责信访工作'],
    );
  });
});

describe('diagnostics for malformed text', () => {
  test('duties (一)(二)(四) warn item-number-gap at (四)', () => {
    const text = regulationText({ duties: [DUTIES[0] ?? '', DUTIES[1] ?? '', '（四）完成其他任务。'] });
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(only(diagnostics, 'item-number-gap'), [
      {
        severity: 'warning',
        code: 'item-number-gap',
        message: 'Item （四） follows （二）: （三） is missing.',
        line: lineOf(text, '（四）'),
        column: 1,
      },
    ]);
    assert.deepEqual(
      regulation.duties.map((d) => d.number),
      [1, 2, 4],
    );
  });

  test('the column of a numbering warning counts the indentation before the label', () => {
    const text = regulationText({ duties: [DUTIES[0] ?? '', '\u3000\u3000（三）完成其他任务。'] });
    const [gap] = only(parseRegulation(text).diagnostics, 'item-number-gap');
    assert.equal(gap?.line, lineOf(text, '（三）'));
    assert.equal(gap?.column, 3);
  });

  test('(二) after (三) warns item-number-order', () => {
    const text = regulationText({ duties: [DUTIES[0] ?? '', '（三）组织实施。', '（二）完成其他任务。'] });
    const diagnostics = only(parseRegulation(text).diagnostics, 'item-number-order');
    assert.deepEqual(
      diagnostics.map((d) => [d.line, d.column]),
      [[lineOf(text, '（二）'), 1]],
    );
  });

  test('a text with no duties is an error, no-duties; its divisions are still read', () => {
    const text = [...HEAD.slice(0, 4), DIVISIONS_HEADER, ...DIVISIONS, LEADER].join('\n');
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
      ['no-duties'],
    );
    assert.equal(regulation.divisions.length, 2);
    assert.ok(validateRegulation(regulation).ok);
  });

  test('an empty text gives a valid placeholder regulation, an unnamed agency and errors for what is missing', () => {
    for (const text of ['', '\n\n', '\uFEFF', '   \u3000 ']) {
      const { regulation, diagnostics } = parseRegulation(text, { id: 'empty-text' });
      assert.ok(validateRegulation(regulation).ok);
      assert.equal(regulation.title, 'empty-text');
      assert.equal(regulation.agency.name, null);
      assert.deepEqual(
        [regulation.articles, regulation.duties, regulation.divisions, regulation.leaders],
        [[], [], [], []],
      );
      assert.equal(regulation.basis, null);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(
        errors.map((d) => d.code),
        ['no-agency', 'no-duties', 'no-divisions'],
      );
      assert.deepEqual(
        diagnostics.filter((d) => d.code === 'no-title').map((d) => d.severity),
        ['warning'],
      );
      assert.ok(errors.every((d) => d.line === 1 && d.column === 1));
    }
  });

  test('a division list that names no agency leaves its name null, never the parse id, with an error', () => {
    const text = '（一）办公室。负责机关日常运转。\n（二）规划财务科。负责预算。\n';
    const { regulation, diagnostics } = parseRegulation(text, { id: 'civil-affairs' });
    assert.equal(regulation.agency.name, null);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '规划财务科'],
    );
    const noAgency = diagnostics.find((d) => d.code === 'no-agency');
    assert.deepEqual(noAgency && [noAgency.severity, noAgency.line, noAgency.column], ['error', 1, 1]);
    assert.ok(validateRegulation(regulation).ok);
  });

  test('without an id, the placeholder title is "regulation"', () => {
    assert.equal(parseRegulation('').regulation.title, 'regulation');
    assert.equal(parseRegulation('').regulation.id, 'regulation');
  });

  test('duplicate division names warn duplicate-division at the second one', () => {
    const text = regulationText({ divisions: [...DIVISIONS, '（三）办公室。负责档案工作。'] });
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      only(diagnostics, 'duplicate-division').map((d) => [d.line, d.column]),
      [[lineOf(text, '（三）办公室'), 4]],
    );
    assert.equal(regulation.divisions.length, 3);
  });

  test('an unrecognised line is kept in the structure and warned about', () => {
    const text = regulationText({ duties: [DUTIES[0] ?? '', '注：本条仅供测试', ...DUTIES.slice(1)] });
    const { regulation, diagnostics } = parseRegulation(text);
    const line = lineOf(text, '注：');
    assert.deepEqual(
      only(diagnostics, 'unrecognized-line').map((d) => [d.line, d.column]),
      [[line, 1]],
    );
    const kept = allProvisions(regulation.articles).find((p) => p.text === '注：本条仅供测试');
    assert.equal(kept?.line, line);
    assert.equal(kept?.kind, 'paragraph');
  });

  test('text after the leader lines is kept as a paragraph and warned about', () => {
    const text = regulationText({ tail: [LEADER, '（完）'] });
    const { regulation, diagnostics } = parseRegulation(text);
    assert.equal(only(diagnostics, 'unrecognized-line')[0]?.line, lineOf(text, '（完）'));
    assert.equal(regulation.articles[regulation.articles.length - 1]?.text, '（完）');
  });

  test('发 for 的 in the opening sentence warns typo-suspected at its column, and the text is kept', () => {
    const text = regulationText().replace('人民政府工作部门', '人民政府发工作部门');
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      only(diagnostics, 'typo-suspected').map((d) => [d.line, d.column]),
      [[2, 15]],
    );
    assert.equal(text.split('\n')[1]?.charAt(14), '发');
    assert.equal(regulation.agency.parent, '示例市人民政府');
    assert.equal(regulation.articles[0]?.text, '示例市测试局是示例市人民政府发工作部门。');
  });

  test('a bracket never closed in a division warns unbalanced-brackets at the bracket', () => {
    const text = regulationText({ divisions: ['（一）办公室。负责文电（含机要。负责信访工作。', DIVISIONS[1] ?? ''] });
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      only(diagnostics, 'unbalanced-brackets').map((d) => [d.line, d.column]),
      [[lineOf(text, '（一）办公室'), 12]],
    );
    assert.equal(regulation.divisions[0]?.responsibilities.length, 1);
  });

  test('a 合署办公 sentence that names no listed division warns co-location-unresolved', () => {
    const text = regulationText({ divisions: [...DIVISIONS, '甲单位与乙单位合署办公。'] });
    const { diagnostics } = parseRegulation(text);
    assert.deepEqual(
      only(diagnostics, 'co-location-unresolved').map((d) => [d.line, d.column]),
      [[lineOf(text, '甲单位'), 1]],
    );
  });

  test('a text that cites no 《…》 warns no-basis and has a null basis', () => {
    const text = regulationText().replace('根据《示例通知》（示厅发〔2019〕1号），', '');
    const { regulation, diagnostics } = parseRegulation(text);
    assert.equal(regulation.basis, null);
    assert.deepEqual(
      only(diagnostics, 'no-basis').map((d) => d.severity),
      ['warning'],
    );
  });

  test('第一条, 第三条 warns article-number-gap at 第三条', () => {
    const text = regulationText()
      .replace('第二条', '第三条')
      .replace('第三条 示例市测试局的', '第四条 示例市测试局的')
      .replace('第四条 示例市测试局设', '第五条 示例市测试局设');
    const { diagnostics } = parseRegulation(text);
    assert.deepEqual(
      only(diagnostics, 'article-number-gap').map((d) => [d.line, d.column]),
      [[4, 1]],
    );
  });

  test('a duty with no text warns empty-item and is left out of the duties', () => {
    const text = regulationText({ duties: [DUTIES[0] ?? '', '（二）', '', '（三）组织实施。'] }).replace(
      '（三）组织实施。',
      '（三）完成其他任务。',
    );
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      only(diagnostics, 'empty-item').map((d) => d.line),
      [lineOf(text, '（二）')],
    );
    assert.deepEqual(
      regulation.duties.map((d) => d.number),
      [1, 3],
    );
  });
});

describe('reading variations', () => {
  test('a division list restarting at (一) without a header becomes the 内设机构 section', () => {
    const text = [...HEAD, ...DUTIES, ...DIVISIONS, LEADER].join('\n');
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(
      regulation.divisions.map((d) => [d.id, d.citation]),
      [
        ['sec_divisions__point_1', '内设机构(一)'],
        ['sec_divisions__point_2', '内设机构(二)'],
      ],
    );
    assert.deepEqual(regulation.provenance.absentHeaders, ['第四条']);
  });

  test('a division name ending in a colon, or in a full-width space, is read without it', () => {
    const text = regulationText({ divisions: ['（一）办公室：负责文电工作。', '（二）测试处\u3000拟订测试规划。'] });
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '测试处'],
    );
    assert.deepEqual(
      regulation.divisions.map((d) => d.responsibilities.map((c) => c.text)),
      [['负责文电工作'], ['拟订测试规划']],
    );
  });

  test('A与B合署办公 between two listed divisions co-locates each with the other', () => {
    const text = regulationText({ divisions: [...DIVISIONS, '办公室与测试处合署办公。'] });
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.coLocated),
      [['测试处'], ['办公室']],
    );
  });

  test('a leader line with several titles and names gives one leader per name, titles as written', () => {
    const text = regulationText({ tail: ['局长、党组书记：陈示一。', '副局长：李示四、王示五'] });
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.leaders.map((l) => [l.title, l.name, l.source.locator]),
      [
        ['局长、党组书记', '陈示一', `line ${lineOf(text, '局长、')}`],
        ['副局长', '李示四', `line ${lineOf(text, '副局长')}`],
        ['副局长', '王示五', `line ${lineOf(text, '副局长')}`],
      ],
    );
    assert.ok(regulation.leaders.every((l) => l.asOf === null && l.source.title === '示例市测试局'));
  });

  test('staffing written with Chinese numerals is read', () => {
    const text = regulationText({
      tail: ['第五条 示例市测试局机关行政编制为二十名。设局长一名、副局长两名。', LEADER],
    });
    const { regulation } = parseRegulation(text);
    assert.deepEqual(regulation.staffing, {
      administrativePosts: 20,
      leadershipPosts: [
        { title: '局长', count: 1 },
        { title: '副局长', count: 2 },
      ],
      citation: '第五条',
      text: '示例市测试局机关行政编制为二十名。设局长一名、副局长两名。',
    });
  });

  test('the script is detected from the characters, and the lang option overrides it', () => {
    assert.equal(parseRegulation(regulationText()).regulation.lang, 'zh-Hans');
    assert.equal(parseRegulation('第三條 規定').regulation.lang, 'zh-Hant');
    const forced = parseRegulation([...HEAD, ...DUTIES, ...DIVISIONS].join('\n'), { lang: 'zh-Hant' });
    assert.equal(forced.regulation.lang, 'zh-Hant');
    assert.equal(forced.regulation.divisions[0]?.citation, '內設機構(一)');
  });
});

describe('options and programmer errors', () => {
  test('id, retrieved and sourceFile go into the regulation', () => {
    const { regulation } = parseRegulation(regulationText(), {
      id: 'test-bureau',
      retrieved: '2024-05-01',
      sourceFile: 'source.zh-Hans.txt',
    });
    assert.equal(regulation.id, 'test-bureau');
    assert.equal(regulation.provenance.retrieved, '2024-05-01');
    assert.deepEqual(regulation.provenance.source, {
      title: '示例市测试局',
      kind: 'other',
      file: 'source.zh-Hans.txt',
    });
    assert.ok(validateRegulation(regulation).ok);
  });

  test('a non-string text or a malformed option throws a TypeError', () => {
    const parse = parseRegulation as (text: unknown, options?: unknown) => unknown;
    assert.throws(() => parse(undefined), TypeError);
    assert.throws(() => parse(42), TypeError);
    assert.throws(() => parse('', null), TypeError);
    assert.throws(() => parse('', { id: 'Not A Slug' }), TypeError);
    assert.throws(() => parse('', { lang: 'en' }), TypeError);
    assert.throws(() => parse('', { retrieved: '2024-13-01' }), TypeError);
    assert.throws(() => parse('', { sourceFile: 3 }), TypeError);
  });
});

describe('items numbered alike', () => {
  test('gives each division its own id, and warns at the repeated number', () => {
    const text = [
      '示例市测试局',
      '第一条 根据《示例》（示发〔2019〕1号），制定本规定。',
      '第三条 示例市测试局的主要职责是：',
      '（一）职责一。',
      '第四条 示例市测试局设下列内设机构：',
      '（一）办公室。负责文电。',
      '（二）科技处。负责科技。',
      '（二）人事处。负责人事。',
      '局长：张三。',
    ].join('\n');
    const { regulation, diagnostics } = parseRegulation(text, { id: 'test' });
    assert.deepEqual(
      regulation.divisions.map((d) => d.id),
      ['art_4__point_1', 'art_4__point_2', 'art_4__point_2b'],
    );
    assert.equal(regulation.divisions[2]!.responsibilities[0]!.id, 'art_4__point_2b__clause_1');
    assert.ok(diagnostics.some((d) => d.code === 'item-number-order' && d.line === 8 && d.column === 1));
  });
});

describe('summaries that report a regulation', () => {
  test('a division list in a sentence ending …等N个 gives its names, without 等, and the declared count', () => {
    const text = '据悉，某市审计局内设机构有：办公室、法规科、财政审计科、经济责任审计科等7个科室。\n';
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '法规科', '财政审计科', '经济责任审计科'],
    );
    assert.equal(regulation.declaredDivisionCount, 7);
  });

  test('the regulation named in 《》 names the agency, before a headline’s short form', () => {
    const text =
      '某省市场监管局“三定方案”：内设20个处室\n某省市场监督管理局日前公布了《某省市场监督管理局职能配置、内设机构和人员编制规定》。\n';
    assert.equal(parseRegulation(text).regulation.agency.name, '某省市场监督管理局');
  });
});

describe('the 2008–2010 template', () => {
  test('an unnumbered 职责调整 paragraph is a transfer, not a duty, and not reported as unplaced', () => {
    const text = [
      '示例市统计局主要职责内设机构和人员编制规定',
      '一、职责调整',
      '取消已由市人民政府公布取消的行政审批事项。加强统计数据质量管理职责。',
      '二、主要职责',
      '（一）贯彻执行统计工作的方针政策。',
      '（二）组织实施统计调查。',
      '',
    ].join('\n');
    const { regulation, diagnostics, coverage } = parseRegulation(text);
    assert.equal(regulation.duties.length, 2);
    assert.deepEqual(
      regulation.dutyAdjustments?.map((a) => [a.number, a.citation, a.text]),
      [[1, '职责调整', '取消已由市人民政府公布取消的行政审批事项。加强统计数据质量管理职责。']],
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.line === 3).map((d) => d.code),
      [],
    );
    assert.ok(coverage.unplaced.every((u) => u.line !== 3));
    assert.ok(validateRegulation(regulation).ok);
  });
});

describe('layouts the session-5 holdout showed, in other agencies’ wording', () => {
  test('a 2018 national bureau named only as 国家局 in 第二条 is the agency, in both scripts', () => {
    const hans = ['第一条 根据《示例方案》，制定本规定。', '第二条 国家示例测绘局是示例部管理的国家局，为副部级。'];
    const hant = ['第一條 根據《範例方案》，制定本規定。', '第二條 國家範例測繪局是範例部管理的國家局，為副部級。'];
    const simplified = parseRegulation(hans.join('\n')).regulation.agency;
    assert.deepEqual([simplified.name, simplified.kind, simplified.rank], ['国家示例测绘局', '国家局', '副部级']);
    assert.equal(parseRegulation(hant.join('\n')).regulation.agency.name, '國家範例測繪局');
  });

  test('the 2018 duties opener X贯彻落实党中央关于… names the agency as written, in both scripts', () => {
    const opener = (subject: string, hant: boolean): string =>
      hant
        ? `${subject}貫徹落實黨中央關於衛生健康工作的方針政策和決策部署，在履行職責過程中堅持和加強黨的領導。主要職責是：\n（一）擬訂全區衛生健康政策。`
        : `${subject}贯彻落实党中央关于卫生健康工作的方针政策和决策部署，在履行职责过程中坚持和加强党的领导。主要职责是：\n（一）拟订全区卫生健康政策。`;
    assert.equal(parseRegulation(opener('区卫生健康局', false)).regulation.agency.name, '区卫生健康局');
    assert.equal(parseRegulation(opener('區衛生健康局', true)).regulation.agency.name, '區衛生健康局');
    const local = '县农业农村局贯彻落实省委关于“三农”工作的决策部署。主要职责是：\n（一）拟订全县农业政策。';
    assert.equal(parseRegulation(local).regulation.agency.name, '县农业农村局');
    // Without a subject the opener names nothing.
    const bare = '主要职责是：\n（一）贯彻落实党中央关于统计工作的方针政策。';
    assert.equal(parseRegulation(bare).regulation.agency.name, null);
  });

  test('a division whose name runs straight into 负责 or 承担 is split there, numbered or not', () => {
    const text = regulationText({
      divisions: [...DIVISIONS, '（三）法规科负责合法性审查工作。', '离退休人员服务处承担机关离退休人员的服务工作。'],
    });
    const { divisions } = parseRegulation(text).regulation;
    assert.deepEqual(
      divisions.map((d) => [d.name, d.unnumbered === true, d.responsibilities.map((c) => c.text)]),
      [
        ['办公室', false, ['负责机关日常运转工作', '负责信访工作']],
        ['测试处', false, ['拟订测试规划']],
        ['法规科', false, ['负责合法性审查工作']],
        ['离退休人员服务处', true, ['承担机关离退休人员的服务工作']],
      ],
    );
  });

  test('a leader post whose note is cut off by the end of the text is kept, with a warning at the bracket', () => {
    const staffing =
      '第五条 示例市统计局机关行政编制30名。设局长1名，副局长2名；正科级领导职数8名（含总统计师1名、机关';
    const text = regulationText({ tail: [staffing] });
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      regulation.staffing?.leadershipPosts.map((p) => [p.title, p.count]),
      [
        ['局长', 1],
        ['副局长', 2],
        ['正科级', 8],
      ],
    );
    const line = lineOf(text, '第五条');
    const bracket = staffing.indexOf('（') + 1;
    assert.ok(only(diagnostics, 'unbalanced-brackets').some((d) => d.line === line && d.column === bracket));
    assert.ok(only(diagnostics, 'truncated-text').some((d) => d.line === line));
  });

  test('a long post title that ends in a post word is read; one that does not is warned about, never dropped silently', () => {
    const staffing =
      '第五条 示例市市场监督管理局机关行政编制60名。设局长1名，副局长3名；市食品安全委员会办公室主任兼局党组成员1名（正处级），示例市重点工作督导协调岗位2名。';
    const text = regulationText({ tail: [staffing, LEADER] });
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      regulation.staffing?.leadershipPosts.map((p) => [p.title, p.count]),
      [
        ['局长', 1],
        ['副局长', 3],
        ['市食品安全委员会办公室主任兼局党组成员', 1],
      ],
    );
    const warned = only(diagnostics, 'unplaced-line').filter((d) => d.message.includes('督导协调岗位'));
    assert.deepEqual(
      warned.map((d) => [d.line, d.column]),
      [[lineOf(text, '第五条'), staffing.indexOf('示例市重点') + 1]],
    );
  });

  test('a bracket inside a post title is part of the title; a note after the count or before it is not', () => {
    const staffing =
      '第五条 示例县交通运输局机关行政编制20名。其中：局长1名（兼任），法规股（行政审批股）股长1名；副科级领导职数（含总工程师）3名。';
    const { regulation } = parseRegulation(regulationText({ tail: [staffing, LEADER] }));
    assert.deepEqual(
      regulation.staffing?.leadershipPosts.map((p) => [p.title, p.count]),
      [
        ['局长', 1],
        ['法规股（行政审批股）股长', 1],
        ['副科级', 3],
      ],
    );
  });
});

describe('inline division lists joined by 和 or 及', () => {
  test('a last pair joined by 和 or 及 gives two divisions when both are office names, in both scripts', () => {
    assert.deepEqual(divisionNames('示例县审计局\n示例县审计局内设办公室、经济责任审计股和财政审计股。\n'), [
      '办公室',
      '经济责任审计股',
      '财政审计股',
    ]);
    assert.deepEqual(divisionNames('範例縣審計局\n範例縣審計局內設辦公室、經濟責任審計股及財政審計股。\n'), [
      '辦公室',
      '經濟責任審計股',
      '財政審計股',
    ]);
  });

  test('a name with 和 inside it stays whole', () => {
    const text = '示例县工业局\n示例县工业局内设办公室、科技和信息化股。\n';
    assert.deepEqual(divisionNames(text), ['办公室', '科技和信息化股']);
  });
});

describe('layouts the session-6 holdout showed, in other agencies’ wording', () => {
  test('a declared count names the agency before it: X设6个职能科室, X設12個內設機構', () => {
    const hans =
      '（一）负责全县水利工程建设管理。\n根据上述职责，县水利局设6个职能科室。\n（一）办公室。负责机关日常运转。';
    assert.equal(parseRegulation(hans).regulation.agency.name, '县水利局');
    const hant = '（一）負責全區統計調查。\n區統計局設12個內設機構。';
    assert.equal(parseRegulation(hant).regulation.agency.name, '區統計局');
  });

  test('X是根据《…》设立，为…工作部门 names X, with citations between the name and 工作部门', () => {
    const text =
      '某县水务局是根据《某县人民政府机构改革方案》（某字〔2010〕3号）设立（挂某县防汛办公室牌子），为县政府工作部门。';
    assert.equal(parseRegulation(text).regulation.agency.name, '某县水务局');
    // A regulation that says what it is based on names no agency by it.
    assert.equal(parseRegulation('本规定是根据《示例方案》制定的。').regulation.agency.name, null);
  });

  test('a website’s footer after the text is not where the text stops: no truncation', () => {
    const text = regulationText({
      tail: ['第五条 本规定自印发之日起施行。', '本页内容最后更新于2024年3月1日，来源：示例百科'],
    });
    const { regulation, diagnostics } = parseRegulation(text);
    assert.equal(regulation.truncated ?? false, false);
    assert.ok(!diagnostics.some((d) => d.code === 'truncated-text'));
    // A text cut off before such a footer still is.
    const cut = regulationText({ tail: ['第五条 本规定自印发之', '来源：示例百科'] });
    assert.ok(parseRegulation(cut).diagnostics.some((d) => d.code === 'truncated-text'));
  });

  test('a notice title split over two lines gives the notice its title and its issuer', () => {
    const text = [
      '某省人民政府办公厅关于某省统计局职能配置、',
      '内设机构和人员编制规定的通知',
      '某政办发〔2001〕12号',
      '各市人民政府，省政府各厅委：',
      '《某省统计局职能配置、内设机构和人员编制规定》已经省政府批准，现予印发。',
      '二〇〇一年三月五日',
      '某省统计局职能配置、内设机构和人员编制规定',
      '一、主要职责',
      '（一）负责全省统计调查。',
    ].join('\n');
    const { promulgation, agency } = parseRegulation(text).regulation;
    assert.equal(promulgation?.title, '某省人民政府办公厅关于某省统计局职能配置、内设机构和人员编制规定的通知');
    assert.equal(promulgation?.issuer, '某省人民政府办公厅');
    assert.equal(promulgation?.documentNumber, '某政办发〔2001〕12号');
    assert.equal(agency.name, '某省统计局');
  });

  test('a list of names alone on their lines, with no heading and no numbers, gives the divisions', () => {
    const text = [
      '综合科(财务科)',
      '负责机关文电、会务工作；负责财务管理。',
      '水资源管理科',
      '负责水资源统一管理。',
      '农村水利科',
      '负责农田水利建设。',
      '执法监督科(水政',
    ].join('\n');
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => [d.name, d.alsoKnownAs, d.responsibilities.map((c) => c.text), d.unnumbered]),
      [
        ['综合科', ['财务科'], ['负责机关文电、会务工作', '负责财务管理'], true],
        ['水资源管理科', [], ['负责水资源统一管理'], true],
        ['农村水利科', [], ['负责农田水利建设'], true],
        ['执法监督科', [], [], true],
      ],
    );
    // The first line is a division, not the title, nor the agency; its lines are placed.
    assert.equal(regulation.agency.name, null);
    assert.notEqual(regulation.title, '综合科(财务科)');
    assert.ok(!diagnostics.some((d) => d.code === 'unrecognized-line' || d.code === 'no-divisions'));
    assert.ok(validateRegulation(regulation).ok);
    const hant = '財務處\n負責預算管理。\n人事處\n負責幹部管理。\n法規處\n負責合法性審查。';
    assert.deepEqual(divisionNames(hant), ['財務處', '人事處', '法規處']);
  });

  test('two names alone on their lines, or names without their text, are not a list', () => {
    assert.deepEqual(parseRegulation('财务处\n负责预算管理。\n人事处\n负责干部管理。').regulation.divisions, []);
    assert.deepEqual(parseRegulation('财务处\n人事处\n法规处\n负责审查。').regulation.divisions, []);
  });

  test('a duties heading written 职责 or 主要职能, holds the duties', () => {
    const short = '一、概况\n县统计局是县政府工作部门。\n二、职责\n（一）负责统计调查。\n（二）负责统计监督。';
    assert.deepEqual(
      parseRegulation(short).regulation.duties.map((d) => d.text),
      ['负责统计调查。', '负责统计监督。'],
    );
    const functions =
      '機構簡介\n某河道管理局是某委員會的派出機構。\n主要職能\n（一）負責河道巡查。\n（二）負責工程養護。\n（三）承辦上級交辦的工作。';
    assert.equal(parseRegulation(functions).regulation.duties.length, 3);
  });

  test('机关设A、B、C3个股室 lists the divisions inline', () => {
    const text = '某县水利管理所是县水利局的派出机构。\n机关设综合股、工程管理股、财务股3个股室。';
    const { divisions, declaredDivisionCount } = parseRegulation(text).regulation;
    assert.deepEqual(
      divisions.map((d) => d.name),
      ['综合股', '工程管理股', '财务股'],
    );
    // The count is the text's own, read as 设3个科室 is.
    assert.equal(declaredDivisionCount, 3);
  });

  test('X是Y直属的…管理机构 names X; a description before the kind is not taken as the parent', () => {
    const text = '某河管理局是某省水利厅直属的具有行政职能的正科级河道管理机构。';
    const { agency } = parseRegulation(text).regulation;
    assert.deepEqual(
      [agency.name, agency.parent, agency.kind, agency.rank],
      ['某河管理局', null, '管理机构', '正科级'],
    );
    // A plain parent stays: X是市政府工作部门.
    assert.equal(parseRegulation('某市统计局是市政府工作部门。').regulation.agency.parent, '市政府');
  });
});

describe('layouts the session-7 holdout showed, in other agencies’ wording', () => {
  test('a list numbered 1. 2. 3. right under a heading holds its items: the duties under 主要职责', () => {
    const text = [
      '某县气象局',
      '主要职责',
      '1.负责本县气象观测。',
      '2、负责气象灾害预警',
      '和信息发布。',
      '3．承办县政府交办的其他事项。',
      '内设机构',
      '1.办公室。负责机关日常运转。',
      '2.业务科。负责气象业务管理。',
    ].join('\n');
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      regulation.duties.map((d) => [d.text, d.citation]),
      [
        ['负责本县气象观测。', '主要职责(1)'],
        ['负责气象灾害预警和信息发布。', '主要职责(2)'],
        ['承办县政府交办的其他事项。', '主要职责(3)'],
      ],
    );
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '业务科'],
    );
    assert.ok(!diagnostics.some((d) => d.code === 'unplaced-line'), JSON.stringify(diagnostics));
    assert.ok(validateRegulation(regulation).ok);
  });

  test('（1） points under a 1. item stay its text; the list goes on at 2.', () => {
    const text = [
      '二、主要职责',
      '1．负责综合协调，包括：',
      '（1）起草文件；',
      '（2）督办事项；',
      '（3）信息工作。',
      '2．负责人事工作。',
      '3．负责财务工作。',
    ].join('\n');
    const { duties } = parseRegulation(text).regulation;
    assert.deepEqual(
      duties.map((d) => d.citation),
      ['主要职责(1)', '主要职责(2)', '主要职责(3)'],
    );
    assert.ok(duties[0]?.text.includes('督办事项'));
    assert.equal(duties[1]?.text, '负责人事工作。');
  });

  test('a 1. list ends at a section written as a plain line (内设机构（3个）), which heads the next list', () => {
    const text = [
      '主要职责',
      '1.负责本县气象观测。',
      '2.负责气象灾害预警。',
      '内设机构（2个）',
      '1.办公室。负责文电。',
      '2.业务科。负责业务。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.duties.length, 2);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '业务科'],
    );
  });

  test('points numbered 1. under a heading of divisions and staffing are not divisions', () => {
    const text = [
      '三、内设机构和人员编制',
      '1．县林业局机关行政编制为12名。',
      '2．局长1名，副局长2名。',
      '3．内设办公室、营林股、林政股3个股室。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '营林股', '林政股'],
    );
    assert.equal(regulation.staffing?.administrativePosts, 12);
  });

  test('1. 2. lines inside an item, or after a paragraph under the heading, stay that text', () => {
    const nested = '主要职责\n（一）负责以下审批：\n1.项目审批；\n2.资金审批。\n（二）负责统计。';
    const { duties } = parseRegulation(nested).regulation;
    assert.equal(duties.length, 2);
    assert.ok(duties[0]?.text.includes('项目审批'));
    // Numbered lines after a heading's own paragraph are that paragraph's sub-points, not its list.
    const after = '内设机构\n职责分工如下\n一办公室\n1、组织拟定工作制度。\n2、协助处理政务。';
    assert.deepEqual(parseRegulation(after).regulation.divisions, []);
  });

  test('a profile page titled X机构简介 or X机构职能 names X', () => {
    const text = '某县林业局机构职能\n一、主要职责\n（一）负责全县森林资源保护。';
    assert.equal(parseRegulation(text).regulation.agency.name, '某县林业局');
    assert.equal(parseRegulation('某市統計局簡介\n（一）負責統計調查。').regulation.agency.name, '某市統計局');
  });

  test('a heading that gives the divisions inline after its colon lists them', () => {
    const text = '某县林业局\n一、主要职责\n（一）负责森林保护。\n二、内设机构：办公室、资源管理股、林政股。';
    assert.deepEqual(divisionNames(text), ['办公室', '资源管理股', '林政股']);
  });

  test('N个司法所 and N个司法鉴定机构 are not a declared count of divisions', () => {
    const text = '某县司法局\n（一）指导管理全县12个司法所工作。\n（二）负责3个司法鉴定机构的监督。';
    assert.equal(parseRegulation(text).regulation.declaredDivisionCount, undefined);
  });

  test('设N个职能司（室） is a declared count, and names the agency before it', () => {
    const text = '某国家局设4个职能司（室）：\n（一）办公室。负责文电。\n（二）政策法规司。负责法规。';
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.declaredDivisionCount, 4);
    assert.equal(regulation.agency.name, '某国家局');
  });

  test('two items on one line, a space after the first one’s full stop, are two items', () => {
    const text = '主要职责\n（一）负责全县统计调查。\n（二）负责统计监督。 （三）承办县政府交办的其他事项。';
    assert.deepEqual(
      parseRegulation(text).regulation.duties.map((d) => d.text),
      ['负责全县统计调查。', '负责统计监督。', '承办县政府交办的其他事项。'],
    );
  });

  test('a second list of duty sentences, its heading lost, is not read as divisions', () => {
    const text = [
      '某县统计局',
      '（一）贯彻执行国家统计工作的方针政策。',
      '（二）组织实施全县统计调查。',
      '（一）承担统计数据的发布工作。',
      '（二）指导乡镇统计工作。',
    ].join('\n');
    assert.deepEqual(parseRegulation(text).regulation.divisions, []);
    // A second list that starts with offices' names often enough is still the divisions.
    const named = [
      '某县统计局',
      '（一）负责全县统计调查。',
      '（一）办公室。负责文电。',
      '（二）综合业务。负责统计业务。',
      '（三）法规科。负责执法。',
      '（四）普查工作。负责普查。',
      '（五）数据管理。负责数据。',
    ].join('\n');
    assert.equal(parseRegulation(named).regulation.divisions.length, 5);
  });

  test('a list that opens with 取消已由…公布取消的行政审批事项, before another list, holds the transfers', () => {
    const text = [
      '某市统计局',
      '（一）取消已由市人民政府公布取消的行政审批事项。',
      '（二）加强统计数据质量管理。',
      '（一）负责全市统计调查。',
      '（二）负责统计监督。',
      '（三）承办市政府交办的其他事项。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.dutyAdjustments?.length, 2);
    assert.deepEqual(
      regulation.duties.map((d) => d.text),
      ['负责全市统计调查。', '负责统计监督。', '承办市政府交办的其他事项。'],
    );
    assert.deepEqual(regulation.divisions, []);
  });

  test('the same list as the only list stays the duties', () => {
    const text = '某市统计局\n（一）取消已由市人民政府公布取消的行政审批事项。\n（二）负责全市统计调查。';
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.duties.length, 2);
    assert.equal(regulation.dutyAdjustments, undefined);
  });
});

describe('layouts the late-session-8 holdout showed, in other agencies’ wording', () => {
  test('一个机构两块牌子 is no count of divisions', () => {
    const text = '设立县民政局，与县老龄办一个机构两块牌子，为县政府工作部门。\n（一）负责社会救助。';
    assert.equal(parseRegulation(text).regulation.declaredDivisionCount, undefined);
  });

  test('设N个股，then the list after a semicolon or a colon, gives the divisions and the count', () => {
    for (const mark of ['；', ';', '：']) {
      const text = `某县卫生局\n（一）负责全县卫生工作。\n根据上述职责，县卫生局设3个股${mark}办公室、医政股、防保股。`;
      const { regulation } = parseRegulation(text);
      assert.deepEqual(
        regulation.divisions.map((d) => d.name),
        ['办公室', '医政股', '防保股'],
        mark,
      );
      assert.equal(regulation.declaredDivisionCount, 3, mark);
    }
  });
});

describe('layouts the session-8 holdout showed, in other agencies’ wording', () => {
  test('a yearbook’s subject label before the agency’s name is not part of the name', () => {
    for (const label of ['〔机构设置〕', '【机构设置】']) {
      const text = `${label}某县林业局内设办公室、造林股、林政股。全局干部职工30人。`;
      assert.equal(parseRegulation(text).regulation.agency.name, '某县林业局', label);
    }
  });

  test('a title line with its name’s pinyin or English in brackets names the agency', () => {
    for (const title of [
      '某县水利局 [Mǒu Xiàn Shuǐlìjú]',
      '某县水利局（Mou County Water Resources Bureau）',
      '某县水利局 (Mou County Water Resources Bureau)',
    ]) {
      const text = `${title}\n位于县城。局机关设办公室、水政股、工程股。`;
      assert.equal(parseRegulation(text).regulation.agency.name, '某县水利局', title);
    }
    // A note in brackets after the name, as a budget's title has it, leaves the name too.
    for (const title of ['某县水利局（原水电局）', '重庆市某县水利局(本级)'])
      assert.equal(
        parseRegulation(`${title}\n位于县城。`).regulation.agency.name,
        title.replace(/[（(].*$/u, ''),
        title,
      );
    // A title that is a sentence is not a name.
    assert.equal(parseRegulation('某县水利局位于县城（城关镇）\n它很好。').regulation.agency.name, null);
  });

  test('a count right after an inline list’s last name is the declared count; a list of other bodies gives none', () => {
    const text = '某县水利局\n局机关设办公室、水政股、工程管理股3个。局属事业单位有水文站、灌溉站2个。';
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '水政股', '工程管理股'],
    );
    assert.equal(regulation.declaredDivisionCount, 3);
    const others = '某县水利局\n局属事业单位有水文站、灌溉管理站2个。有职工40人。';
    assert.equal(parseRegulation(others).regulation.declaredDivisionCount, undefined);
    // With 等: 内设办公室、…、工程股等4个.
    const summarised = '某县水利局\n内设办公室、水政股、工程股等4个。';
    assert.equal(parseRegulation(summarised).regulation.declaredDivisionCount, 4);
  });
});

describe('layouts the session-9 holdout showed, in other agencies’ wording', () => {
  test('a budget disclosure’s title names the agency', () => {
    for (const title of [
      '某县民政局2020年度部门决算公开说明',
      '某县民政局2021年部门预算公开情况',
      '某县民政局部门概况',
    ]) {
      const text = `${title}\n一、主要职能\n（一）负责全县社会救助工作。\n（二）负责全县养老服务工作。`;
      assert.equal(parseRegulation(text).regulation.agency.name, '某县民政局', title);
    }
  });

  test('a leader post written count first after 设 is read; a post that is not a leader’s is not', () => {
    const text =
      '某县防汛办公室\n县编委批准设立县防汛办公室，编制在水利局另增3名，主任由水利局局长兼任，并设1名专职副主任。';
    assert.deepEqual(parseRegulation(text).regulation.staffing?.leadershipPosts, [{ title: '专职副主任', count: 1 }]);
    const clerks = '某县防汛办公室\n县编委批准设立县防汛办公室，并设3名联络员。';
    assert.equal(parseRegulation(clerks).regulation.staffing, undefined);
  });

  test('a report’s sentence on the function transformation is the function transformation', () => {
    const text =
      '某省民政厅“三定”规定发布\n《规定》明确，在职能转变方面，某省民政厅应当加强基层政权建设。规定明确，某省民政厅设12个内设机构。';
    const { regulation, coverage } = parseRegulation(text);
    assert.equal(regulation.functionTransformation?.text.startsWith('在职能转变方面，某省民政厅应当'), true);
    assert.ok(coverage.unplaced.every((u) => u.line !== 2));
  });
});

describe('layouts the second session-9 holdout showed, in other agencies’ wording', () => {
  test('设立了 and a list after it name no agency; a report’s title and its archive date line do', () => {
    const text =
      '归档时间:2022-03-01\n某县农业农村局2020年度整体支出 绩效评价报告\n一、部门概况\n本局为正科级行政单位，另按规定设立了机关党支部、纪检监察室。';
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.title, '某县农业农村局2020年度整体支出 绩效评价报告');
    assert.equal(regulation.agency.name, '某县农业农村局');
    const body = '某县召开会议。会上设立了机关党支部、纪检监察室。';
    assert.equal(parseRegulation(body).regulation.agency.name, null);
  });

  test('行政编N个 in a report is the administrative posts; 事业编 is not', () => {
    const text = '某县农业农村局\n全局行政事业总编制为60个，其中行政编12个、全额事业编40个。';
    assert.equal(parseRegulation(text).regulation.staffing?.administrativePosts, 12);
  });

  test('a reference line at the end of a Q&A page is no sign of a cut-off text', () => {
    const text = '某县民政局\n（一）负责全县社会救助工作。\n参考资料:百度百科-民政局';
    assert.equal(parseRegulation(text).regulation.truncated, undefined);
  });

  test('an inline list of divisions and units is read when the count after it is its number of names', () => {
    const text = '某县农业农村局\n本局内设办公室、财务股、农业股、农业档案馆、农业设计院5个股室和直属单位。';
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '财务股', '农业股', '农业档案馆', '农业设计院'],
    );
    assert.equal(regulation.declaredDivisionCount, 5);
    // A count that is not the list's, or a list mostly of units, gives no divisions.
    for (const other of [
      '本局内设办公室、财务股、农业股、农业档案馆、农业设计院8个股室和直属单位。',
      '本局内设办公室、农业档案馆、农业设计院3个股室和直属单位。',
    ])
      assert.deepEqual(parseRegulation(`某县农业农村局\n${other}`).regulation.divisions, [], other);
  });
});

describe('layouts the third session-9 holdout showed, in other agencies’ wording', () => {
  test('a bulleted list right under a division heading lists the divisions, cited by their place; it ends at a line without a bullet', () => {
    const text = [
      '跳至內容',
      '',
      '某市體育局',
      '維基百科,自由的百科全書',
      '某市體育局',
      '某市足球協會',
      '內設機構',
      '[編輯]',
      '  • 辦公室',
      '  • 競技體育處(青少年處)',
      '  • 群眾體育處',
      '直屬單位',
      '[編輯]',
      '  • 某市體育訓練中心',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.title, '某市體育局');
    assert.equal(regulation.agency.name, '某市體育局');
    assert.deepEqual(
      regulation.divisions.map((d) => [d.name, d.citation]),
      [
        ['辦公室', '內設機構(一)'],
        ['競技體育處', '內設機構(二)'],
        ['群眾體育處', '內設機構(三)'],
      ],
    );
    // Bullets anywhere else are text.
    const elsewhere = parseRegulation('某市體育局\n負責全市體育工作：\n  • 群眾體育\n  • 競技體育');
    assert.deepEqual(elsewhere.regulation.divisions, []);
  });

  test('内设机构及职能 heads the division list', () => {
    const text = '内设机构及职能\n(一)办公室(电话:12345678)\n负责机关日常运转。\n(二)社会救助科\n负责社会救助工作。';
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '社会救助科'],
    );
    assert.deepEqual(regulation.duties, []);
  });

  test('不再保留X names no agency; a notice that adjusts an agency’s duties and staffing names it', () => {
    const text =
      '国务院办公厅关于调整某某部职责机构编制的通知\n一、不再保留某某领导小组及其办公室。\n二、调整后，某某部内设机构12个。';
    assert.equal(parseRegulation(text).regulation.agency.name, '某某部');
  });
});

describe('layouts the fourth session-9 holdout showed, in other agencies’ wording', () => {
  test('X机关内设N个职能科室，分别为A、B… names the agency and lists its divisions with their count', () => {
    const text = '某市统计局机关内设3个职能科室,分别为办公室、综合统计科、农村统计科。\n2、人员设置情况';
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.agency.name, '某市统计局');
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '综合统计科', '农村统计科'],
    );
    assert.equal(regulation.declaredDivisionCount, 3);
  });

  test('内设N个职能科 is a declared count; 内设机构领导职数 is a post of its own', () => {
    const count = '某市应急办公室\n根据上述职责，市应急办公室内设2个职能科(副科级)：\n(一)综合科\n(二)协调科';
    assert.equal(parseRegulation(count).regulation.declaredDivisionCount, 2);
    const posts = '某县审计局\n核定机关行政编制12名，其中局长1名，副局长2名，内设机构领导职数4名。';
    assert.deepEqual(parseRegulation(posts).regulation.staffing?.leadershipPosts, [
      { title: '局长', count: 1 },
      { title: '副局长', count: 2 },
      { title: '内设机构', count: 4 },
    ]);
  });
});

describe('layouts the fifth session-9 holdout showed, in other agencies’ wording', () => {
  test('a budget page’s (一)职能职责。 heads its 1、2、 duties, and 内设1个职能科室：A gives one division', () => {
    const text = [
      '一、单位基本情况',
      '(一)职能职责。',
      '1、负责全区档案的收集和管理工作;',
      '2、承接区委、区政府交办的其他事项。',
      '(二)机构设置。',
      '某区档案馆为区政府直属事业单位，内设1个职能科室:业务科;包括1个直属单位。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.duties.length, 2);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['业务科'],
    );
    assert.equal(regulation.declaredDivisionCount, 1);
  });

  test('设有A、B、C lists divisions; an encyclopaedia’s outline is no list of duties', () => {
    const text =
      '某区气象局\n某区气象局现有工作人员5人。設有辦公室、預報科、觀測科。\n(一)概況某区气象局位于…\n(二)歷史沿革1980年设立。';
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['辦公室', '預報科', '觀測科'],
    );
    assert.deepEqual(regulation.duties, []);
  });

  test('a list after a count and a colon is read even when the line first defines 内设机构', () => {
    const text =
      '一、内设机构: 内设机构是指独立机构的内部组织,又称内部机构。某总局内设机构设有3个:办公厅、综合司(政策研究室)、法制司。';
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公厅', '综合司', '法制司'],
    );
    assert.equal(regulation.declaredDivisionCount, 3);
  });

  test('a website’s timestamp is not the notice’s date', () => {
    const text = [
      '某市人民政府办公室关于印发某市统计局职能配置、内设机构和人员编制规定的通知',
      '2020年07月29日01:32:55',
      '各县(市)、区人民政府:',
      '《某市统计局职能配置、内设机构和人员编制规定》已经市人民政府批准,现予印发。',
      '二○○二年一月二十一日',
      '某市统计局职能配置、内设机构和人员编制规定',
      '一、主要职责',
      '(一)负责全市统计工作。',
    ].join('\n');
    assert.equal(parseRegulation(text).regulation.promulgation?.date, '2002-01-21');
  });
});

describe('layouts the sixth session-9 holdout showed, in other agencies’ wording', () => {
  test('a title written twice on its line names the agency once; 内部机构包括 lists the divisions', () => {
    const text = '某县林业局某县林业局\n\n该局行政编制为9名。内部机构包括办公室(人秘股)、造林股、林政股。';
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.agency.name, '某县林业局');
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '造林股', '林政股'],
    );
  });

  test('lines that each start with a division’s name and a space, then its text, list the divisions', () => {
    const text = [
      '第二节 某开发区管理委员会',
      '办公室 1995年成立,正科级。负责文稿、信息工作。',
      '规划建设处 1995年成立,正科级。负责辖区内规划管理。',
      '招商服务处 1996年成立。负责招商引资。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '规划建设处', '招商服务处'],
    );
    assert.ok(regulation.divisions[0]?.responsibilities.some((c) => c.text.includes('负责文稿')));
  });
});

describe('layouts the seventh session-9 holdout showed, in other agencies’ wording', () => {
  test('X是…主管部门 names the agency; 局机关现有A、B、C3个职能科室 lists the divisions', () => {
    const text =
      '某县水务局是县人民政府的水行政主管部门,负责全县水利工作。局机关现有办公室、工程管理股、水政股3个职能科室,下属有县水文站。';
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.agency.name, '某县水务局');
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '工程管理股', '水政股'],
    );
    assert.equal(regulation.declaredDivisionCount, 3);
  });

  test('a line that counts the divisions heads the 1、2、 list after it', () => {
    const text = [
      '某区园林局内设3个职能科室。',
      '1、办公室:负责机关日常运转;',
      '2、绿化管理科:负责全区绿化管理;',
      '3、公园管理科:负责公园的管理。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '绿化管理科', '公园管理科'],
    );
    assert.equal(regulation.declaredDivisionCount, 3);
    assert.deepEqual(regulation.duties, []);
  });
});

describe('layouts the session-10 holdout showed, in other agencies’ wording', () => {
  test('duties numbered 一、二、 as sections are, under their heading, are duties; a short last one too', () => {
    const text = [
      '某县统计局',
      '主要职责：',
      '一、贯彻执行国家统计法律法规，拟订全县统计工作规划；',
      '二、负责组织实施全县统计调查，汇总统计资料；',
      '三、完成县政府交办的其他事项。',
      '四、人员编制',
      '某县统计局机关行政编制8名。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.duties.map((d) => d.text),
      [
        '贯彻执行国家统计法律法规，拟订全县统计工作规划；',
        '负责组织实施全县统计调查，汇总统计资料；',
        '完成县政府交办的其他事项。',
      ],
    );
    assert.equal(regulation.staffing?.administrativePosts, 8);
  });

  test('a sentence that ends announcing the duties (…主要有以下职能：) heads the 一、 list after it', () => {
    const text = [
      '某县信访局是县政府处理信访事项的工作部门。县信访局主要有以下职能：',
      '一、受理群众来信来访，督促办理信访事项；',
      '二、协调处理跨部门的重大信访问题；',
      '三、县政府交办的其他事项。',
      '信访局机关各科室主要职责',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.agency.name, '某县信访局');
    assert.equal(regulation.duties.length, 3);
    assert.equal(regulation.duties[2]?.text, '县政府交办的其他事项。');
  });

  test('一、 lines are still sections where no heading or sentence announces a list', () => {
    const text = '某县林业局\n一、主要职责\n（一）负责全县林业工作。\n二、内设机构\n（一）办公室。\n（二）林政股。';
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.duties.length, 1);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '林政股'],
    );
  });

  test('a 部门职责 heading over 1、2、 items, then X设A、B…及C inline, names the agency and its divisions', () => {
    const text = [
      '一、部门职责',
      '1、贯彻执行上级关于档案工作的方针政策；',
      '2、负责全县档案的收集和保管；',
      '二、机构设置',
      '县档案局设办公室、业务指导股、保管利用股及数字档案中心。',
      '县档案局核定行政编制9人，事业编制4人。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.agency.name, '县档案局');
    assert.equal(regulation.duties.length, 2);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '业务指导股', '保管利用股', '数字档案中心'],
    );
  });

  test('设 alone is a list only of offices’ names after the agency: 设立, 设置 and other lists are not', () => {
    for (const text of [
      '某县教育局\n主要职责：负责全县教育工作。县教育局设立奖学金、助学金。',
      '某县卫生局\n主要职责：负责指导各乡镇卫生院设置发热门诊、预检分诊点。',
      '某县水务局\n主要职责：负责全县水利工作。水务局设水文站、抗旱服务队等事业单位。',
    ])
      assert.deepEqual(parseRegulation(text).regulation.divisions, [], text);
  });

  test('the agency before a comma, or before its founding, and 是…直属机构', () => {
    assert.equal(
      parseRegulation('某市某区市场监管局，是区政府工作部门。').regulation.agency.name,
      '某市某区市场监管局',
    );
    assert.equal(
      parseRegulation('某省地质勘查局於1958年成立，是省人民政府主管地质工作的直屬機構。').regulation.agency.name,
      '某省地质勘查局',
    );
  });
});

describe('layouts the second session-10 holdout showed, in other agencies’ wording', () => {
  test('a history page titled X的机构沿革 names X; 现设6个处室，即A、B… lists them; 一个机构、两块牌子 counts nothing', () => {
    const text = [
      '某市地震局的机构沿革',
      '1978年，设立某市地震办公室。2002年，某市地震局与某市地震台为一个机构、两块牌子。现设3个处室，即办公室、监测预报处、震害防御处。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.agency.name, '某市地震局');
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '监测预报处', '震害防御处'],
    );
    assert.equal(regulation.declaredDivisionCount, 3);
  });

  test('X成立于1958年 names X; 内设3个科室（A、B、C） lists them, not the units in the next bracket', () => {
    const text =
      '某县水文局成立於1958年，現為正科級單位，內設3個科室（辦公室、測驗科、預報科），2個直屬事業單位（某縣水文站、某縣水質監測中心）。';
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.agency.name, '某县水文局');
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['辦公室', '測驗科', '預報科'],
    );
    assert.equal(regulation.declaredDivisionCount, 3);
  });

  test('a profile page’s contact lines, an infobox and a Q&A page’s footer are not where the text stops', () => {
    for (const tail of [
      '联系方式 0571-12345678\n办公时间 上午8:30—12:00\n机构地址 某市某路1号',
      '基本信息\n- 中文名：某县档案馆\n- 成立时间：1959年',
      '温馨提示:答案为网友推荐,仅供参考\n相似回答',
    ]) {
      const text = `某县档案馆\n主要职责：\n（一）负责全县档案的收集。\n（二）负责档案的利用。\n${tail}`;
      const { regulation, diagnostics } = parseRegulation(text);
      assert.equal(regulation.truncated, undefined, tail);
      assert.ok(!diagnostics.some((d) => d.code === 'truncated-text'), tail);
    }
  });

  test('a sentence announcing 以下N个职能处 heads the 1. list of names after it, each with its text below', () => {
    const text = [
      '某市侨务办公室内设机构',
      '某市侨务办公室设有以下3个职能处，各司其职。',
      '1. 秘书处',
      '    负责机关日常事务协调和文稿起草。',
      '2. 侨政处',
      '    负责侨务政策的调研和宣传。',
      '3. 联络处',
      '    负责海外侨胞的联络工作。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['秘书处', '侨政处', '联络处'],
    );
    assert.deepEqual(regulation.duties, []);
  });
});

describe('layouts the third session-10 holdout showed, in other agencies’ wording', () => {
  test('a post’s second title in brackets before its count is its title; a 领导编制： label is none', () => {
    const text = '某市人防办\n四、人员编制\n领导编制：主任（局长）1名，副主任（副局长）2名；正副科长（主任）6名。';
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.staffing?.leadershipPosts.map((p) => [p.title, p.count]),
      [
        ['主任（局长）', 1],
        ['副主任（副局长）', 2],
        ['正副科长（主任）', 6],
      ],
    );
  });

  test('in a long line run together, a space inside a count (为 21 名, 1 名) does not cut the line', () => {
    const filler = '负责全市人民防空工作的组织和实施，'.repeat(6);
    const text = `某市人防办\n某市人防办是市政府工作部门，${filler}领导编制：主任1 名，副主任2 名。行政编制：机关行政编制为 18 名（含后勤 1 名）。`;
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.staffing?.administrativePosts, 18);
    assert.deepEqual(
      regulation.staffing?.leadershipPosts.map((p) => [p.title, p.count]),
      [
        ['主任', 1],
        ['副主任', 2],
      ],
    );
  });

  test('设有N个部门，分别是： heads the 1. list after it; the leadership after the list is read', () => {
    const text = [
      '某区地方志办公室设有三个部门，分别是：',
      '1. 综合科，负责日常管理。',
      '2. 编纂科，负责志书编纂。',
      '3. 年鉴科，负责年鉴编辑。',
      '目前，机构领导层包括主任1名，副主任1名，正副科长共3名。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['综合科', '编纂科', '年鉴科'],
    );
    assert.deepEqual(
      regulation.staffing?.leadershipPosts.map((p) => [p.title, p.count]),
      [
        ['主任', 1],
        ['副主任', 1],
        ['正副科长', 3],
      ],
    );
  });

  test('一、X主要工作职责 heads the 1、 duties under it; a notice’s letterhead (X文件) is its issuer', () => {
    const duties = parseRegulation('某县档案局\n一、县档案局主要工作职责：\n1、负责档案的收集；\n2、负责档案的利用。');
    assert.equal(duties.regulation.duties.length, 2);
    const notice = [
      '某市机构编制委员会文件',
      '某机编〔2011〕7号',
      '关于印发《某市档案局主要职责内设机构和人员编制规定》的通知',
      '各县（市、区）人民政府：',
      '《某市档案局主要职责内设机构和人员编制规定》已经市人民政府批准，现予印发。',
      '某市档案局主要职责内设机构和人员编制规定',
      '一、主要职责',
      '（一）负责全市档案工作。',
    ].join('\n');
    const { promulgation } = parseRegulation(notice).regulation;
    assert.equal(promulgation?.issuer, '某市机构编制委员会');
    assert.equal(promulgation?.documentNumber, '某机编〔2011〕7号');
  });
});

describe('layouts the fourth session-10 holdout showed, in other agencies’ wording', () => {
  test('设9内设机构，分别为：A、B… (the count without 个) lists them; a list the text cuts off keeps its last name, truncated', () => {
    const { regulation } = parseRegulation(
      '国家海洋局的职责\n国家海洋局设9内设机构，分别为：办公室、政策法规司、海域管理司、科技司、国际',
    );
    assert.deepEqual(
      regulation.divisions.map((d) => [d.name, d.truncated === true]),
      [
        ['办公室', false],
        ['政策法规司', false],
        ['海域管理司', false],
        ['科技司', false],
        ['国际', true],
      ],
    );
    assert.equal(regulation.truncated, true);
  });

  test('a complete inline list whose last name is not an office’s is still no list', () => {
    const { regulation } = parseRegulation('某县海洋局\n某县海洋局设3内设机构，分别为：办公室、海域科、渔船。');
    assert.deepEqual(regulation.divisions, []);
  });
});

describe('a page title with its site’s name, and a count written without 个', () => {
  test('X_百度百科, X_在线百科全书查询 and X - 维基百科 name X', () => {
    for (const title of ['某县档案局_百度百科', '某县档案局_在线百科全书查询', '某县档案局 - 维基百科'])
      assert.equal(parseRegulation(`${title}\n1988年内设综合科、接访科。`).regulation.agency.name, '某县档案局', title);
  });

  test('设11内设机构 is a declared count, and names the agency before it', () => {
    const { regulation } = parseRegulation('国家海洋局设9内设机构，分别为：办公室、政策法规司、海域管理司。');
    assert.equal(regulation.declaredDivisionCount, 9);
    assert.equal(regulation.agency.name, '国家海洋局');
  });
});

describe('what the session-10 review found', () => {
  test('after a 一、 list of duties, a section (四、其他事项, 三、直属单位) or a chapter stays one', () => {
    const other = parseRegulation(
      '某县林业局\n主要职责\n一、贯彻执行林业法律法规，拟订规划。\n二、负责造林绿化，组织实施。\n三、承办县政府交办的其他事项。\n四、其他事项\n本规定由县委编办负责解释。',
    ).regulation;
    assert.equal(other.duties.length, 3);
    const units = parseRegulation(
      '某县林业局\n主要职责\n一、贯彻执行林业法律法规，拟订规划。\n二、负责造林绿化，组织实施。\n三、直属单位\n县林场、县苗圃。',
    ).regulation;
    assert.equal(units.duties.length, 2);
    const chapter = parseRegulation(
      '某县林业局\n某县林业局是县政府工作部门，其主要职责：\n一、贯彻林业法，拟订规划。\n二、负责造林绿化，组织实施。\n第三章 附则\n第九条 本规定由县委编办负责解释。',
    ).regulation;
    assert.deepEqual(
      chapter.duties.map((d) => d.text),
      ['贯彻林业法，拟订规划。', '负责造林绿化，组织实施。'],
    );
  });

  test('（一） points under a 一、 duty are its text, and the list goes on', () => {
    const { duties } = parseRegulation(
      '某县林业局\n主要职责\n一、负责全县林业发展规划，拟订年度计划：\n（一）拟订规划；\n（二）组织实施。\n二、负责造林绿化，发布数据。\n三、承办县政府交办的其他事项。',
    ).regulation;
    assert.equal(duties.length, 3);
    assert.match(duties[0]?.text ?? '', /（二）组织实施/u);
  });

  test('内设5个职能股（室）：A、B… still lists its divisions', () => {
    assert.deepEqual(
      divisionNames('某县水务局简介\n某县水务局是县政府工作部门。局机关内设3个职能股（室）：办公室、水政股、工程股。'),
      ['办公室', '水政股', '工程股'],
    );
  });

  test('X设A、B inside a duty is no division list and names no agency', () => {
    for (const text of [
      '某县卫生健康局\n主要职责\n（一）负责卫生工作。\n（二）负责医疗机构管理，指导县人民医院设内科、外科、儿科等临床科室。',
      '某县农业农村局\n主要职责\n（一）负责全县农业科研工作，县农科院设作物所、园艺所、植保所。',
    ])
      assert.deepEqual(divisionNames(text), [], text);
    for (const text of [
      '机构职能\n（一）负责医疗机构管理，指导县人民医院设内科、外科、儿科等临床科室。',
      '工作职责\n（一）负责指导各区局设岗定责、规范管理工作。',
    ])
      assert.equal(parseRegulation(text).regulation.agency.name, null, text);
  });

  test('成立X，为… names X without the verb', () => {
    const { agency } = parseRegulation(
      '关于县自然资源局的情况\n根据《某县机构改革方案》精神，成立某县自然资源局，为县政府工作部门。',
    ).regulation;
    assert.equal(agency.name, '某县自然资源局');
    assert.equal(agency.kind, '工作部门');
  });

  test('a sentence that states the agency and announces its divisions keeps its facts; 设以下科技平台 announces none', () => {
    const { regulation } = parseRegulation(
      '某县审计局简介\n某县审计局是县人民政府工作部门，正科级，设有以下3个股室：\n1、办公室：负责机关日常运转。\n2、财政审计股：负责财政审计。\n3、投资审计股：负责投资审计。',
    );
    assert.equal(regulation.agency.kind, '工作部门');
    assert.equal(regulation.agency.rank, '正科级');
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '财政审计股', '投资审计股'],
    );
    assert.deepEqual(
      divisionNames('工作动态\n今年以来，县科技局重点建设以下科技创新平台：\n1、县农业科技园区。\n2、县科技孵化基地。'),
      [],
    );
  });

  test('a bulleted division list is no page footer: a complete one is not cut off, a cut one is', () => {
    const list =
      '某县交通运输局\n某县交通运输局是县人民政府工作部门。\n内设机构\n• 办公室：负责机关工作。\n• 财务股：负责财务工作。\n';
    const complete = parseRegulation(`${list}• 运输股：负责道路运输管理工作。`);
    assert.ok(!complete.diagnostics.some((d) => d.code === 'truncated-text'));
    const cut = parseRegulation(`${list}• 运输股：负责道路运输管`);
    assert.equal(cut.regulation.divisions[2]?.truncated, true);
  });
});

describe('what the second session-10 review found', () => {
  const duties = [
    '某县水利局',
    '县水利局是县政府工作部门。',
    '主要职责：',
    '一、贯彻执行国家有关水利的法律、法规和方针政策，拟订全县水利发展规划',
    '二、负责全县水资源管理，组织水资源调查评价',
    '三、组织协调全县重点水利工程建设管理',
    '四、完成县委、县政府交办的其他事项',
  ];

  test('short 一、 duties without a full stop are still the list’s items', () => {
    assert.equal(parseRegulation(duties.join('\n')).regulation.duties.length, 4);
  });

  test('a （一） list after a 一、 list of duties, its items not announcing points, is a list of its own', () => {
    const text = [
      ...duties.map((line) => (line.startsWith('一') || /^[二三四]、/u.test(line) ? `${line}。` : line)),
      '根据上述职责，县水利局设3个内设机构：',
      '（一）办公室。负责文电、会务工作。',
      '（二）水政股。负责水行政执法。',
      '（三）工程股。负责工程建设。',
    ].join('\n');
    const { regulation } = parseRegulation(text);
    assert.equal(regulation.duties.length, 4);
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '水政股', '工程股'],
    );
  });

  test('X设A、B after a comma or a colon lists them; so does X院设…; a duty’s 指导X医院设… does not', () => {
    assert.deepEqual(divisionNames('某县水利局\n机构设置：县水利局设办公室、水政股、工程股。'), [
      '办公室',
      '水政股',
      '工程股',
    ]);
    assert.deepEqual(divisionNames('某县水利局\n根据上述职责，县水利局设办公室、水政股、工程股。'), [
      '办公室',
      '水政股',
      '工程股',
    ]);
    const academy = parseRegulation(
      '某市农业科学研究院设办公室、科研管理处、财务处。某市农业科学研究院是市政府直属事业单位。',
    ).regulation;
    assert.equal(academy.agency.name, '某市农业科学研究院');
    assert.equal(academy.divisions.length, 3);
    assert.deepEqual(
      divisionNames('某县卫生健康局\n主要职责\n（一）负责医疗机构管理，指导县人民医院设内科、外科、儿科等临床科室。'),
      [],
    );
  });

  test('a complete inline list is never truncated: closed by its bracket, or ending in an office’s name', () => {
    for (const text of [
      '某县统计局\n县统计局是县政府工作部门，内设4个股室（办公室、综合股、农调股、普查中心）',
      '某县水利局\n县水利局内设办公室、水政股、工程股\n联系电话：0571-1234567',
    ])
      assert.ok(!parseRegulation(text).regulation.divisions.some((d) => d.truncated), text);
    assert.deepEqual(divisionNames('某县水利局\n主要职责：负责全县水利管理，指导下设科室、二级机构开展工作'), []);
  });

  test('设N without 个 opens a list only before 内设机构 or 机构; a count with digits before 分别为 still does', () => {
    assert.deepEqual(
      divisionNames('某县发改局\n近年来，县发改局着力建设三大中心，包括指挥中心、调度中心、信息中心。'),
      [],
    );
    assert.deepEqual(
      divisionNames('某县应急局\n全县共设3处应急避难场所，分别为：城东避难所、城西避难所、城北避难站。'),
      [],
    );
    assert.deepEqual(
      divisionNames('某县水利局\n县水利局内设3个股室和1个大队，分别为：办公室、水政股、工程股、执法大队。'),
      ['办公室', '水政股', '工程股', '执法大队'],
    );
  });

  test('a sentence announcing the divisions is no unrecognised line', () => {
    const { diagnostics } = parseRegulation(
      '某省林业厅\n省林业厅设有以下3个职能处，各司其职。\n1.办公室，负责文电。\n2.造林处，负责造林。\n3.资源处，负责资源管理。',
    );
    assert.ok(!diagnostics.some((d) => d.code === 'unrecognized-line' && d.line === 2));
  });
});

describe('a problem repeated on many lines', () => {
  test('lists the first 100 diagnostics of a code and counts the rest in one diagnostics-omitted warning', () => {
    const text = '第一條 根據\n'.repeat(150);
    const { diagnostics } = parseRegulation(text);
    const order = diagnostics.filter((d) => d.code === 'article-number-order');
    assert.equal(order.length, 100);
    assert.deepEqual(
      order.map((d) => d.line),
      Array.from({ length: 100 }, (_, i) => i + 2),
    );
    const more = diagnostics.filter((d) => d.code === 'diagnostics-omitted');
    assert.equal(more.length, 1);
    assert.equal(more[0]?.line, 102);
    assert.match(more[0]?.message ?? '', /^49 more article-number-order warnings, from line 102 to line 150/);
    // In position order with the others.
    assert.deepEqual(
      diagnostics.map((d) => d.line),
      [...diagnostics.map((d) => d.line)].sort((a, b) => a - b),
    );
  });

  test('lines reported as unrecognised, then placed as a list of names alone on their lines, are neither listed nor counted', () => {
    const digits = '零一二三四五六七八九';
    const name = (n: number): string => `综合${[...String(n)].map((d) => digits[Number(d)]).join('')}科`;
    const lines = Array.from({ length: 120 }, (_, i) => `${name(i + 1)}\n负责全县第${i + 1}项工作。`);
    const { regulation, diagnostics } = parseRegulation(`某县测试局\n${lines.join('\n')}`);
    assert.ok(regulation.divisions.length >= 100);
    assert.ok(diagnostics.filter((d) => d.code === 'unrecognized-line').length < 10);
    assert.ok(!diagnostics.some((d) => d.code === 'diagnostics-omitted'));
  });

  test('100 of a code or fewer are all listed, with no diagnostics-omitted', () => {
    const { diagnostics } = parseRegulation('第一條 根據\n'.repeat(101));
    assert.equal(diagnostics.filter((d) => d.code === 'article-number-order').length, 100);
    assert.ok(!diagnostics.some((d) => d.code === 'diagnostics-omitted'));
  });
});

describe('what the session-9 review found', () => {
  test('a bulleted item’s text on the next line stays with it, and the list goes on', () => {
    const text = '某某县科技局\n内设机构\n• 办公室\n负责文电、会务工作。\n• 科技科\n负责科技计划。';
    const { regulation } = parseRegulation(text);
    assert.deepEqual(
      regulation.divisions.map((d) => [d.name, d.responsibilities.map((c) => c.text)]),
      [
        ['办公室', ['负责文电、会务工作']],
        ['科技科', ['负责科技计划']],
      ],
    );
  });

  test('设有A、B inside a duty is no division list', () => {
    for (const text of [
      '某某县教育局\n某某县教育局是县人民政府工作部门。\n主要职责：负责全县教育工作，指导学校设有心理咨询室、图书室。',
      '某某县水务局\n一、主要职责\n（一）负责全县水利工作，督促各乡镇设有水利站、财政所、综合办公室。',
    ])
      assert.deepEqual(parseRegulation(text).regulation.divisions, [], text);
  });

  test('counts of other things are no declared division count', () => {
    for (const text of [
      '大连市某某局\n内设机构\n（一）办公室。\n（二）规划科。\n（三）政策科。\n大连市某某局下设2个科级事业单位。',
      '大连市某某局\n县政府下设工作专班，统筹财政局、交通局、公安局等3个部门。',
    ])
      assert.equal(parseRegulation(text).regulation.declaredDivisionCount, undefined, text);
  });

  test('设1名河长 is no leadership post, and a division that is a 主管部门 is not the agency', () => {
    const river =
      '某县水利局\n一、主要职责\n（一）负责全县水利工作。\n三、其他\n全面推行河长制，全县每条河流设1名河长。';
    assert.equal(parseRegulation(river).regulation.staffing, undefined);
    const office = '本局办公室是全市交通信息化工作的主管部门。\n一、主要职责\n（一）负责全市交通工作。';
    assert.equal(parseRegulation(office).regulation.agency.name, null);
  });
});

describe('common layouts a session-15 probe found unread', () => {
  test('a notice that says 现予以印发 keeps its issuer and its date', () => {
    const text = [
      '某政办发〔2014〕40号',
      '某市人民政府办公室',
      '关于印发某市统计局',
      '主要职责内设机构和人员编制规定的通知',
      '各县市区人民政府，市政府各部门：',
      '《某市统计局主要职责、内设机构和人员编制规定》已经市人民政府批准，现予以印发。',
      '某市人民政府办公室',
      '2014年11月15日',
      '某市统计局主要职责、内设机构和人员编制规定',
      '一、主要职责',
      '（一）负责全市统计工作。',
    ].join('\n');
    const { promulgation } = parseRegulation(text).regulation;
    assert.equal(promulgation?.issuer, '某市人民政府办公室');
    assert.equal(promulgation?.date, '2014-11-15');
    assert.equal(promulgation?.documentNumber, '某政办发〔2014〕40号');
  });

  test('a notice title that cites the regulation in 《…》 is the notice title', () => {
    for (const [title, body] of [
      [
        '中共某市委机构编制委员会关于印发《某市医疗保障局职能配置、内设机构和人员编制规定》的通知',
        '《某市医疗保障局职能配置、内设机构和人员编制规定》已经市委批准，现印发给你们，请认真贯彻执行。',
      ],
      [
        '中共某市委機構編制委員會關於印發《某市醫療保障局職能配置、內設機構和人員編制規定》的通知',
        '《某市醫療保障局職能配置、內設機構和人員編制規定》已經市委批准，現印發給你們，請認真貫徹執行。',
      ],
    ]) {
      const text = [
        title,
        '各区县党委和政府：',
        body,
        '中共某市委机构编制委员会',
        '2019年1月21日',
        '第一条 为了规范职能，制定本规定。',
      ];
      const { promulgation } = parseRegulation(text.join('\n')).regulation;
      assert.equal(promulgation?.title, title);
      assert.equal(promulgation?.date, '2019-01-21');
    }
  });

  test('a leader line with a note after a name gives the name', () => {
    const text =
      '某县审计局\n一、主要职责\n（一）负责审计。\n局长：张三（主持全面工作）\n副局長：李四(分管財政審計股)、王五';
    const { regulation, diagnostics } = parseRegulation(text);
    assert.deepEqual(
      regulation.leaders.map((l) => [l.title, l.name]),
      [
        ['局长', '张三'],
        ['副局長', '李四'],
        ['副局長', '王五'],
      ],
    );
    assert.ok(!diagnostics.some((d) => d.code === 'unrecognized-line'));
  });

  test('names with a colon, on their own lines or before their text, are a list', () => {
    const expected = [
      ['办公室', [], ['负责机关日常运转']],
      ['综合科', [], ['负责综合协调工作']],
      ['规划科', ['法规科'], ['负责规划工作']],
    ];
    const read = (text: string): unknown[] =>
      parseRegulation(text).regulation.divisions.map((d) => [
        d.name,
        d.alsoKnownAs,
        d.responsibilities.map((c) => c.text),
      ]);
    const names = ['办公室', '综合科', '规划科(法规科)'];
    const texts = ['负责机关日常运转。', '负责综合协调工作。', '负责规划工作。'];
    // Under a heading, and without one; the name alone on its line, or before its text.
    assert.deepEqual(
      read(['某县发展和改革局', '内设机构', ...names.map((n, i) => `${n}：${texts[i]}`)].join('\n')),
      expected,
    );
    assert.deepEqual(read(['某县发展和改革局', ...names.map((n, i) => `${n}：${texts[i]}`)].join('\n')), expected);
    assert.deepEqual(read(['某县发展和改革局', ...names.flatMap((n, i) => [`${n}：`, texts[i]])].join('\n')), expected);
    // The agency's name on the first line is its title, not a division.
    assert.equal(
      parseRegulation(['某县发展和改革局', ...names.map((n, i) => `${n}：${texts[i]}`)].join('\n')).regulation.agency
        .name,
      '某县发展和改革局',
    );
  });

  test('two names are a list under a line that heads divisions, not without one', () => {
    const headed = ['某縣審計局', '內設機構：', '辦公室', '負責機關日常運轉。', '財政審計股', '負責財政審計。'].join(
      '\n',
    );
    assert.deepEqual(divisionNames(headed), ['辦公室', '財政審計股']);
    const sections = [
      '某县政法委',
      '各科室主要职责',
      '综治办(与政法委机关合署办公):',
      '负责综治委的日常工作。',
      '维稳办(与政法委机关',
    ];
    const { divisions } = parseRegulation(sections.join('\n')).regulation;
    assert.deepEqual(
      divisions.map((d) => [d.name, d.alsoKnownAs, d.coLocated]),
      [
        ['综治办', [], ['政法委机关']],
        ['维稳办', [], []],
      ],
    );
    // No heading: two are not a list (as before).
    assert.deepEqual(divisionNames('某县审计局\n办公室：负责日常运转。\n财政审计股：负责财政审计。'), []);
  });

  test('a line that heads divisions, or a short heading after a division, ends the list; 股室 is no division', () => {
    const text = [
      '某县审计局',
      '股室：',
      '办公室：负责日常运转。',
      '财政审计股：负责财政审计。',
      '经济责任审计股：负责经济责任审计。',
      '领导',
      '局长：张三',
    ].join('\n');
    const { divisions, agency } = parseRegulation(text).regulation;
    assert.deepEqual(
      divisions.map((d) => [d.name, d.responsibilities.length]),
      [
        ['办公室', 1],
        ['财政审计股', 1],
        ['经济责任审计股', 1],
      ],
    );
    assert.equal(agency.name, '某县审计局');
    assert.deepEqual(divisionNames('某县审计局\n股室：办公室、财政审计股、经济责任审计股。'), [
      '办公室',
      '财政审计股',
      '经济责任审计股',
    ]);
  });

  test('a list introduced by …职责是： is a list, and a first marker a website rewrote (1. then 二、) does not split it', () => {
    const text = [
      '某县林业局的主要职责',
      '某县林业局的主要职责是:',
      '1.负责全县林业工作。',
      '二、组织全县植树造林。',
      '三、承担森林资源保护的责任。',
    ].join('\n');
    assert.deepEqual(
      parseRegulation(text).regulation.duties.map((d) => d.text),
      ['负责全县林业工作。', '组织全县植树造林。', '承担森林资源保护的责任。'],
    );
  });

  test('设有五个核心部门 declares five divisions; 共用一个机构 declares none', () => {
    const text =
      '某区档案局与某区档案馆共用一个机构。区档案局设有五个核心部门，分别是：\n1. 办公室，负责日常工作。\n2. 登记科，负责登记。';
    assert.equal(parseRegulation(text).regulation.declaredDivisionCount, 5);
    assert.equal(parseRegulation('某区档案局与某区档案馆共用一个机构。').regulation.declaredDivisionCount, undefined);
  });

  test('加挂“X”牌子 gives X without its quotes; bodies after a list read as divisions are no unrecognised lines', () => {
    for (const quoted of ['“机电产品进出口办公室”', '"机电产品进出口办公室"', '「机电产品进出口办公室」']) {
      const text = [
        '某市商务局',
        '三、内设机构',
        `（一）对外贸易处。加挂${quoted}牌子。负责全市对外贸易工作。`,
        '（二）人事处。负责人事管理工作。',
        '机关党委。负责机关的党群工作。',
      ].join('\n');
      const { regulation, diagnostics } = parseRegulation(text);
      assert.deepEqual(regulation.divisions[0]?.alsoKnownAs, ['机电产品进出口办公室'], quoted);
      assert.deepEqual(
        regulation.divisions.map((d) => d.name),
        ['对外贸易处', '人事处', '机关党委'],
      );
      assert.ok(!diagnostics.some((d) => d.code === 'unrecognized-line'), JSON.stringify(diagnostics));
    }
  });

  test('posts under a heading written as plain text are the staffing; a text ending in them or in a leader line is whole', () => {
    const text = [
      '某縣審計局',
      '辦公室：負責機關日常運轉。',
      '財政審計股：負責財政審計。',
      '法規股：負責法規。',
      '領導職數',
      '局長1名，副局長2名',
    ];
    const { regulation, diagnostics } = parseRegulation(text.join('\n'));
    assert.deepEqual(regulation.staffing?.leadershipPosts, [
      { title: '局長', count: 1 },
      { title: '副局長', count: 2 },
    ]);
    assert.equal(regulation.staffing?.citation, '領導職數');
    assert.ok(!diagnostics.some((d) => d.code === 'truncated-text'));
    const led = parseRegulation('某县审计局\n一、主要职责\n（一）负责审计。\n局长：张三\n副局长：李四、王五');
    assert.ok(!led.diagnostics.some((d) => d.code === 'truncated-text'));
    assert.equal(led.regulation.leaders.length, 3);
  });

  test('layouts the session-15 holdout showed, in other agencies’ wording', () => {
    // A dictionary's bars around the headword.
    assert.equal(
      parseRegulation('词条 | 某县地震局 |\n释义 | 某县地震局内设2个股室：办公室、监测股。 |').regulation.agency.name,
      '某县地震局',
    );
    // 设立 somewhere (its branches) names no agency; the later statement does.
    const branches =
      '在各乡镇设立水利站和水管所，实行双重管理。某市水务局是市人民政府主管水行政事务的职能部门，内设3个科(室)：办公室、水政科、工程科。';
    assert.equal(parseRegulation(branches).regulation.agency.name, '某市水务局');
    // X在Y的基础上组建而成 names X; 内设X1个职能科室 lists X.
    const built = parseRegulation(
      '某区地震办公室在区防震减灾领导小组办公室的基础上组建而成，为政府工作部门。\n内设综合科1个职能科室，下设监测中心1个事业单位。',
    ).regulation;
    assert.equal(built.agency.name, '某区地震办公室');
    assert.deepEqual(
      built.divisions.map((d) => d.name),
      ['综合科'],
    );
    // The list ends before other bodies joined to it.
    assert.deepEqual(
      divisionNames('2011年年底，内设机构有秘书科、宣传科、文明办及一个正科级事业单位：网络信息中心。'),
      ['秘书科', '宣传科', '文明办'],
    );
    // A website's cut: the dots are not the name's, and the text is cut off.
    const cut = parseRegulation(
      '某市医保局是市人民政府的职能部门，内设6个科(室)：办公室、人事科、待遇保障科、基金监管...',
    );
    assert.deepEqual(
      cut.regulation.divisions.map((d) => [d.name, d.truncated ?? false]),
      [
        ['办公室', false],
        ['人事科', false],
        ['待遇保障科', false],
        ['基金监管', true],
      ],
    );
    assert.ok(cut.diagnostics.some((d) => d.code === 'truncated-text'));
    // A page's 阅读 button after the text is no cut.
    const read = parseRegulation('某县档案局\n一、主要职责\n（一）负责档案工作。\n\n阅读');
    assert.ok(!read.diagnostics.some((d) => d.code === 'truncated-text'));
  });

  test('contact lines after the text give the agency’s contact, each with its line as its source', () => {
    const text = [
      '某市教育局机构职能',
      '一、主要职责',
      '（一）负责全市教育工作。',
      '联系电话：0411-12345678',
      '办公地址：某市某路1号',
      '電子郵箱：jyj@example.gov.cn',
      '网址：http://jyj.example.gov.cn',
      '办公时间：工作日 8:30-17:00',
      '传真：见下表',
    ].join('\n');
    const { regulation, diagnostics } = parseRegulation(text);
    const source = (line: number) => ({ title: '某市教育局机构职能', locator: `line ${line}` });
    assert.deepEqual(regulation.contacts, [
      {
        phone: { value: '0411-12345678', source: source(4) },
        address: { value: '某市某路1号', source: source(5) },
        email: { value: 'jyj@example.gov.cn', source: source(6) },
        website: { value: 'http://jyj.example.gov.cn', source: source(7) },
        hours: { value: '工作日 8:30-17:00', source: source(8) },
      },
    ]);
    assert.ok(validateRegulation(regulation).ok);
    assert.ok(!diagnostics.some((d) => d.code === 'unrecognized-line' && d.line >= 4 && d.line <= 8));
    // A value that is not one (电话：见办事指南) is not read; a text without such lines has no contacts.
    assert.equal(
      parseRegulation('某局\n一、主要职责\n（一）负责工作。\n电话：见办事指南').regulation.contacts,
      undefined,
    );
    assert.equal(parseRegulation(regulationText()).regulation.contacts, undefined);
  });

  test('a page’s markup copied with the text (&nbsp;, <br>) is white space; columns still count the text as written', () => {
    const text = [
      '某县统计局主要职责',
      '一、主要职责',
      '&nbsp;&nbsp;（一）负责全县统计工作。',
      '&nbsp;&nbsp;（二）组织普查。<br>',
      '<p class="x">二、内设机构</p>',
      '（一）办公室。负责日常运转。',
      '&nbsp;（二）办公室。负责档案工作。',
    ].join('\n');
    const { regulation, diagnostics } = parseRegulation(text);
    assert.equal(regulation.agency.name, '某县统计局');
    assert.deepEqual(
      regulation.duties.map((d) => d.text),
      ['负责全县统计工作。', '组织普查。'],
    );
    assert.deepEqual(
      regulation.divisions.map((d) => d.name),
      ['办公室', '办公室'],
    );
    // The duplicate's diagnostic points at its name in the line as written, after the &nbsp;.
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-division');
    assert.equal(duplicate?.line, 7);
    assert.equal(duplicate?.column, '&nbsp;（二）'.length + 1);
  });

  test('layouts the second session-15 holdout showed, in other agencies’ wording', () => {
    // An encyclopaedia: a description first, its infobox, then 职责 and a heading of the divisions' duties.
    const page = [
      '某市档案馆位于某市某路，占地一千平方米。',
      '基本介绍',
      '- 中文名：某市档案局',
      '- 地点：某市',
      '职责',
      '各科室主要职能：',
      '1. 办公室',
      '负责文秘、会务工作。',
      '2. 业务指导科',
      '负责档案业务指导。',
      '3. 编研科',
      '负责档案编研工作。',
    ].join('\n');
    const { regulation } = parseRegulation(page);
    assert.equal(regulation.agency.name, '某市档案局');
    assert.deepEqual(
      regulation.divisions.map((d) => [d.name, d.responsibilities.map((c) => c.text)]),
      [
        ['办公室', ['负责文秘、会务工作']],
        ['业务指导科', ['负责档案业务指导']],
        ['编研科', ['负责档案编研工作']],
      ],
    );
    assert.equal(regulation.duties.length, 0);
    // 各科室主要职能： is no notice's addressees.
    assert.equal(regulation.promulgation, undefined);
    // Posts beside an establishment's count are its staffing.
    const centre = parseRegulation(
      '某市公共资源交易中心(交易大厅)为市直属正处级事业单位。\n核定编制20名，主任1名，副主任2名。',
    );
    assert.deepEqual(centre.regulation.staffing?.leadershipPosts, [
      { title: '主任', count: 1 },
      { title: '副主任', count: 2 },
    ]);
  });
});

describe('what the session-15 review found', () => {
  const read = (text: string) => parseRegulation(text).regulation;
  const names = (text: string) => read(text).divisions.map((d) => d.name);

  test('a sentence that cites a notice (按照…关于印发《…》的通知精神) is no notice title', () => {
    for (const text of [
      'XX县财政局\n按照县委关于《XX县机构改革方案》的通知精神，设立XX县财政局，为县人民政府工作部门，正科级。\n一、主要职责\n（一）贯彻执行国家财税方针政策。\n（二）负责管理县级财政收支。\n二、内设机构\n（一）办公室。负责机关日常运转工作。\n（二）预算股。负责编制县级预算。',
      'XX县财政局主要职责内设机构和人员编制规定\n按照中共XX县委、XX县人民政府关于印发《XX县人民政府机构改革方案》的通知（X发〔2010〕3号）精神，设立XX县财政局，为县人民政府工作部门。\n一、主要职责\n（一）贯彻执行国家财税方针政策。\n（二）负责管理县级财政收支。\n二、内设机构\n根据上述职责，县财政局设2个内设机构：\n（一）办公室。负责机关日常运转工作。\n（二）预算股。负责编制县级预算。\n三、人员编制\n县财政局机关行政编制12名。其中：局长1名，副局长2名。',
    ]) {
      const regulation = read(text);
      assert.equal(regulation.promulgation, undefined, text);
      assert.equal(regulation.agency.name, 'XX县财政局');
    }
  });

  test('a terse duty without a stop, or one that names 股室, stays a division’s text', () => {
    assert.deepEqual(
      names(
        '办公室\n负责文电、会务、机要、档案等机关日常运转工作。\n负责机关财务工作\n综合科\n负责综合协调工作。\n负责政务信息工作\n预算科\n负责编制预算草案。',
      ),
      ['办公室', '综合科', '预算科'],
    );
    assert.deepEqual(
      names('办公室\n负责协调机关各股室工作\n预算股\n负责编制县级预算草案\n国库股\n负责国库集中支付工作'),
      ['办公室', '预算股', '国库股'],
    );
    assert.equal(
      read('办公室\n负责协调机关各股室工作\n预算股\n负责编制县级预算草案\n国库股\n负责国库集中支付工作').agency.name,
      null,
    );
  });

  test('在…基础上组建X and 在县政府设立X name X; only 各…设立 (branches) names none', () => {
    assert.equal(
      read(
        '根据县委、县政府机构改革方案，在原县人事局基础上组建县人力资源和社会保障局。\n一、主要职责\n（一）贯彻执行国家人力资源和社会保障法律法规。\n（二）负责全县就业工作。',
      ).agency.name,
      '县人力资源和社会保障局',
    );
    assert.equal(
      read(
        '根据省委、省政府批准的县政府机构改革方案，在县政府设立县应急管理局，为县人民政府工作部门。\n一、主要职责\n（一）负责全县应急管理工作。\n（二）负责全县安全生产综合监督管理。',
      ).agency.name,
      '县应急管理局',
    );
  });

  test('a name with 和…单位 in it stays whole; 内设1个机构 declares one; a government’s 23个职能部门 is no count', () => {
    assert.deepEqual(
      names('XX县机关事务服务中心是县人民政府直属事业单位，内设办公室、财务和直属单位管理股、公共机构节能股。'),
      ['办公室', '财务和直属单位管理股', '公共机构节能股'],
    );
    assert.deepEqual(
      names('XX县财政局是县人民政府工作部门，内设办公室、预算股、行政政法和事业单位资产管理股、国库股4个股室。'),
      ['办公室', '预算股', '行政政法和事业单位资产管理股', '国库股'],
    );
    assert.equal(read('XX县财政局\n县财政局内设1个机构，即综合办公室。').declaredDivisionCount, 1);
    assert.equal(
      read(
        'XX县人民政府设置23个职能部门，县财政局是其中之一。\nXX县财政局是县人民政府工作部门，内设办公室、预算股、国库股。',
      ).declaredDivisionCount,
      undefined,
    );
  });

  test('1. then 二、 switches a list’s marks only for an item that reads as a duty, not for a section', () => {
    const adjustments = read(
      'XX县财政局主要职责内设机构和人员编制规定\n一、职责调整\n1.将原县物价局承担的行政事业性收费管理职责划入县财政局。\n二、主要职责。\n（一）贯彻执行国家财税方针政策。\n（二）负责管理县级财政收支。\n三、内设机构。\n（一）办公室。负责机关日常运转工作。\n（二）预算股。负责编制县级预算。\n四、人员编制。\n县财政局机关行政编制12名。其中：局长1名，副局长2名。',
    );
    assert.equal(adjustments.dutyAdjustments?.length, 1);
    assert.equal(adjustments.duties.length, 2);
    const sections = read(
      'XX县财政局主要职责内设机构和人员编制规定\n一、主要职责\n1.贯彻执行国家财税方针政策，负责管理县级财政收支。\n二、县财政局设办公室、预算股、国库股3个内设机构。\n三、县财政局机关行政编制12名。其中：局长1名，副局长2名。',
    );
    assert.equal(sections.duties.length, 1);
    assert.equal(sections.staffing?.administrativePosts, 12);
  });

  test('a 1. list after 职责分工：, or after a sentence that names the divisions, is no list of duties', () => {
    assert.equal(
      read(
        'XX县财政局\n有关职责分工：\n1.与县发展和改革局的有关职责分工。县发展和改革局负责…，县财政局负责…。\n2.与县税务局的有关职责分工。县税务局负责…。',
      ).duties.length,
      0,
    );
    assert.equal(
      read(
        'XX县财政局\n县财政局设办公室、预算股、国库股3个股室，其主要职能：\n1.办公室：负责机关日常运转。\n2.预算股：负责编制预算。\n3.国库股：负责国库管理。',
      ).duties.length,
      0,
    );
  });

  test('股长：李四（兼） inside a division list does not end it', () => {
    assert.deepEqual(
      names(
        'XX县财政局主要职责内设机构和人员编制规定\n一、主要职责\n（一）贯彻执行国家财税方针政策。\n（二）负责管理县级财政收支。\n二、内设机构\n（一）办公室。负责机关日常运转工作。\n股长：李四（兼）\n（二）预算股。负责编制县级预算。\n股长：王五（兼）\n（三）国库股。负责国库集中支付工作。\n三、人员编制\n县财政局机关行政编制12名。其中：局长1名，副局长2名。',
      ),
      ['办公室', '预算股', '国库股'],
    );
  });

  test('the agency’s name on the first line, a footer’s 主办：, a label’s 单位职能： or 内设科室： are no divisions', () => {
    assert.deepEqual(
      names(
        'XX县财政局\nXX县财政局是县人民政府工作部门，负责全县财政工作。\n主办：XX县人民政府办公室\n承办：XX县大数据中心\n网站标识码：1234567890',
      ),
      [],
    );
    for (const text of [
      'XX县文化广电旅游体育局\n单位职能：贯彻执行党和国家文化工作方针政策。\n办公室：负责机关日常运转工作。\n文化旅游股：负责文化旅游工作。\n体育股：负责体育工作。',
      'XX县财政局\n内设科室：办公室、预算股、国库股\n办公室：负责机关日常运转工作。\n预算股：负责编制县级预算。\n国库股：负责国库集中支付工作。',
      'XX县财政局\n县财政局设办公室、预算股、国库股3个股室。\n办公室：负责机关日常运转工作。\n预算股：负责编制县级预算。\n国库股：负责国库集中支付工作。',
    ]) {
      const regulation = read(text);
      assert.equal(regulation.divisions.length, 3, text);
      assert.ok(!regulation.divisions.some((d) => /局$|科室$/u.test(d.name)), text);
      assert.match(regulation.agency.name ?? '', /^XX县/u, text);
    }
  });

  test('a notice found by its 现予以印发 line alone keeps its date and issuer', () => {
    const text = [
      '某政办发〔2014〕40号',
      '《某市统计局主要职责、内设机构和人员编制规定》已经市人民政府批准，现予以印发，请认真贯彻执行。',
      '某市人民政府办公室',
      '2014年11月15日',
      '某市统计局主要职责、内设机构和人员编制规定',
      '一、主要职责',
      '（一）负责全市统计工作。',
      '（二）组织实施统计调查。',
    ].join('\n');
    const { promulgation } = read(text);
    assert.equal(promulgation?.issuer, '某市人民政府办公室');
    assert.equal(promulgation?.date, '2014-11-15');
  });

  test('layouts the third session-15 holdout showed, in other agencies’ wording', () => {
    // An encyclopaedia's section label first, then the name; a list whose count keeps 和 inside a name.
    const entry = parseRegulation(
      '基本信息\n某市文学艺术界联合会\n市文联内设机关党委和办公室、组织联络部、创作研究部3个职能部门，下属2个事业单位。',
    ).regulation;
    assert.equal(entry.agency.name, '某市文学艺术界联合会');
    assert.deepEqual(
      entry.divisions.map((d) => d.name),
      ['机关党委和办公室', '组织联络部', '创作研究部'],
    );
    assert.equal(entry.declaredDivisionCount, 3);
    // Names with their list's numbers, after a sentence that counts them; a sub-body's duties, and a
    // pronoun or a bare 市中心, are not the agency's.
    const centre = parseRegulation(
      [
        '根据上述职责，我中心内设3个科室，下设5个县办事处：',
        '(1)综合科',
        '负责综合协调工作。',
        '(2)归集科',
        '负责公积金归集工作。',
        '(3)信贷科',
        '负责公积金贷款工作。',
        '市中心下设5个县办事处，办事处承担的职责是：',
        '(1)贯彻执行公积金政策。',
      ].join('\n'),
    ).regulation;
    assert.deepEqual(
      centre.divisions.map((d) => d.name),
      ['综合科', '归集科', '信贷科'],
    );
    assert.equal(centre.duties.length, 0);
    assert.equal(centre.agency.name, null);
    // 本溪市… is a name, not a pronoun.
    assert.equal(parseRegulation('本溪市统计局是市人民政府工作部门。').regulation.agency.name, '本溪市统计局');
  });
});

describe('what the second session-15 review found', () => {
  const read = (text: string) => parseRegulation(text).regulation;

  test('各处室职责 inside a sentence, or a verb before it, opens no heading; the agency’s and its divisions’ duties together are duties', () => {
    const wrapped = read(
      'XX市人力资源和社会保障局主要职责内设机构和人员编制规定\n根据《XX市人民政府机构改革方案》，设立XX市人力资源和社会保障局，为市人民政府工作部门。\n一、主要职责\n（一）贯彻执行国家和省人力资源和社会保障法律法规，拟订全市人\n力资源和社会保障事业发展规划、政策，并组织实施和监督检查。\n（二）负责机关内部管理，统筹协调机关各处室职能配置和工作\n衔接，督促检查各处室职责落实情况，指导所属单位的业务工\n作。\n（三）负责全市就业工作，拟订统筹城乡的就业发展规划和政策，完\n善公共就业服务体系。\n（四）承办市人民政府交办的其他事项。\n二、内设机构\n根据上述职责，市人力资源和社会保障局设3个内设机构：\n（一）办公室。负责文电、会务、机要、档案等机关日常运转工作。\n（二）政策法规处。负责起草有关地方性法规、规章草案。\n（三）就业促进处。负责拟订就业政策。\n三、人员编制\n市人力资源和社会保障局机关行政编制30名。其中：局长1名，副局长3名；处级领导职数10名。',
    );
    assert.equal(wrapped.duties.length, 4);
    assert.deepEqual(
      wrapped.divisions.map((d) => d.name),
      ['办公室', '政策法规处', '就业促进处'],
    );
    const verb = read(
      '某县财政局\n主要职责：\n（一）负责财政工作。\n（二）负责会计工作。\n明确各科室职责\n（三）负责政府采购监督管理。',
    );
    assert.equal(verb.duties.length, 3);
    assert.deepEqual(verb.divisions, []);
    assert.equal(
      read(
        'XX县财政局\nXX县财政局是县人民政府工作部门。\n一、主要职责和内设科室职责\n（一）贯彻执行国家财税方针政策。\n（二）负责管理县级财政收支。\n（三）负责全县会计管理工作。\n二、人员编制\n县财政局机关行政编制12名。其中：局长1名，副局长2名。',
      ).duties.length,
      3,
    );
  });

  test('posts of a body under the agency (下设X，为…事业单位，核定编制8名，主任1名) are not the agency’s', () => {
    assert.equal(
      read(
        'XX县财政局\nXX县财政局是县人民政府工作部门，正科级。\n主要职责\n（一）贯彻执行国家财税方针政策。\n（二）负责管理县级财政收支。\n内设机构\n县财政局内设办公室、预算股、国库股3个股室。\n县财政局下设XX县财政国库支付中心，为正股级事业单位，核定编制8名，主任1名，副主任1名。',
      ).staffing,
      undefined,
    );
  });

  test('contact lines of a division, a leader, a contact person or a website are not the agency’s', () => {
    for (const name of ['c01', 'c07', 'c08', 'c03'])
      assert.equal(read(CONTACTS[name] as string).contacts, undefined, name);
    // A value ends where the next label starts; a footer's lines are the site's; prose is no address.
    assert.equal(
      read(
        'XX县财政局\nXX县财政局是县人民政府工作部门，负责全县财政工作。\n一、主要职责\n（一）贯彻执行国家财税方针政策。\n（二）负责管理县级财政收支。\n二、内设机构\n县财政局内设办公室、预算股、国库股3个股室。\n主办：XX县人民政府办公室\n地址：XX县人民路1号 邮编：453000 电话：0373-1234567\n网站标识码：4107000001',
      ).contacts,
      undefined,
    );
    assert.equal(
      read(
        'XX县财政局\nXX县财政局是县人民政府工作部门。\n地址：位于县城人民路1号，东邻县政府，西邻县人民医院，南邻人民广场。\n主要职责\n（一）负责管理县级财政收支。',
      ).contacts,
      undefined,
    );
    const footer = read(
      '某县财政局\n某县财政局是县人民政府工作部门。\n办公地址：某县人民路1号 邮编：453000\n主办：某县人民政府办公室\n电话：0373-1234567',
    );
    assert.deepEqual(
      footer.contacts?.map((c) => [c.address?.value, c.phone]),
      [['某县人民路1号', undefined]],
    );
  });

  test('an infobox names the agency only when the body does not; 单位名称 of a body under it does not', () => {
    assert.equal(
      read(
        '机构概况\nXX县财政局是县人民政府工作部门，负责全县财政工作。\n内设办公室、预算股、国库股。\n所属事业单位\n单位名称：XX县财政国库支付中心\n单位性质：全额拨款事业单位',
      ).agency.name,
      'XX县财政局',
    );
    const infobox = read(
      '基本信息\n- 中文名：某县技术推广中心\n- 上级单位：某县农业农村局\n某县农业农村局是县人民政府工作部门。',
    );
    assert.equal(infobox.agency.name, '某县农业农村局');
  });

  test('an addressee line that names no body before its colon still opens a notice', () => {
    assert.equal(
      read(
        '各县（市、区）：\n《XX市财政局主要职责内设机构和人员编制规定》已经市人民政府同意，请认真贯彻执行。\nXX市人民政府办公室\n2010年3月5日\nXX市财政局主要职责内设机构和人员编制规定\n根据《XX市人民政府机构改革方案》，设立XX市财政局，为市人民政府工作部门。\n一、主要职责\n（一）贯彻执行国家财税方针政策。\n（二）负责管理市级财政收支。',
      ).promulgation?.date,
      '2010-03-05',
    );
  });

  test('X为…事业单位 gives no parent or kind; 设5个职能部门 of the agency is a count', () => {
    const centre = read(
      '某区政务服务中心\n某区政务服务中心为区政府直属正科级事业单位。\n主要职责\n（一）负责政务服务工作。',
    );
    assert.equal(centre.agency.parent ?? null, null);
    assert.equal(
      read(
        'XX区委宣传部\nXX区委宣传部是区委工作机关。\n区委宣传部设5个职能部门：办公室、宣传科、理论科、新闻科、文明办。',
      ).declaredDivisionCount,
      5,
    );
  });

  test('a tag split over two lines is left as it is: lines keep their numbers', () => {
    const { diagnostics } = parseRegulation(
      'XX县财政局\n<p class="MsoNormal"\nstyle="text-indent:2em">一、主要职责</p>\n（一）贯彻执行国家财税方针政策。\n（二）负责管理县级财政收支。\n二、内设机构\n县财政局内设办公室、预算股、国库股3个股室。\n未知的一行文字',
    );
    const unknown = diagnostics.find((d) => d.code === 'truncated-text' && d.line === 8);
    assert.ok(unknown, JSON.stringify(diagnostics));
  });
});

const CONTACTS: Readonly<Record<string, string>> = {
  c01: 'XX县财政局\nXX县财政局是县人民政府工作部门，负责全县财政工作。\n内设机构\n办公室：负责机关日常运转工作。\n联系电话：0371-12345678\n预算股：负责编制县级预算。\n联系电话：0371-12345679\n国库股：负责国库集中支付工作。\n联系电话：0371-12345680',
  c07: 'XX市生态环境局\n一、主要职责\n（一）负责建立健全生态环境基本制度。\n（二）负责重大生态环境问题的统筹协调和监督管理。\n二、内设机构\n（一）办公室\n负责机关日常运转。\n办公地址：市政府大楼3楼301室\n联系电话：0411-83630001\n（二）法规科\n负责法制工作。\n办公地址：市政府大楼3楼305室\n联系电话：0411-83630002',
  c08: 'XX县财政局\nXX县财政局是县人民政府工作部门。\n现任领导\n局长：张三\n电话：0371-1234567\n副局长：李四\n电话：0371-1234568',
  c03: 'XX市人民政府办公室关于印发XX市财政局主要职责内设机构和人员编制规定的通知\nX政办〔2010〕12号\n各县（市）、区人民政府，市政府各部门：\n《XX市财政局主要职责内设机构和人员编制规定》已经市人民政府批准，现予印发。\n二〇一〇年三月五日\nXX市财政局主要职责内设机构和人员编制规定\n根据《XX市人民政府机构改革方案》，设立XX市财政局，为市人民政府工作部门。\n一、主要职责\n（一）贯彻执行国家财税方针政策。\n（二）负责管理市级财政收支。\n二、内设机构\n根据上述职责，市财政局设5个内设机构：\n（一）办公室。负责机关日常运转工作。\n（二）预算科。负责编制市级预算。\n三、人员编制\n市财政局机关行政编制20名。其中：局长1名，副局长3名。\n四、附则\n本规定由市机构编制委员会办公室负责解释。\n联系人：张三\n联系电话：0373-3012345',
};
