/**
 * The agency: its name, other names (signboards), parent body, kind and rank, read from the
 * title, the opening sentence and the articles before the duties.
 */
import type { Agency } from '../model/types.js';
import type { Report } from './diagnostics.js';
import { COUNT_BEFORE } from './declared.js';
import { columnAt } from './lines.js';
import { BoundedList } from './lists.js';
import { splitTrailingGroups } from './brackets.js';
import { regulationNameIn } from './front.js';
import { AGENCY_STATEMENT, findSignboards } from './patterns.js';
import { findNode, type Node } from './structure.js';
import type { LineToken } from './tokens.js';
import { lastClause, startsWithClauseVerb } from './units.js';

/** 正局级, 副厅级, 正处级… */
const RANK = /[正副]?(?:省部|[部厅廳局司处處县縣乡鄉科股])[级級]/;

/** How an agency's name ends: 局, 厅, 部, 委员会, 办公室, 中心… */
const AGENCY_END = /(?:[局厅廳部委办辦室院署会會]|中心|政府)$/u;
/** A notice about one agency: 关于湖南省信访局机构编制调整的通知, 关于调整生态环境部职责机构编制的通知. */
const NOTICE_ABOUT =
  /(?:关于|關於)(?:印[发發]|[调調]整)?(.{2,30}?)(?:(?:[职職][责責])?[机機][构構][编編]制|主要[职職][责責]|[职職]能配置|“三定”)/u;
/** What a profile page's title adds to the agency's name: 机构简介, 机构职能, 主要职责, 机构设置和职能, 简介, 的机构沿革. */
const PAGE_TOPIC =
  /的?(?:[机機][构構])?(?:主要)?(?:[简簡]介|概[况況]|[设設]置|[职職]能|[职職][责責]|(?:[历歷]史)?沿革)(?:[和与與及](?:[职職]能|[职職][责責]))?$/u;
/**
 * What a budget disclosure's title adds to the agency's name (the duties are its 部门概况):
 * X2021年部门预算公开情况, X2020年度部门决算公开说明, X部门概况, X2018年度整体支出绩效评价报告.
 */
const DISCLOSURE_TOPIC =
  /(?:(?:[0-9０-９]{4}年度?)?(?:部[门門])?(?:(?:预决算|預決算|[预預]算|[决決]算)(?:公开|公開)?(?:情[况況]|[说說]明|[报報]告)?|(?:整体支出|整體支出)?\s{0,2}[绩績]效自?(?:评价|評價)(?:[报報]告)?)|部[门門]概[况況])$/u;
/**
 * Body phrases that name the agency right after them: 设立X，/ 保留X（…）; not where X is set up in
 * each of many places (在各镇设立X, 各区设立X: its branches).
 */
const NAMED_AFTER = /(?<!另|不再|各[^，,。；;]{0,12})(?:[设設]立|保留|[组組]建)(?!了)([^，,。；;：:（(《》\s]{2,30})/u;
/** Body phrases that name the agency right before them. */
const NAMED_BEFORE = [
  /[设設]下列[内內][设設]|[内內][设設](?:[机機][构構])?|下[设設]/u,
  /的主要[职職][责責]/u,
  /[机機][关關]行政[编編]制|核定行政[编編]制/u,
  // X成立於1956年，… (a profile's first sentence).
  /成立[于於]\s*[0-9０-９]{4}/u,
  // X在Y的基础上组建而成 (a profile's first sentence).
  /在[^，,。；;]{2,40}的基[础礎]上[组組]建/u,
  // X设A、B… (设 alone before a list of its divisions, X at a clause's start; cleanName refuses a duty's words).
  /(?<=(?:^|[。；;！!，,：:])\s{0,2}[^，,。；;：:、\s]{2,20}[局委办辦厅廳院部])[设設](?![立置计計施备備有])[^，,。；;、]{2,20}、/u,
  // A declared count (declared.ts): X设8个职能处室, X设19个内设机构.
  new RegExp(`[设設]\\s*${COUNT_BEFORE.source}`, 'u'),
  // X是县人民政府的交通行政主管部门 (主管部门, not 工作部门; of a government: not 本局办公室是…主管部门).
  /是[^，,。；;]{0,12}?政府的?[^，,。；;]{0,12}?主管部[门門]/u,
  // The reasons for its setting up: X是根据《…方案》设立，为…工作部门 (a citation before 工作部门).
  /是(?:根[据據]|依[据據]|按照)/u,
  // The 2018 duties article opens with its subject: X贯彻落实党中央关于…的方针政策和决策部署.
  /[贯貫][彻徹]落[实實](?:[党黨]中央|[省市县縣区區州]委)/u,
];
/** An infobox's name line: - 中文名：X, • 中文名稱：X (not 单位名称：X, which a page gives its subordinate bodies too). */
const INFOBOX_NAME = /^(?:[-•·]\s*)?中文名[称稱]?\s*[:：]\s*([^\s:：，,。；;]{2,30})$/u;
/** What may stand between the agency's name and a phrase about its divisions: X机关内设…. */
const OFFICES = /[机機][关關]$/u;
/** Every phrase that names the agency before it, tried in this order (global: each tried at several places). */
const GLOBAL_NAMING_PHRASES: readonly RegExp[] = [AGENCY_STATEMENT, ...NAMED_BEFORE].map(
  (phrase) => new RegExp(phrase.source, `${phrase.flags}g`),
);
/** How many places in one line each phrase is tried at. */
const NAMING_TRIES = 4;
/** An encyclopaedia's 现任领导 line: 张三：大连市审计局局长. */
const LEADER_OF = /^[\p{Script=Han}·]{2,5}[:：](.{2,40}?)(?:[党黨][组組][^、]{0,4}、)?副?[局厅廳部署][长長]/u;

/** Characters that stand where 的 belongs in "X是Y的工作部门" (seen: 發 in the Dalian text). */
const JOINING_TYPOS: ReadonlySet<string> = new Set(['发', '發']);

/**
 * The texts that describe the agency: the opening sentence and the articles before the duties.
 * `lineCount`: the number of lines the tree was read from (each text is a line of its own).
 */
export function agencyTexts(roots: readonly Node[], lineCount: number): Node[] {
  const texts = new BoundedList<Node>(lineCount);
  findNode(roots, (node) => {
    if (node.role !== null) return true;
    if (
      node.origin === 'opening' ||
      node.origin === 'article' ||
      (node.origin === 'body' && node.kind === 'paragraph')
    ) {
      texts.push(node);
    }
    return false;
  });
  return texts.done();
}

/** The subject of the clause that ends just before `index`: "…，大连市科学技术局是" → 大连市科学技术局. */
function subjectBefore(text: string, index: number): string {
  let clause = text.slice(0, index).trimEnd();
  // X，是… (a comma after the subject) / X于1963年成立，是… (its founding after it). Trimmed and cut
  // from the end, never matched with a pattern that starts anywhere: a long run of spaces before 是
  // would cost a scan from each of them.
  if (clause.endsWith('，') || clause.endsWith(',')) {
    clause = clause.slice(0, -1).trimEnd();
    const founded = FOUNDED.exec(clause.slice(-FOUNDED_LONGEST));
    if (founded) clause = clause.slice(0, clause.length - founded[0].length);
  }
  // 成立X，为… / 更名为X，为…: the verb is not part of the name.
  return lastClause(clause).replace(NAMING_VERB, '');
}

/** A verb before the agency's name in its clause: 成立X，为…, 更名为X，是…. */
const NAMING_VERB = /^(?:成立|[组組]建|[设設]立|保留|更名[为為]|[挂掛]牌)/u;

/** The agency's founding between its name and 是, at the end of a clause: 于1963年成立. */
const FOUNDED = /[于於]\s{0,2}[0-9０-９]{4}\s{0,2}年[^，,。；;]{0,8}?(?:成立|[组組]建|[设設]立)$/u;
/** The most characters FOUNDED can take. */
const FOUNDED_LONGEST = 24;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A yearbook's subject label before a paragraph: 〔机构队伍〕, 【机构设置】. */
const SUBJECT_LABEL = /^[〔【［[][^〔〕【】［］[\]]{1,10}[〕】］\]]\s*/u;
/** A site's name after a page's title: X_百度百科, X_在线百科全书查询, X - 维基百科. */
const SITE_SUFFIX = /\s*(?:_|\s[-–—|｜]\s)[^_]{2,20}$/u;
/** A gloss a page's title adds after a name: 获嘉县交通运输局 [Huòjiā Xiàn Jiāotōngyùnshūjú]. */
const LATIN_GLOSS = /[[［(（][\p{Script=Latin}\p{M}\s'’.,&-]+[\]］)）]$/u;

/** A body named by a pronoun (我中心, 该局, 本局): no name. Not 本溪市…. */
const PRONOUN_FIRST = /^(?:[我该該其]|本(?=[局委厅廳部办辦院所站队隊会會]|中心|[单單]位|[机機][关關]))/u;

/** A level and a bare kind, no name (市中心 in 市中心下设…: the centre of the city's); not 县委, 市政府. */
const BARE_KIND = /^[省市县縣区區州镇鎮乡鄉]?(?:[局院所站]|中心)$/u;

/** A name as a sentence gives it: without a subject label, without （以下简称…） and not longer than a name. */
function cleanName(text: string): string | null {
  const name = splitTrailingGroups(text.trim().replace(SUBJECT_LABEL, '')).name.replace(/^[“"]|[”"]$/gu, '');
  // A list (机关党支部、纪检监察室) is not a name, nor a duty's words (负责指导各区局).
  return name.length >= 2 &&
    name.length <= 30 &&
    AGENCY_END.test(name) &&
    !name.includes('、') &&
    !startsWithClauseVerb(name) &&
    !PRONOUN_FIRST.test(name) &&
    !BARE_KIND.test(name)
    ? name
    : null;
}

/**
 * The agency's name as the text gives it, or null: the regulation's own title (《X主要职责…规定》
 * in a notice, or the title line), a notice about the agency, a title line that is a name, then
 * body phrases (设立X, X是…工作部门, X设下列内设机构, X的主要职责, X机关行政编制).
 */
export function findAgencyName(
  title: string | null,
  notice: readonly LineToken[],
  noticeTitle: string | null,
  lines: readonly LineToken[],
): string | null {
  for (const token of notice) {
    const found = /《([^《》]+)》/u.exec(token.line.text)?.[1];
    const name = found ? cleanName(regulationNameIn(found)?.agency ?? '') : null;
    if (name) return name;
  }
  if (title !== null) {
    const fromTitle = regulationNameIn(title)?.agency;
    if (fromTitle) return cleanName(fromTitle) ?? fromTitle;
  }
  const about = noticeTitle ? cleanName(NOTICE_ABOUT.exec(noticeTitle)?.[1] ?? '') : null;
  if (about) return about;
  // A title line that is a name, as written or once what a page adds to it is taken away: written
  // twice (a Q&A page: 安定区卫生局安定区卫生局), a Latin gloss (X [Huòjiā …]), a note in brackets
  // (重庆市奉节县财政局(本级)), a profile's or a budget disclosure's topic (X机构简介, X2021年部门预算公开情况).
  if (title !== null) {
    const half = title.length % 2 === 0 ? title.slice(0, title.length / 2) : '';
    const names = [
      title === half + half ? half : title,
      title.replace(LATIN_GLOSS, '').trimEnd(),
      splitTrailingGroups(title).name,
      title.replace(PAGE_TOPIC, ''),
      title.replace(DISCLOSURE_TOPIC, ''),
      title.replace(SITE_SUFFIX, ''),
      // A table's or a dictionary's bars around it: 词条 | 惠安县气象局 |.
      ...(/[|｜]/u.test(title) ? title.split(/\s*[|｜]\s*/u) : []),
    ];
    for (const name of names) if (name && !/[|｜]/u.test(name) && cleanName(name) === name) return name;
  }
  // A numbered line names the agency in its text, never in its label: 第二条 X是…工作部门.
  const textOf = (t: LineToken): string =>
    t.kind === 'article' || t.kind === 'item' || t.kind === 'chapter' ? t.text : t.line.text;
  // The regulation's full name in 《》 (a report quoting it) before a looser mention in a headline
  // (X“三定方案”), then any mention.
  const opening: string[] = [];
  for (let i = 0; i < lines.length && opening.length < 12; i++) {
    const token = lines[i] as LineToken;
    if (token.kind !== 'blank') opening.push(textOf(token));
  }
  for (const quoted of [true, false]) {
    for (const text of opening) {
      const inside = quoted ? /《([^《》]+)》/u.exec(text)?.[1] : text;
      const named = inside ? regulationNameIn(inside) : null;
      const name = named && (!quoted || /[规規]定$/u.test(named.title)) ? cleanName(named.agency) : null;
      if (name) return name;
    }
  }
  // The first line that names the agency in a body phrase; in a line, the earliest phrase.
  // Read in place, not as a list of every line's text: a long text has one for each of its lines.
  for (let i = 0; i < lines.length; i++) {
    const token = lines[i] as LineToken;
    if (token.kind === 'blank') continue;
    const text = textOf(token);
    // The earliest phrase wins; on equal offsets, the one tried first.
    let bestIndex = Number.POSITIVE_INFINITY;
    let best: string | null = null;
    const after = NAMED_AFTER.exec(text);
    const afterName = after ? cleanName(after[1] ?? '') : null;
    if (after && afterName) {
      bestIndex = after.index;
      best = afterName;
    }
    for (const phrase of GLOBAL_NAMING_PHRASES) {
      // The first place in the line where the phrase names something (为两块牌子…的合署办事机构 names
      // nothing; a later 莞市社会保障局是…职能部门 does), within a few tries.
      phrase.lastIndex = 0;
      for (let tries = 0; tries < NAMING_TRIES; tries++) {
        const match = phrase.exec(text);
        if (!match || match.index >= bestIndex) break;
        // X机关内设… names X (the agency's offices, 机关, set up its divisions).
        const subject = subjectBefore(text, match.index).replace(OFFICES, '');
        const name = subject ? cleanName(subject) : null;
        if (name) {
          bestIndex = match.index;
          best = name;
          break;
        }
        phrase.lastIndex = match.index + 1;
      }
    }
    const leaderOf = bestIndex > 0 ? LEADER_OF.exec(text)?.[1] : undefined;
    const leader = leaderOf !== undefined ? cleanName(leaderOf) : null;
    if (leader) best = leader;
    if (best !== null) return best;
  }
  // Else an encyclopaedia's infobox: - 中文名：X, • 中文名稱：X (after the body's statements: an
  // infobox may describe a body the page only mentions).
  for (let i = 0; i < lines.length; i++) {
    const named = INFOBOX_NAME.exec((lines[i] as LineToken).line.text)?.[1];
    const name = named ? cleanName(named) : null;
    if (name) return name;
  }
  return null;
}

/**
 * Reads the agency. Its name is the title (without 职能配置、内设机构和人员编制规定 when the title is
 * the regulation's full name), else the subject of "X是…工作部门", else null. Reports a suspected typo in "X是Y发工作部门".
 */
export function parseAgency(name: string | null, texts: readonly Node[], report: Report): Agency {
  let parent: string | null = null;
  let kind: string | null = null;
  let rank: string | null = null;
  const alsoKnownAs: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const node = texts[i] as Node;
    const statement = AGENCY_STATEMENT.exec(node.text);
    if (statement) {
      const [, parentText = '', joining = '', kindText = ''] = statement;
      if (JOINING_TYPOS.has(joining)) {
        const offset = statement.index + 1 + parentText.length;
        report({
          severity: 'warning',
          code: 'typo-suspected',
          message: `"${joining}" in "${parentText}${joining}${kindText}" is probably a typo for "的"; the text is kept as written.`,
          line: node.line.number,
          column: columnAt(node.line, node.textOffset + offset),
        });
      }
      // A parent is a body's name: a long description (…直属的具有行政职能的正科级流域水利) is not one.
      if (parent === null && parentText.trim() !== '' && !parentText.includes('的')) parent = parentText.trim();
      kind ??= kindText;
    }
    rank ??= RANK.exec(node.text)?.[0] ?? null;
    for (const found of findSignboards(node.text)) alsoKnownAs.push(found.name);
  }
  return { name, alsoKnownAs: unique(alsoKnownAs), parent, kind, rank };
}
