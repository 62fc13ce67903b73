/**
 * The number of divisions a text declares: 设19个内设机构, 内设机构21个, 设6个职能司局,
 * 下设综合科、…4个内设机构, 机关设办公室、…4个股室, 机关设办公室、…、建设管理股4个.
 */
import type { SourceLine } from './lines.js';
import { NUMERAL_CHARS, parseNumeral } from './numerals.js';
import type { Node } from './structure.js';
import type { LineToken } from './tokens.js';

const COUNT = `([0-9０-９]{1,3}|[${NUMERAL_CHARS}]{1,4})`;
/**
 * 19个内设机构 / 11内设机构 / 6个职能司局 / 3个职能司（室） / 18个职能处（室） / 4个股: a count of divisions, before
 * what it counts. Not 一个机构两块牌子 or 一个机构、两块牌子 (one body with two nameplates).
 */
export const COUNT_BEFORE = new RegExp(
  `${COUNT}\\s*(?:[内內][设設][机機][构構]|[个個](?:[内內][设設]|[职職]能|行政)?(?:[机機][构構]|司局|司(?![法机機])|[处處][(（]?室|[处處]室|科室|股室|股(?![份东東票权權])|科(?=$|[\\s、，,。；;：:（(）)和及])|[处處]))(?![\\s、，,]*[两兩][块塊])`,
  'u',
);
/**
 * 设有五个核心部门, 下设5个部门, 内设6个职能部门: 部门 counts divisions only after a setting-up verb,
 * and not a government's (an agency is itself 一个部门 of it: 县人民政府设置23个职能部门).
 */
const COUNT_DEPARTMENTS = new RegExp(
  `(?<!政府[^，,。；;]{0,4})(?:[内內下]?[设設](?:有|置|立)?)\\s*${COUNT}\\s*[个個](?:核心|主要|职能|職能|业务|業務)?部[门門]`,
  'u',
);
/** 内设机构21个, 内设机构设有21个. */
const COUNT_AFTER = new RegExp(`[内內][设設][机機][构構](?:[设設]有|共有|有|共)?\\s*${COUNT}\\s*[个個]`, 'u');
/**
 * 机关设办公室、人事股、建设管理股4个: a count right after the last name of an inline list that a
 * setting-up verb opens (a gazetteer's way). Not a list of other bodies (局属事业单位有…4个: no
 * verb), nor a count of other bodies or of people (…4个事业单位), though a count of divisions and
 * units together is (…21个股室和直属单位). The verb and the list are one clause (no comma between),
 * read within a bound of 120 characters, so a long line costs linear time.
 */
const COUNT_AFTER_LIST = new RegExp(
  `(?:[内內][设設]|下[设設]|[机機][关關][设設])[^。；;，,]{0,120}、[^、。；;，,]{1,25}?[股科室处處司局队隊心部]\\s*(?:等|共)?\\s*${COUNT}\\s*[个個](?![^。；;，,股科室处處司]{0,12}?(?:事[业業]|企[业業]|[单單]位|人))`,
  'u',
);

/** The declared count and its line, from the division list's own text first, else the whole text. */
export function declaredDivisionCount(
  tokens: readonly LineToken[],
  divisionList: Node | null,
): { count: number; line: SourceLine } | null {
  const own = divisionList
    ? [divisionList.line, ...divisionList.children.filter((c) => c.kind === 'paragraph').map((c) => c.line)]
    : [];
  for (const line of own) {
    const count = countIn(line);
    if (count !== null) return { count, line };
  }
  for (let i = 0; i < tokens.length; i++) {
    const line = (tokens[i] as LineToken).line;
    const count = countIn(line);
    if (count !== null) return { count, line };
  }
  return null;
}

/** One body, as in 共用一个机构 or 是一个机构: never a count of divisions. */
const ONE_BODY = /^[一1１壹]\s*[个個][机機][构構]$/u;

const COUNT_BEFORE_ALL = new RegExp(COUNT_BEFORE.source, 'gu');
/** A setting-up verb right before a count: 内设, 下设, 设有, 设. */
const SET_UP_BEFORE = /[设設]有?\s*$/u;

function countIn(line: SourceLine): number | null {
  // 共用一个机构 is one body; 内设1个机构 (after a setting-up verb) is a count.
  const before = [...line.text.matchAll(COUNT_BEFORE_ALL)].find(
    (m) => !ONE_BODY.test(m[0]) || SET_UP_BEFORE.test(line.text.slice(Math.max(0, m.index - 3), m.index)),
  );
  const match =
    before ?? COUNT_AFTER.exec(line.text) ?? COUNT_AFTER_LIST.exec(line.text) ?? COUNT_DEPARTMENTS.exec(line.text);
  const count = match ? parseNumeral((match[1] ?? '').normalize('NFKC')) : null;
  return count !== null && count > 0 ? count : null;
}
