/**
 * The agency's contact details, where the text gives them on lines of their own, as a portal's
 * page of an agency does after its divisions: 联系电话：0411-…, 办公地址：…, 电子邮箱：…, 网址：…,
 * 办公时间：…. Each keeps the text as written and its line as its source.
 */
import type { Contact } from '../model/types.js';
import type { LineToken } from './tokens.js';

/** The fields of a contact the text can give. */
type Field = 'phone' | 'address' | 'email' | 'website' | 'hours';

/** A bullet or a dash before a label (an encyclopaedia's infobox: - 地址：…). */
const BULLET = '(?:[-•·]\\s*)?';

/** Each field's label at the start of a line, and what its value must look like. */
const FIELDS: readonly { readonly field: Field; readonly label: RegExp; readonly value: RegExp }[] = [
  {
    field: 'phone',
    label: new RegExp(
      `^${BULLET}(?:[联聯][系繫]|[咨諮][询詢]|[办辦]公|值班|服[务務]|[举舉][报報]|[监監]督)?[电電][话話](?:[号號][码碼])?\\s*[:：]`,
      'u',
    ),
    // Digits with area codes, extensions and separators: 0411-83630000, (0411)8363 0000, 12345.
    value: /^[0-9０-９(（][0-9０-９()（）\-－—–\s,，、/;；转轉]{3,60}$/u,
  },
  {
    field: 'address',
    label: new RegExp(`^${BULLET}(?:[办辦]公|[机機][构構]|通[讯訊]|[联聯][系繫]|[单單]位)?地址\\s*[:：]`, 'u'),
    // An address, not a sentence about the place (位于…，东邻…).
    value: /^(?!位[于於])[^\s:：，,。；;][^，,。；;]{3,80}$/u,
  },
  {
    field: 'email',
    label: new RegExp(
      `^${BULLET}(?:[电電]子)?(?:[邮郵]箱|[邮郵]件|信箱)(?:地址)?\\s*[:：]|^${BULLET}e-?mail\\s*[:：]`,
      'iu',
    ),
    value: /^[^\s@]{1,64}@[^\s@]{1,100}\.[^\s@]{2,20}$/u,
  },
  {
    field: 'website',
    label: new RegExp(`^${BULLET}(?:[网網]址|[网網]站|官[网網]|[门門]户[网網]站)\\s*[:：]`, 'u'),
    value: /^(?:https?:\/\/|www\.)\S{3,200}$/iu,
  },
  {
    field: 'hours',
    label: new RegExp(`^${BULLET}(?:[办辦]公|工作|受理|接待)[时時][间間]\\s*[:：]`, 'u'),
    value: /^[^\s:：].{3,80}$/u,
  },
];

/** The agency's contact, and the lines it was read from; null when the text gives none. */
export interface ContactLines {
  readonly contact: Contact;
  readonly lines: readonly LineToken[];
}

/** A website's footer, after which the lines are the site's, not the agency's: 主办：, 版权所有, ICP备. */
const FOOTER = /^(?:[主承][办辦][:：单單]|版[权權]所有|[网網]站[标標][识識]|.{0,20}ICP[备備])/u;
/** A line that makes the next line's phone someone's own: a leader (局长：张三), a contact person (联系人：…). */
const OWNED_BY = /^(?:[联聯][系繫]人|[经經][办辦]人|[负負][责責]人)\s*[:：]/u;
/** Where a value ends when another label follows it on its line: 地址：X路1号 邮编：453000. */
const NEXT_LABEL = /\s+[\u4e00-\u9fff]{2,4}\s*[:：]/u;

/**
 * Reads the agency's contact details from lines that are nothing but a label and its value, outside
 * the division list (`skip`: the line numbers of its divisions, whose contacts are their own), not
 * right after a leader's or a contact person's line, and not after a website's footer. The first
 * line of each field counts; a value ends where another label starts on its line; a value that
 * does not look like one (电话：见下表, 地址：位于…，东邻…) is not read. `sourceTitle` names the text,
 * as a leader's source does.
 */
export function parseContacts(
  tokens: readonly LineToken[],
  sourceTitle: string,
  skip: ReadonlySet<number>,
): ContactLines | null {
  const contact: { -readonly [K in Field]?: { value: string; source: { title: string; locator: string } } } = {};
  const lines: LineToken[] = [];
  let owned = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as LineToken;
    if (token.kind === 'blank') continue;
    const after = owned;
    const division = skip.has(token.line.number);
    // A leader's, a contact person's or a division's line owns the contact line right after it.
    owned = token.kind === 'leader' || OWNED_BY.test(token.line.text) || division;
    if (token.kind !== 'text' || after || division) continue;
    const text = token.line.text;
    if (FOOTER.test(text)) break;
    // Every label is short and ends in a colon within its first dozen characters.
    if (!/[:：]/u.test(text.slice(0, 14))) continue;
    for (const { field, label, value } of FIELDS) {
      const match = label.exec(text);
      if (!match || contact[field]) continue;
      const rest = text.slice(match[0].length);
      const end = NEXT_LABEL.exec(rest)?.index ?? rest.length;
      const written = rest
        .slice(0, end)
        .trim()
        .replace(/[。；;，,]$/u, '');
      if (!value.test(written)) continue;
      contact[field] = { value: written, source: { title: sourceTitle, locator: `line ${token.line.number}` } };
      lines.push(token);
      break;
    }
  }
  return lines.length > 0 ? { contact, lines } : null;
}
