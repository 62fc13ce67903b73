/**
 * Office names: whether a piece of text starts with the name of a division (办公室, 法规处,
 * 机关党委, 科技教育司…), judged by the last character of a short name.
 */
import { trailingGroupsAt } from './brackets.js';

/** The characters an office's name ends with: 室, 处, 科, 司, 局, 委, 组, 中心… (by code unit). */
const UNIT_END = new Set([...'室处處科局司委组組队隊股所站部办辦厅廳会會'].map((ch) => ch.charCodeAt(0)));
const CENTRE = '中心';

/** True when `text` up to `end` ends like an office's name. */
function endsLikeUnit(text: string, end: number): boolean {
  return UNIT_END.has(text.charCodeAt(end - 1)) || (end >= 2 && text.startsWith(CENTRE, end - 2));
}
/** The verb that starts a division's duties when no mark comes before it: 离退休干部科负责… */
export const DUTY_VERB = /[负負][责責]|承[担擔]/;
const DUTY_VERB_FIRST = new RegExp(`^(?:${DUTY_VERB.source})`);
/**
 * The words a duty's clause or a description starts with, never a name: 负责, 指导, 组织, 督促…,
 * and the prepositions and conjunctions before one (按照, 根据, 对, 与, 各…).
 */
const CLAUSE_VERB_FIRST = new RegExp(
  `^(?:${DUTY_VERB.source}|指[导導]|[组組][织織]|督促|[协協][调調]|推[动動进進]|拟[订訂定]|制定|管理|[监監]督|帮助|支持|鼓[励勵]|引[导導]|要求|按照|根[据據]|依[据據]|[对對和与與及各在由将將把向为為])`,
  'u',
);

/** True when `text` starts with the words of a duty or a description, not with a name (指导县人民医院). */
export function startsWithClauseVerb(text: string): boolean {
  return CLAUSE_VERB_FIRST.test(text);
}
/** The marks that end a clause. */
const CLAUSE_MARKS = [...'，,。；;：:！!'];

/** The last clause of `text`: what follows its last stop, comma or colon, trimmed. */
export function lastClause(text: string): string {
  return text.slice(Math.max(...CLAUSE_MARKS.map((mark) => text.lastIndexOf(mark))) + 1).trim();
}

/** Where an office's name ends in a line: 。 ： ， a space, or the verb that starts its duties. */
const NAME_END = new RegExp(`[。.：:，,；;\\s]|${DUTY_VERB.source}`);

/** True when `text` starts with the verb that starts a division's duties (负责, 承担). */
export function startsWithDutyVerb(text: string): boolean {
  return DUTY_VERB_FIRST.test(text);
}
/** The most characters an office's name has (政务公开与信息化处（省政府政务公开办公室） without the note). */
const MAX_NAME = 20;

/** The name a division line starts with, brackets kept: 督查处（省政府督查室）; '' when none. */
export function leadingName(text: string): string {
  const end = text.search(NAME_END);
  return (end === -1 ? text : text.slice(0, end)).trim();
}

/** True when `text` starts with what looks like an office's name. */
export function looksLikeDivisionName(text: string): boolean {
  // The name without its trailing groups is read by its bounds: this runs on every item of a list.
  const lead = leadingName(text);
  const end = trailingGroupsAt(lead);
  return end >= 2 && end <= MAX_NAME && endsLikeUnit(lead, end);
}
