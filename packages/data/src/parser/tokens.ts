/**
 * Line classification: what each line of a regulation is, judged from the line alone.
 */
import { isWhiteSpace, type SourceLine } from './lines.js';
import { NumberedLine } from './numbered-line.js';
import { ShortStrings } from './lists.js';
import { parseNumeral } from './numerals.js';
import { ARABIC_ITEM_LABEL, ARTICLE_HEADER, CHAPTER_HEADER, HEADINGS, ITEM_LABEL, SECTION_HEADER } from './patterns.js';

/** The largest article or item number taken as a number (larger ones are text). */
const MAX_NUMBER = 99_999;

/** A numbered line: 第三条 …, 第一章 …, (十四) … */
export interface NumberedToken {
  readonly kind: 'article' | 'chapter' | 'item';
  readonly line: SourceLine;
  readonly number: number;
  /** The label as written: 第三条, 第一章, （十四）. */
  readonly label: string;
  /** The numeral as written inside the label: 三, 十四. */
  readonly numeral: string;
  /** The text after the label, to the end of the line (its offset is `textOffset`). */
  readonly text: string;
}

/** A heading such as 附则 on a line of its own, or a numbered section: 二、主要职责. */
export interface HeadingToken {
  readonly kind: 'heading';
  readonly line: SourceLine;
  /** The heading's words: 主要职责. */
  readonly label: string;
  /** The section's number (二、 → 2), or null for an unnumbered heading. */
  readonly number: number | null;
}

/** A closing leader line: 局长：李大民。 or 副局长：李四、王五。 */
export interface LeaderToken {
  readonly kind: 'leader';
  readonly line: SourceLine;
  readonly title: string;
  readonly names: readonly string[];
}

/** Any other line, or a blank one. */
export interface PlainToken {
  readonly kind: 'text' | 'blank';
  readonly line: SourceLine;
}

/** What one line is. */
export type LineToken = NumberedToken | HeadingToken | LeaderToken | PlainToken;

/** Leader titles end in one of these: 局长, 主任, 书记, 总工程师… */
const LEADER_TITLE =
  /(?:[长長师師]|主任|[书書][记記]|主席|[专專][员員]|巡[视視][员員]|[调調]研[员員]|委[员員]|[组組][长長]|[负負][责責]人)$/;
const LEADER_LINE = /^([^\s:：，,。；;()（）]{1,20})\s*[:：]\s*(\S.*)$/;
/** What may stand between a label and its text: 第一条 根据… (also U+3000), 第三条：… */
function isLabelSeparator(code: number): boolean {
  return isWhiteSpace(code) || code === 0x3a /* : */ || code === 0xff1a /* ： */ || code === 0x3001; /* 、 */
}
/**
 * Patterns used on every line are made once: a regular expression literal in a function body is a
 * new object each time it runs.
 */
const SPACES = /\s+/g;
const HEADING_END = /[。.：:]$/;
/** A bracketed note after a leader's name: （主持全面工作）, (分管财务); not （兼）, which a list's 股长：李四（兼） has. */
const NAME_NOTE = /[（(][^（）()]{3,40}[）)]/gu;
/** A person's name: two to eight Han characters, possibly with a middle dot. */
const PERSON = /^[\u3400-\u9fff\uf900-\ufaff·・•]{2,8}$/;

function numbered(
  kind: NumberedToken['kind'],
  line: SourceLine,
  match: RegExpExecArray,
  strings: ShortStrings,
): NumberedToken | null {
  const numeral = match[1] ?? '';
  const number = parseNumeral(numeral);
  if (number === null || number < 1 || number > MAX_NUMBER) return null;
  // The text starts after the label and what separates it: one slice of the line.
  let start = match[0].length;
  while (start < line.text.length && isLabelSeparator(line.text.charCodeAt(start))) start++;
  const text = strings.share(line.text.slice(start));
  const label = strings.share(match[0].replace(SPACES, ''));
  // An article or item line is also its node in the tree (see NumberedLine); a chapter's node is not.
  return kind === 'chapter'
    ? { kind, line, number, label, numeral: strings.share(numeral), text }
    : new NumberedLine(kind, line, number, label, strings.share(numeral), text);
}

function leader(line: SourceLine): LeaderToken | null {
  const match = LEADER_LINE.exec(line.text);
  if (!match) return null;
  const title = match[1] ?? '';
  if (!LEADER_TITLE.test(title)) return null;
  // A note after a name is not part of it: 局长：张三（主持全面工作）.
  const names = (match[2] ?? '')
    .replace(NAME_NOTE, '')
    .replace(/[。.；;]+$/, '')
    .split(/[、，,；;\s]+/)
    .filter((name) => name !== '');
  if (names.length === 0 || !names.every((name) => PERSON.test(name))) return null;
  return { kind: 'leader', line, title, names };
}

/**
 * The 0-based offset of a numbered token's text within its line's trimmed text: the text runs to
 * the end of the line, so the offset follows from the lengths (one field less on every token).
 */
export function textOffset(token: NumberedToken): number {
  return token.line.text.length - token.text.length;
}

/**
 * The item a line numbered 1. / 2、 / (3) would be, where the structure takes such lines as a list
 * (see ARABIC_ITEM_LABEL); null for any other line. Made on demand: the classifier leaves these
 * lines as text, since only their place in the text tells an item from a sub-point.
 */
export function arabicItem(line: SourceLine, strings: ShortStrings): NumberedLine | null {
  const match = ARABIC_ITEM_LABEL.exec(line.text);
  if (!match) return null;
  const token = numbered('item', line, match, strings);
  return token instanceof NumberedLine ? token : null;
}

/** A line numbered as a section is (一、), with a sentence after it: 一、负责…；二、组织…. */
const SECTION_ITEM_LABEL = /^([一二三四五六七八九十]{1,3})\s*、/u;

/**
 * The item a line numbered 一、 would be, where the structure takes such lines as a list of items
 * rather than as sections (a list of duties written 一、…；二、… under its heading); null for any
 * other line.
 */
export function sectionItem(line: SourceLine, strings: ShortStrings): NumberedLine | null {
  const match = SECTION_ITEM_LABEL.exec(line.text);
  if (!match || match[0].length === line.text.length) return null;
  const token = numbered('item', line, match, strings);
  return token instanceof NumberedLine ? token : null;
}

/** True when a line starts with an item's or a section's number: （一）, 1., 一、. */
export function startsWithNumber(text: string): boolean {
  return ITEM_LABEL.test(text) || ARABIC_ITEM_LABEL.test(text) || SECTION_ITEM_LABEL.test(text);
}

/** A bulleted line: • 办公室, ・办公室, - 办公室 (a dash or a star only before a space). */
const BULLET = /^(?:[•·・▪◦●○■□‣⁃∙]|[-*](?=\s))\s*/u;

/** True when a label is a bullet (see `bulletItem`). */
export function isBullet(label: string): boolean {
  return BULLET.test(label);
}

/**
 * The item a bulleted line would be (• 办公室), numbered `number` by its place in its list: where
 * the structure takes such lines as a list, right under a heading of duties or divisions. It has
 * no numeral: its citation is by its place. Null for any other line.
 */
export function bulletItem(line: SourceLine, number: number, strings: ShortStrings): NumberedLine | null {
  const match = BULLET.exec(line.text);
  if (!match || match[0].length === line.text.length) return null;
  const label = strings.share(match[0].trim());
  return new NumberedLine('item', line, number, label, '', strings.share(line.text.slice(match[0].length)));
}

/** Classifies one line; `strings` shares the short texts (labels, 负责。) that lines repeat. */
function classifyLine(line: SourceLine, strings: ShortStrings): LineToken {
  const text = line.text;
  if (text === '') return { kind: 'blank', line };
  const article = ARTICLE_HEADER.exec(text);
  if (article) return numbered('article', line, article, strings) ?? { kind: 'text', line };
  const chapter = CHAPTER_HEADER.exec(text);
  if (chapter) return numbered('chapter', line, chapter, strings) ?? { kind: 'text', line };
  const item = ITEM_LABEL.exec(text);
  if (item) return numbered('item', line, item, strings) ?? { kind: 'text', line };
  const heading = text.replace(HEADING_END, '');
  if (HEADINGS.has(heading)) return { kind: 'heading', line, label: heading, number: null };
  const section = SECTION_HEADER.exec(text);
  const sectionNumber = section ? parseNumeral(section[1] ?? '') : null;
  if (section && sectionNumber !== null && sectionNumber > 0) {
    return { kind: 'heading', line, label: (section[2] ?? '').trim(), number: sectionNumber };
  }
  return leader(line) ?? { kind: 'text', line };
}

/** Classifies each line. */
export function classifyLines(lines: readonly SourceLine[]): LineToken[] {
  const strings = new ShortStrings();
  return lines.map((line) => classifyLine(line, strings));
}
