/**
 * The article structure: tokens → a tree of articles, sections, items and paragraphs, as the
 * text writes it. Nothing is dropped: every non-blank line after the title becomes a node.
 *
 * The tree is built from mutable nodes (ids and roles are filled in afterwards, in `roles.ts`);
 * it stays inside the parser, which returns plain `Provision` objects.
 */
import { isBracketed } from './brackets.js';
import { BoundedList, ShortStrings } from './lists.js';
import type { Report } from './diagnostics.js';
import { columnAt, type SourceLine } from './lines.js';
import { NumberedLine } from './numbered-line.js';
import { allDigits, formatNumeral } from './numerals.js';
import {
  ADJUSTMENTS_MARK,
  AGENCY_STATEMENT,
  CO_LOCATION,
  DIVISIONS_ANNOUNCED,
  DIVISION_DUTIES_MARK,
  DIVISIONS_MARK,
  DUTIES_MARK,
  ESTABLISHING,
  STAFFING_MARK,
} from './patterns.js';
import {
  arabicItem,
  bulletItem,
  isBullet,
  sectionItem,
  textOffset,
  type HeadingToken,
  type LineToken,
  type NumberedToken,
} from './tokens.js';
import { leadingName, looksLikeDivisionName, startsWithClauseVerb, startsWithDutyVerb } from './units.js';

/** How a node was recognised. */
export type Origin =
  | 'article'
  | 'chapter'
  | 'heading'
  /** A list of items with no article header (the seed's division list). */
  | 'unheaded'
  | 'item'
  /** The opening sentence: X是Y的工作部门。 */
  | 'opening'
  /** A bracketed note such as （2019年1月28日…印发）. */
  | 'note'
  | 'co-location'
  | 'leader'
  /** Text of an article or heading, after its header line. */
  | 'body'
  /** Text of an item that is only a name, e.g. a division name on a line of its own. */
  | 'continuation'
  | 'unrecognized';

/**
 * What a container of items holds: duties, divisions, transfers of duties (职责调整), the function
 * transformation (职能转变), or something else (其他事项, 附则, a staffing section).
 */
export type Role = 'duties' | 'divisions' | 'adjustments' | 'transformation' | 'other';

/** A node of the article structure while the parser works on it. */
export interface Node {
  readonly kind: 'article' | 'section' | 'item' | 'paragraph';
  readonly origin: Origin;
  readonly number: number | null;
  /** The label as written (filled in later for unheaded sections). */
  label: string | null;
  /** The numeral inside an item's label: 十四. */
  readonly numeral: string | null;
  readonly text: string;
  readonly line: SourceLine;
  /** 0-based offset of `text` within the line's trimmed text. */
  readonly textOffset: number;
  /** Shared and frozen while empty; grown by `addChild` only. */
  children: readonly Node[];
  /** Filled in by `assignRoles`. */
  role: Role | null;
  /** Filled in by `assignIds`. */
  id: string;
  /** For an unheaded list: the article number its missing header would have had. */
  inferredArticle: number | null;
}

/** The children of every node that has none yet: one array, not one a line. */
const NO_CHILDREN: readonly Node[] = Object.freeze([]);

/**
 * Adds `child` to `parent`. A first child gets an array of its own sized for one: most nodes of a
 * long list have none or one, and an array grown by a first push keeps room for seventeen.
 */
function addChild(parent: Node, child: Node): void {
  if (parent.children.length === 0) parent.children = [child];
  else (parent.children as Node[]).push(child);
}

/** A node's kind follows from how it was recognised. */
const KIND_OF: Readonly<Record<Origin, Node['kind']>> = {
  article: 'article',
  chapter: 'section',
  heading: 'section',
  unheaded: 'section',
  item: 'item',
  opening: 'paragraph',
  note: 'paragraph',
  'co-location': 'paragraph',
  leader: 'paragraph',
  body: 'paragraph',
  continuation: 'paragraph',
  unrecognized: 'paragraph',
};

/**
 * A node of the tree being built. It keeps the token it was read from (or, for a paragraph and an
 * unheaded list, its line) and reads its number, text and line from there: a long text has a node
 * for nearly every line, and fields copied from the token would make each node half as big again
 * for the whole of the parse.
 */
class TreeNode implements Node {
  label: string | null;
  children: readonly Node[] = NO_CHILDREN;
  role: Role | null = null;
  id = '';
  inferredArticle: number | null = null;

  constructor(
    readonly origin: Origin,
    /** A numbered token (article, chapter, item), a heading token, or the line of any other node. */
    private readonly source: NumberedToken | HeadingToken | SourceLine,
  ) {
    this.label = origin === 'unheaded' || KIND_OF[origin] === 'paragraph' ? null : (source as HeadingToken).label;
  }

  /** The numbered token this node was read from, or null. */
  private get token(): NumberedToken | null {
    const origin = this.origin;
    return origin === 'article' || origin === 'item' || origin === 'chapter' ? (this.source as NumberedToken) : null;
  }

  get kind(): Node['kind'] {
    return KIND_OF[this.origin];
  }

  get line(): SourceLine {
    const origin = this.origin;
    return origin === 'unheaded' || KIND_OF[origin] === 'paragraph'
      ? (this.source as SourceLine)
      : (this.source as LineToken).line;
  }

  get number(): number | null {
    return this.origin === 'heading' ? (this.source as HeadingToken).number : (this.token?.number ?? null);
  }

  get numeral(): string | null {
    return this.origin === 'chapter' ? null : (this.token?.numeral ?? null);
  }

  get text(): string {
    const token = this.token;
    if (token) return token.text;
    return this.origin === 'unheaded' || this.origin === 'heading' ? '' : (this.source as SourceLine).text;
  }

  get textOffset(): number {
    const token = this.token;
    return token ? textOffset(token) : 0;
  }
}

function numberedNode(kind: 'article' | 'item', token: NumberedToken): Node {
  return token instanceof NumberedLine ? token : new TreeNode(kind, token);
}

function paragraph(origin: Origin, line: SourceLine): Node {
  return new TreeNode(origin, line);
}

/**
 * A heading over a list of duties, divisions or transfers of duties. Not one that also heads the
 * staffing (内设机构和人员编制: its points are figures), nor 职能转变, 附则 or other sections.
 */
function headsList(label: string): boolean {
  return (
    (DUTIES_MARK.test(label) || DIVISIONS_MARK.test(label) || ADJUSTMENTS_MARK.test(label)) &&
    !STAFFING_MARK.test(label)
  );
}

/**
 * The shape of an Arabic label: bracketed or not. 1. 2、 3． are one list (websites mix the marks),
 * （1） under 1. is a sub-point. A bulleted list is a shape of its own.
 */
function labelShape(label: string): string {
  if (isBullet(label)) return BULLETED;
  if (label.endsWith('、') && !/[0-9０-９]/u.test(label)) return SECTION_NUMBERED;
  return label.startsWith('(') || label.startsWith('（') ? '(' : '.';
}
/** The shape of a bulleted list (• 办公室 on each line). */
const BULLETED = '•';
/** The longest name of a section that a list numbered as sections may be followed by (其他事项, 直属单位, 所属事业单位). */
const LONGEST_SECTION_NAME = 8;
/** The shape of a list numbered as sections are (一、负责…；二、组织…), under a heading of duties or divisions. */
const SECTION_NUMBERED = '一';

/**
 * A sentence that announces a list of duties or divisions at its end: …县级党委政法委主要有以下职能：
 * (the list after it may be numbered 一、 as sections are).
 */
const LIST_INTRO = /(?:[职職][责責]|[职職]能|[机機][构構]|[科处處股]室)[^。；;，,]{0,4}[：:]$/u;
/** A sentence that announces the agency's duties: …的主要职责是：, 其主要职能有：, 主要职责：; not a sub-body's (…办事处承担的职责是：). */
const DUTIES_INTRO = /主要[职職][责責能](?:是|有|如下)?[^。；;，,]{0,2}[：:]$/u;
/** Words for divisions in a sentence: 股室, 科室, 处室, 内设, 机构. */
const DIVISIONS_NAMED = /[科处處股]室|[内內][设設]|[机機][构構]/u;

/**
 * A short line without a stop that names a section (内设机构（3个）, 机构设置, 领导): where a list
 * numbered 1. 2. runs, such a line is the next heading a website wrote as plain text.
 */
const SECTION_WORD = /[内內][设設]|[机機][构構]|[编編]制|[职職][数數]|[领領][导導]|[职職][责責]|[职職]能/u;
const STOP_MARK = /[。；;]/u;
function namesSection(text: string): boolean {
  return text.length <= 16 && !STOP_MARK.test(text) && SECTION_WORD.test(text);
}

/** A line of plain text read as a heading: its whole text is the label. */
function plainHeading(line: SourceLine): HeadingToken {
  return { kind: 'heading', line, label: line.text, number: null };
}

/** A line that counts the divisions and says nothing more: 某区城市管理局内设3个职能科室。 */
const COUNTED_DIVISIONS_LINE =
  /^[^。；;，,：:]{0,30}[内內][设設]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[个個][^。；;，,：:]{0,8}[。.：:]?$/u;

/** The names of sections that a page writes as items: (一)职能职责。 (二)机构设置。 */
const ITEM_HEADINGS: ReadonlySet<string> = new Set([
  '职能职责',
  '職能職責',
  '主要职责',
  '主要職責',
  '主要职能',
  '主要職能',
  '机构设置',
  '機構設置',
  '内设机构',
  '內設機構',
]);
/** A mirror's pinyin after a character, 職責(zé), and what may close a section's name: 。 ： */
const ITEM_HEADING_DEBRIS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)|[。.：:\s]+$/gu;
/** The section an item names, when its whole text is a section's name; else null. */
function itemHeading(text: string): string | null {
  if (text.length > 24) return null;
  const bare = text.replace(ITEM_HEADING_DEBRIS, '');
  return ITEM_HEADINGS.has(bare) ? bare : null;
}

/** Made once: a regular expression literal in a function body is a new object each time it runs. */
const FULL_STOP_END = /[。.]$/;
const CLAUSE_MARK = /[。；;：:，,]/;

/** An item that is only a short name (or nothing), whose text follows on the next lines. */
export function isNameOnly(item: Node): boolean {
  const text = item.text.replace(FULL_STOP_END, '');
  // 法规科负责审查工作。 is a name and its duties, not a name alone.
  const short =
    text.length <= 20 && !CLAUSE_MARK.test(text) && !startsWithDutyVerb(text.slice(leadingName(text).length));
  return short && (text === item.text || looksLikeDivisionName(text));
}

/** Another item, named as the text writes its labels: （四） follows （二）, 4. follows 2., （4） follows （2）. */
function itemLike(token: NumberedToken, n: number): string {
  if (token.numeral !== '' && allDigits(token.numeral)) return token.label.replace(token.numeral, String(n));
  return token.label.startsWith('（') ? `（${formatNumeral(n)}）` : `(${formatNumeral(n)})`;
}

function checkItemNumber(token: NumberedToken, last: number | null, report: Report): void {
  const expected = (last ?? 0) + 1;
  if (token.number === expected) return;
  // Line and column written out: a spread object keeps them in a second, out-of-object store.
  const line = token.line.number;
  const column = columnAt(token.line, 0);
  const item = (n: number): string => itemLike(token, n);
  if (token.number > expected) {
    const missing = expected === token.number - 1 ? item(expected) : `${item(expected)} to ${item(token.number - 1)}`;
    report({
      severity: 'warning',
      code: 'item-number-gap',
      message: `Item ${token.label} follows ${last === null ? 'no item' : item(last)}: ${missing} is missing.`,
      line,
      column,
    });
  } else if (token.number < expected) {
    report({
      severity: 'warning',
      code: 'item-number-order',
      message: `Item ${token.label} comes after ${item(last ?? 0)}: items are out of order or repeated.`,
      line,
      column,
    });
  }
}

/** The last out-of-order message and what it was written for: a text that repeats 第一条 on every line gets one string. */
interface OrderMessage {
  label: string;
  last: number;
  message: string;
}

function checkArticleNumber(token: NumberedToken, last: number, report: Report, memo: OrderMessage): void {
  const line = token.line.number;
  const column = columnAt(token.line, 0);
  if (token.number > last + 1) {
    report({
      severity: 'warning',
      code: 'article-number-gap',
      message: `Article ${token.label} follows article ${last}: ${token.number - last - 1} article(s) are missing.`,
      line,
      column,
    });
  } else if (token.number <= last) {
    report({
      severity: 'warning',
      code: 'article-number-order',
      message: orderMessage(token.label, last, memo),
      line,
      column,
    });
  }
}

function orderMessage(label: string, last: number, memo: OrderMessage): string {
  if (memo.label !== label || memo.last !== last) {
    memo.label = label;
    memo.last = last;
    memo.message = `Article ${label} comes after article ${last}: articles are out of order or repeated.`;
  }
  return memo.message;
}

function reportUnrecognized(line: SourceLine, where: string, report: Report): void {
  report({
    severity: 'warning',
    code: 'unrecognized-line',
    message: `This line is not an article, item, leader or known sentence; it is kept as a paragraph ${where}.`,
    line: line.number,
    column: columnAt(line, 0),
  });
}

/**
 * Builds the article structure from the tokens that follow the title. Reports numbering
 * problems and unrecognised lines.
 */
export function buildStructure(tokens: readonly LineToken[], report: Report): Node[] {
  // At most one root a line: made at that size (see BoundedList).
  const roots = new BoundedList<Node>(tokens.length);
  let heading: Node | null = null;
  let container: Node | null = null;
  let item: Node | null = null;
  // The number of the last item added to `container` (scanning back is quadratic; a field of every
  // node would be one more word for each line of the text).
  let lastItem: number | null = null;
  let lastArticle = 0;
  let started = false;
  // The label shape of `container`'s items when they are numbered 1. 2. (see arabicListItem), else null.
  let arabic: string | null = null;
  const arabicStrings = new ShortStrings();
  const orderMemo: OrderMessage = { label: '', last: -1, message: '' };

  /** Starts a section at `token` (a heading, or a line that reads as one): what follows goes under it. */
  const openHeading = (token: HeadingToken | NumberedToken): void => {
    heading = new TreeNode(token.kind === 'chapter' ? 'chapter' : 'heading', token);
    roots.push(heading);
    container = null;
    item = null;
    arabic = null;
    started = true;
  };

  const place = (node: Node): void => {
    if (heading) addChild(heading, node);
    else roots.push(node);
  };

  const openUnheaded = (line: SourceLine): Node => {
    const inferred = lastArticle > 0 ? lastArticle + 1 : null;
    const section = new TreeNode('unheaded', line);
    section.inferredArticle = inferred;
    if (inferred !== null) lastArticle = inferred;
    place(section);
    return section;
  };

  const addItem = (token: NumberedToken): void => {
    if (!container) {
      const headingHoldsItems = heading !== null && !heading.children.some((child) => child.kind === 'article');
      container = heading && headingHoldsItems ? heading : openUnheaded(token.line);
      lastItem = null;
    } else if (token.number === 1 && lastItem !== null) {
      container = openUnheaded(token.line);
      lastItem = null;
    }
    checkItemNumber(token, lastItem, report);
    item = numberedNode('item', token);
    addChild(container, item);
    lastItem = token.number;
    started = true;
  };

  /**
   * A line numbered 1. / 2、 (or bulleted: • 办公室) is an item where such a list starts right under a
   * heading of duties, divisions or transfers (主要职能 then 1.…), and while that list goes on. Anywhere else it is text:
   * a sub-point of an item, or a point of a section read as prose (人员编制及领导职数 1.… 2.…).
   */
  const arabicListItem = (line: SourceLine): NumberedLine | null => {
    // Right under a heading of a list, or after a paragraph that announces the divisions (…设有以下8个
    // 职能处，各司其职。): that paragraph stays the text it is (an opening sentence keeps its facts).
    const startsList =
      (heading !== null && container === null && heading.children.length === 0 && headsList(heading.label ?? '')) ||
      announced();
    // Numbered as sections are (一、…), a list only right under such a heading, or after a sentence
    // that announces it (…主要有以下职能：), and while it goes on.
    if (arabic === SECTION_NUMBERED || (arabic === null && (startsList || introduced()))) {
      const token = sectionItem(line, arabicStrings);
      if (token !== null && (arabic === null ? token.number === 1 : token.number === (lastItem ?? 0) + 1)) return token;
      if (arabic === SECTION_NUMBERED) return null;
    }
    if (item !== null && arabic === '.' && lastItem === 1) {
      const token = sectionItem(line, arabicStrings);
      if (token !== null && rewrittenSecond(token.number, token.text)) return token;
    }
    // A list numbered 1. 2. also after a sentence that announces the agency's duties (…的主要职责是：).
    const opens = startsList || (arabic === null && dutiesIntroduced());
    if (!opens && !(arabic !== null && item !== null)) return null;
    // A bulleted list (an encyclopaedia's • 办公室 lines): its items are numbered by their place.
    if (startsList || arabic === BULLETED) {
      const bullet = bulletItem(line, (lastItem ?? 0) + 1, arabicStrings);
      if (bullet !== null || arabic === BULLETED) return bullet;
    }
    const token = arabicItem(line, arabicStrings);
    if (token === null) return null;
    // The list goes on with the next number in the same shape: （1） under 1. is a sub-point.
    if (opens) return token.number === 1 ? token : null;
    return token.number === (lastItem ?? 0) + 1 && labelShape(token.label) === arabic ? token : null;
  };

  /** The last line read, when it is a paragraph at the top level. */
  const lastParagraph = (): Node | undefined => {
    const last = container === null && heading === null ? roots.last() : undefined;
    return last?.kind === 'paragraph' ? last : undefined;
  };
  /**
   * True when a line numbered as sections are (二、组织…) is the second item of a list numbered 1. whose
   * first marker a website rewrote (1.负责… then 二、组织… 三、…): it reads as a duty, not as a
   * section (二、主要职责。, 二、县财政局设…). The list is read as numbered so from it on.
   */
  const rewrittenSecond = (number: number, text: string): boolean =>
    arabic === '.' && lastItem === 1 && number === 2 && startsWithClauseVerb(text);
  /** True when the last line read is a paragraph at the top level that announces a list (LIST_INTRO). */
  const introduced = (): boolean => LIST_INTRO.test(lastParagraph()?.text ?? '');
  /** True when it announces the agency's duties, and names no divisions (…的主要职责是：, not …3个股室，其主要职能：). */
  const dutiesIntroduced = (): boolean => {
    const text = lastParagraph()?.text ?? '';
    return DUTIES_INTRO.test(text) && !DIVISIONS_NAMED.test(text);
  };
  /** True when it announces the divisions (DIVISIONS_ANNOUNCED). */
  const announced = (): boolean => DIVISIONS_ANNOUNCED.test(lastParagraph()?.text ?? '');

  const addText = (line: SourceLine): void => {
    const listed = arabicListItem(line);
    if (listed) {
      addItem(listed);
      arabic = labelShape(listed.label);
      return;
    }
    if (arabic === BULLETED) {
      // A line without a bullet that says something (a stop in it) is the text of the item above
      // (• 办公室 / 负责文电、会务工作。). A short line without a stop ends the list and heads what
      // follows (直属单位 and its own list); a longer one is text of the top level.
      if (item !== null && STOP_MARK.test(line.text)) {
        addChild(item, paragraph('continuation', line));
        return;
      }
      if (line.text.length <= 16) return openHeading(plainHeading(line));
      container = null;
      item = null;
      arabic = null;
      heading = null;
    }
    // The list has ended at a heading written as plain text (内设机构（3个）): it heads what follows.
    if (arabic !== null && namesSection(line.text)) return openHeading(plainHeading(line));
    // A sentence that counts the divisions, alone on its line (X内设3个职能科室。), heads the list
    // that follows it, as a heading would (1、党政办公室：…).
    if (!container && !heading && COUNTED_DIVISIONS_LINE.test(line.text)) return openHeading(plainHeading(line));
    // A heading of the divisions' duties written as plain text (各室主要职能：, 县委政法委机关各科室主要职责)
    // heads what follows, under whatever heading came before (an encyclopaedia's 职责).
    if (DIVISION_DUTIES_MARK.test(line.text)) return openHeading(plainHeading(line));
    if (!container && !heading) {
      const announcing = DIVISIONS_ANNOUNCED.test(line.text);
      const preamble =
        (!started || announcing) &&
        (announcing || AGENCY_STATEMENT.test(line.text) || ESTABLISHING.test(line.text)
          ? 'opening'
          : isBracketed(line.text)
            ? 'note'
            : null);
      roots.push(paragraph(preamble || 'unrecognized', line));
      if (!preamble) reportUnrecognized(line, 'at the top level', report);
    } else if (container && CO_LOCATION.test(line.text)) {
      addChild(container, paragraph('co-location', line));
    } else if (item) {
      const known = isNameOnly(item);
      addChild(item, paragraph(known ? 'continuation' : 'unrecognized', line));
      if (!known) reportUnrecognized(line, `of item ${item.label ?? ''}`, report);
    } else {
      const parent = container ?? heading;
      if (parent) addChild(parent, paragraph('body', line));
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as LineToken;
    switch (token.kind) {
      case 'blank':
        break;
      case 'chapter':
      case 'heading':
        // A short item of a list numbered as sections (九、交办的其他事项。) is its next item, not a
        // section: it reads as an item (a full stop after it, a duty's verb, or longer than a
        // section's name), not as a heading (四、其他事项, 三、直属单位, 第三章 附则).
        if (
          token.kind === 'heading' &&
          ((arabic === SECTION_NUMBERED && token.number === (lastItem ?? 0) + 1) ||
            (token.number !== null && rewrittenSecond(token.number, token.label))) &&
          (STOP_MARK.test(token.line.text) ||
            startsWithDutyVerb(token.label) ||
            (token.label.length > LONGEST_SECTION_NAME && !namesSection(token.label)))
        )
          addText(token.line);
        else openHeading(token);
        break;
      case 'article': {
        if (container?.origin === 'unheaded' && container.inferredArticle === token.number) {
          container.inferredArticle = null; // the header is not missing: the list belongs before it
          lastArticle = token.number - 1;
        }
        checkArticleNumber(token, lastArticle, report, orderMemo);
        lastArticle = Math.max(lastArticle, token.number);
        container = numberedNode('article', token);
        lastItem = null;
        arabic = null;
        place(container);
        item = null;
        started = true;
        break;
      }
      case 'item': {
        // An item that is only a section's name (a budget page's (一)职能职责。 over 1、… 2、…) heads
        // what follows, as a heading would; not inside an article.
        const named = container?.origin === 'article' ? null : itemHeading(token.text);
        if (named !== null) {
          openHeading({ kind: 'heading', line: token.line, label: named, number: token.number });
          break;
        }
        // Under an item of a list numbered as sections that announces points (一、…：), （一） is a
        // sub-point of its text; after any other item it starts a list of its own.
        if (arabic === SECTION_NUMBERED && item !== null && /[：:]$/u.test((item as Node).text)) {
          addChild(item, paragraph('continuation', token.line));
          break;
        }
        addItem(token);
        arabic = null;
        break;
      }
      case 'leader':
        roots.push(paragraph('leader', token.line));
        heading = null;
        container = null;
        item = null;
        arabic = null;
        started = true;
        break;
      case 'text':
        addText(token.line);
        break;
    }
  }
  return roots.done();
}

/**
 * Calls `visit` on every node of a tree, depth first, in document order. A generator would make an
 * iterator result for every node of every walk, and a copied stack of every root: garbage a long
 * text pays for on each walk.
 */
export function eachNode(nodes: readonly Node[], visit: (node: Node) => void): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    visit(node);
    if (node.children.length > 0) eachNode(node.children, visit);
  }
}

/** The first node of a tree, depth first, in document order, that passes `test`; undefined when none does. */
export function findNode(nodes: readonly Node[], test: (node: Node) => boolean): Node | undefined {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (test(node)) return node;
    if (node.children.length > 0) {
      const found = findNode(node.children, test);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
