/**
 * The parser's diagnostics and the schema's messages in a Chinese UI: both are English in
 * @sanding/data. The diagnostics are typed by the parser's codes, so a new code is a type error
 * here until it is said.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '@sanding/data';
import type { StudioLanguage } from './strings';

type Meanings = Readonly<Record<DiagnosticCode, string>>;

const zhHans: Meanings = {
  'no-agency': '文本中没有任何地方写出机构名称（没有标题，也没有「设立X」或「X是……工作部门」）。',
  'no-duties': '没有找到编号的主要职责。',
  'no-divisions': '没有找到内设机构清单。',
  'no-title': '文本没有标题行，标题取自机构名称或第一行。',
  'typo-suspected': '疑似错字，例如「人民政府发工作部门」中的「发」应为「的」。原文保持不变。',
  'unrecognized-line': '解析器无法归类的一行，作为结构中的段落保留。',
  'unplaced-line': '这一行看起来是正文，但没有进入数据中的任何事项（职责、内设机构、编制等）。',
  'item-number-gap': '条目编号有跳号，例如（一）（二）（四）。',
  'item-number-order': '条目顺序颠倒或重复，例如（五）之后是（三）。',
  'article-number-gap': '条号有跳号，例如第一条之后是第三条。',
  'article-number-order': '条号顺序颠倒或重复，例如第五条之后是第三条。',
  'empty-item': '一项编号职责没有内容。',
  'duplicate-division': '两个内设机构同名。',
  'division-name-missing': '一项内设机构在职责前没有名称，以其出处命名。',
  'division-count-mismatch': '文本写明的内设机构数量（如「设19个内设机构」）与找到的数量不一致。',
  'unbalanced-brackets': '有括号没有闭合，其后的分句没有拆分。',
  'co-location-unresolved': '「合署办公」一句没有提到清单中的任何内设机构。',
  'no-basis': '条文中没有找到《……》形式的法律依据。',
  'truncated-text': '文本在句子中间中断（可能被网站截断）；最后一项已保留并标为不完整。',
  'diagnostics-omitted': '同一类提示超过 100 条：只列出前 100 条，其余的条数记在这一条里，位置是其中第一条所在的行。',
};

const zhHant: Meanings = {
  'no-agency': '文本中沒有任何地方寫出機構名稱（沒有標題，也沒有「設立X」或「X是……工作部門」）。',
  'no-duties': '沒有找到編號的主要職責。',
  'no-divisions': '沒有找到內設機構清單。',
  'no-title': '文本沒有標題行，標題取自機構名稱或第一行。',
  'typo-suspected': '疑似錯字，例如「人民政府發工作部門」中的「發」應為「的」。原文保持不變。',
  'unrecognized-line': '解析器無法歸類的一行，作為結構中的段落保留。',
  'unplaced-line': '這一行看起來是正文，但沒有進入資料中的任何事項（職責、內設機構、編制等）。',
  'item-number-gap': '條目編號有跳號，例如（一）（二）（四）。',
  'item-number-order': '條目順序顛倒或重複，例如（五）之後是（三）。',
  'article-number-gap': '條號有跳號，例如第一條之後是第三條。',
  'article-number-order': '條號順序顛倒或重複，例如第五條之後是第三條。',
  'empty-item': '一項編號職責沒有內容。',
  'duplicate-division': '兩個內設機構同名。',
  'division-name-missing': '一項內設機構在職責前沒有名稱，以其出處命名。',
  'division-count-mismatch': '文本寫明的內設機構數量（如「設19個內設機構」）與找到的數量不一致。',
  'unbalanced-brackets': '有括號沒有閉合，其後的分句沒有拆分。',
  'co-location-unresolved': '「合署辦公」一句沒有提到清單中的任何內設機構。',
  'no-basis': '條文中沒有找到《……》形式的法律依據。',
  'truncated-text': '文本在句子中間中斷（可能被網站截斷）；最後一項已保留並標為不完整。',
  'diagnostics-omitted': '同一類提示超過 100 條：只列出前 100 條，其餘的條數記在這一條裡，位置是其中第一條所在的行。',
};

const MEANINGS: Readonly<Record<Exclude<StudioLanguage, 'en'>, Meanings>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/**
 * What a diagnostic's code means in a Chinese UI. Undefined in English (the parser's message
 * says it) and for a code the parser does not list.
 */
export function diagnosticMeaning(lang: StudioLanguage, code: string): string | undefined {
  if (lang === 'en' || !(code in DIAGNOSTIC_CODES)) return undefined;
  return MEANINGS[lang][code as DiagnosticCode];
}

/** The schema's messages that a form field can get, in Chinese. */
const SCHEMA_MESSAGES: Readonly<Record<string, readonly [hans: string, hant: string]>> = {
  'must not be empty': ['不能为空', '不能為空'],
  'must be a date, YYYY-MM-DD': ['须为日期，格式为 YYYY-MM-DD', '須為日期，格式為 YYYY-MM-DD'],
  'must be an http(s) URL': ['须为 http(s) 网址', '須為 http(s) 網址'],
};

/** A schema message in the UI's language: its text, and the language it is in (English when not translated). */
export function schemaMessage(lang: StudioLanguage, message: string): { text: string; lang: StudioLanguage } {
  const translated = lang === 'en' ? undefined : SCHEMA_MESSAGES[message]?.[lang === 'zh-Hans' ? 0 : 1];
  return translated ? { text: translated, lang } : { text: message, lang: 'en' };
}
