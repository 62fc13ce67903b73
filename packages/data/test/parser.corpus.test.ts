/**
 * The real-text corpus (fixtures/real/, sources in its SOURCES.md): texts of other agencies as
 * websites, gazettes and encyclopaedias publish them, with the facts a reader counted by hand.
 * Every fact is asserted, apart from the accepted misses listed below with their reasons; the total
 * is printed (also by `scripts/corpus-score.ts`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';

import { corpusFolders, scoreCorpus, testTexts } from './corpus.js';

const DIR = new URL('./fixtures/real/', import.meta.url);
const scores = scoreCorpus(DIR);

/**
 * Facts of the tuning texts that the parser misses on purpose, by folder and fact name, each with
 * its reason. The hand count in expected.json stays as a reader counts it (it is never edited to
 * match the parser) and the miss still counts against the printed total. Any other miss fails, and
 * so does an accepted miss that is read after all: then its entry goes.
 */
const ACCEPTED_MISSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '37-guilin-env-hant-encyclopedia': {
    declaredDivisionCount:
      "the count 7 is given only by the encyclopaedia's infobox field '下設機構數:七', a field of the page, not a sentence " +
      'of the regulation, so the parser leaves it unread (session-5 holdout, tuning since session 6; SOURCES.md)',
  },
  '44-veterans-ministry-2018-news-hant-pinyin': {
    agency:
      "a news report: the ministry is named only inside news sentences ('退役軍人事務(wù)部副部長錢鋒介紹'), " +
      'never by a title or a regulation phrase, and the parser does not take an agency from news prose ' +
      '(session-6 holdout, tuned on in session 6 but left unread; SOURCES.md)',
    ...inlineListMisses(
      10,
      "the ten divisions are one inline list after a count, '組織建構(gòu)包括10個(gè)司(廳),分別是:辦公廳、…、" +
        "機(jī)關(guān)黨委(人事司)。', where the mirror's ASCII pinyin brackets and the names' alternative-name " +
        'brackets look alike; the parser reads no inline list with pinyin debris in its count and brackets ' +
        '(session-6 holdout, tuned on in session 6 but left unread; SOURCES.md)',
    ),
  },
  '47-shahe-amr-2018-articles': {
    truncated:
      "the window stops after the last sentence of duty (五) ('…监督管理广告活动。'), which ends with 。, but 第三条's duty " +
      'list is unfinished (no later item, no 职能转变, no 第四条), so by the counting conventions the text stops ' +
      'mid-section; the parser takes the full stop as the end (late-session-6 holdout, tuning since session 8; SOURCES.md)',
  },
  '49-dongfang-health-summary': {
    ...Object.fromEntries(
      ['division count', 'division 1', 'division 2', 'division 3', 'division 4', 'division 5'].map((name) => [
        name,
        "the five divisions are an inline list in the 简介 paragraph, '内设办公室、医政管理岗、…、政策法规岗位等5个职能机构', " +
          'whose units are 岗 (posts, not a division suffix); the parser reads no division from it, though it reads the ' +
          'declared count 5 (late-session-6 holdout, tuning since session 8; SOURCES.md)',
      ]),
    ),
    administrativePosts:
      "counted 13 from the typo '行编政制13名' (行政编制 with two characters transposed): a reader reads 13, but the " +
      'parser would have to accept a misspelled word (late-session-6 holdout, tuning since session 8; SOURCES.md)',
  },
  '53-anhui-gov-affairs-admin-2009-summary': {
    agency:
      "counted 安徽省省直机关事务管理局, the text's first words ('安徽省省直机关事务管理局,一,职能调整 …'); the parser " +
      "takes 省直机关事务管理局 from '设立省直机关事务管理局' (late-session-6 holdout, tuning since session 8; SOURCES.md)",
    ...Object.fromEntries(
      ['duties', 'dutyAdjustments'].map((name) => [
        name,
        "the heading '一,职能调整' (ASCII comma) is not taken as a section heading, so its item " +
          "'(一)取消已由国务院,省政府公布取消的行政审批事项' is read as a duty instead of an adjustment " +
          '(late-session-6 holdout, tuning since session 8; SOURCES.md)',
      ]),
    ),
  },
  '54-culture-ministry-1994-notice': {
    agency:
      "the notice covers two agencies ('印发文化部和国家文物局职能配置、内设机构和人员编制方案的通知') and the regulation in " +
      "the window is the first one's ('文化部职能配置、内设机构和人员编制方案', '保留文化部'); the parser takes the pair " +
      '文化部和国家文物局 from the notice title (session-8 holdout, tuning since late session 8; SOURCES.md)',
    'notice documentNumber':
      "counted 国办发〔199420, the notice's own number line as written (the mirror lost 〕 and 号); the complete number is " +
      "written only in gov.cn's metadata block ('发文字号: 国办发〔1994〕20号'), which by the conventions does not count, and " +
      'the parser reads that form: a judgement (session-8 holdout, tuning since late session 8; SOURCES.md)',
  },
  '55-cultural-heritage-admin-1998-summary': {
    ...Object.fromEntries(
      ['division count', 'division 2', 'division 3'].map((name) => [
        name,
        "the page's line '办公室(人事劳动司) 文物保护司 博物馆司' gives the three divisions separated by ASCII spaces under a " +
          "bare '内设机构' heading; the parser reads one division, 办公室, from the numbered '(一)办公室(人事劳动司)' before " +
          'the cut (session-8 holdout, tuning since late session 8; SOURCES.md)',
      ]),
    ),
  },
  '60-city-archives-hant-pinyin': {
    agency:
      "named only in '市檔案局(館)是市人民政府授權(quán)對我市檔案事業(yè)行政管理和檔案保管利用的工作機構(gòu)。', a " +
      "是…工作機構 phrase with the mirror's pinyin debris, which the parser does not take a name from " +
      '(session-8 holdout, tuning since late session 8; SOURCES.md)',
    ...Object.fromEntries(
      ['division count', 'division 1', 'division 2', 'division 3', 'division 4'].map((name) => [
        name,
        "the four divisions are an inline list with no count, '內(nèi)設(shè)辦公室、監(jiān)督指導科、檔案管理科和檔案信息技術(shù)科。', " +
          "whose 內設 is split by the mirror's pinyin debris and whose last pair is joined by 和; the parser reads no " +
          'division from it (session-8 holdout, tuning since late session 8; SOURCES.md)',
      ]),
    ),
  },
  '64-guangdong-tourism-2016-news-posts': {
    truncated:
      "the page ends with the news app's footer ('编辑 张璟' / '创造更多价值' / '更多精彩尽在南方+客户端' / '点击下载 ×'), whose " +
      'last line has no full stop, so the parser takes the complete report as cut off (late-session-8 holdout, tuning ' +
      'since the end of session 8; SOURCES.md)',
  },
  '65-customs-2008-hant-pinyin-metadata': {
    agency:
      "counted 海關總署, the name of the regulation's title and of the notice body; the parser takes the full name " +
      "中華人民共和國海關總署 from the preamble '設立中華人民共和國海關總署(正部級)': a judgement between two written " +
      'forms (late-session-8 holdout, tuning since the end of session 8; SOURCES.md)',
    'notice date':
      "the notice itself has no date; the parser reads 2008-07-11 from the site's metadata line '發(fā)文日期2008年07月11日', " +
      'which by the conventions does not count: a judgement (late-session-8 holdout, tuning since the end of session 8; ' +
      'SOURCES.md)',
  },
  '67-shaanxi-ethnic-affairs-2000-notice-typo': {
    'notice date':
      "the notice's date line has a typo, '2000牟8月25日' (牟 for 年): a reader reads 2000-08-25, the parser would have to " +
      'accept a misspelled 年 (late-session-8 holdout, tuning since the end of session 8; SOURCES.md)',
  },
  '72-lijin-statistics-county-gazetteer': {
    truncated:
      "the kept excerpt of the yearbook ends with its paragraph's last sentence, which has no full stop " +
      "('…共有专业技术人员18人'), so the parser takes the complete paragraph as cut off (session-8 holdout, tuning since " +
      'session 9; SOURCES.md)',
  },
  '75-guangdong-ip-office-2009-hant-notice': {
    dutyAdjustments:
      "counted 9, the numbered items inside the three groups of 職責調整 ('(一)取消的職責' and its items); the parser " +
      'counts the three groups: a judgement the helper states (session-9 holdout, tuning since session 9; SOURCES.md)',
  },
  '78-ningdu-emergency-office-2008-hant-encyclopedia': {
    'division count':
      "counted 0: the list after '工作分工' ('(一)組織協調組:由辦公室主任…任組長') is of task groups formed in an " +
      'emergency, not divisions; the parser reads its one item as a division by its place (session-9 holdout, tuning ' +
      'since session 9; SOURCES.md)',
  },
  '84-shaanxi-foreign-affairs-2014-notice': {
    dutyAdjustments:
      "counted 3, the transfers numbered under '一、职能转变'; the parser reads a 职能转变 section as the function " +
      'transformation, not as transfers: a judgement the helper states (second session-9 holdout, tuning since ' +
      'session 9; SOURCES.md)',
    truncated:
      "counted true: the page stops after duty (二), but its sentence ends with a full stop ('…合作交流。'), so nothing in " +
      'the text shows the cut (second session-9 holdout, tuning since session 9; SOURCES.md)',
  },
  '86-mee-2023-adjustment-notice': {
    dutyAdjustments:
      "counted 3, the items 一、二、三 of a notice that adjusts the ministry's duties, bodies and staffing; the parser " +
      'reads no 职责调整 section: a judgement the helper states, with 1 and 0 as other readings (third session-9 ' +
      'holdout, tuning since session 9; SOURCES.md)',
  },
  '88-district-petitions-divisions-spam': {
    agency:
      "counted 区信访局, written only inside a division's duties ('…区信访局的来信'); the parser names no agency from " +
      'a duty: a judgement the helper states, with null as the other reading (third session-9 holdout, tuning since ' +
      'session 9; SOURCES.md)',
  },
  '94-city-transport-committee-encyclopedia-divisions': {
    agency:
      "counted 市交委, written only inside a division's duties ('负责组织协调市交委、市交通工委机关日常工作'); the " +
      'parser names no agency from a duty: a judgement the helper states (fourth session-9 holdout, tuning since ' +
      'session 9; SOURCES.md)',
  },
  '95-foshan-emergency-office-hant-encyclopedia': {
    agency:
      "counted 市應急管理辦公室 (from '市應急管理辦公室內設2個職能科'); the parser takes 應急管理辦公室 from the earlier " +
      "'應急管理辦公室的主要職責是': two written forms (fourth session-9 holdout, tuning since session 9; SOURCES.md)",
  },
  '97-linxiang-healthcare-security-2022-budget-hant-pinyin': {
    agency:
      "counted 臨湘市醫(yī)療保障局, the title '臨湘市醫(yī)療保障局機(jī)關(guān)2022年部門預(yù)算說(shuō)明' with a mirror's pinyin " +
      'debris inside the words, which the parser does not read through (fourth session-9 holdout, tuning since ' +
      'session 9; SOURCES.md)',
  },
  '99-xiangfan-radio-tv-2002-notice': {
    'notice documentNumber':
      "counted null: the number is written only in the site's metadata line '发布文号: 襄政办发[2002]29号', which the " +
      "conventions leave out; the parser reads it as the notice's number, as it is (fifth session-9 holdout, tuning " +
      'since session 9; SOURCES.md)',
  },
};

/** The accepted misses of an inline division list that is not read: its count, each name, its declared count. */
function inlineListMisses(n: number, reason: string): Record<string, string> {
  const names = Array.from({ length: n }, (_, i) => `division ${i + 1}`);
  return Object.fromEntries(['division count', ...names, 'declaredDivisionCount'].map((name) => [name, reason]));
}

describe('real texts of other agencies', () => {
  test('the corpus holds at least 20 texts, each listed in SOURCES.md', () => {
    const sources = readFileSync(new URL('SOURCES.md', DIR), 'utf8');
    assert.ok(scores.length >= 20);
    for (const folder of corpusFolders(DIR)) assert.ok(sources.includes(folder), `${folder} is not in SOURCES.md`);
  });

  test('every accepted miss names a text and a fact of the corpus', () => {
    for (const [folder, misses] of Object.entries(ACCEPTED_MISSES)) {
      const text = scores.find((s) => s.folder === folder);
      assert.ok(text, `${folder} is not in the corpus`);
      for (const name of Object.keys(misses))
        assert.ok(
          text.facts.some((f) => f.name === name),
          `${folder}: no fact ${name}`,
        );
    }
  });

  for (const { folder, facts } of scores) {
    const accepted = ACCEPTED_MISSES[folder] ?? {};
    test(`${folder}: every hand-counted fact is read${Object.keys(accepted).length ? ', apart from its accepted misses' : ''}`, () => {
      assert.deepEqual(
        facts
          .filter((f) => !f.pass && !(f.name in accepted))
          .map((f) => `${f.name}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`),
        [],
      );
      const readAfterAll = facts.filter((f) => f.pass && f.name in accepted).map((f) => f.name);
      assert.deepEqual(readAfterAll, [], 'an accepted miss is read now: remove it from ACCEPTED_MISSES');
    });
  }
  testTexts(DIR);

  after(() => {
    const all = scores.flatMap((s) => s.facts);
    const passed = all.filter((f) => f.pass).length;
    console.log(`corpus: ${passed}/${all.length} hand-counted facts (${((100 * passed) / all.length).toFixed(1)}%)`);
  });
});
