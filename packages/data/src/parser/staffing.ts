/**
 * Staffing (人员编制): administrative posts and leadership posts, from the staffing article or
 * section, or from any sentence outside the duties and division lists that gives them.
 */
import type { LeadershipPost, Staffing } from '../model/types.js';
import { matchBrackets, splitOutsideBrackets } from './brackets.js';
import type { Report } from './diagnostics.js';
import { columnAt } from './lines.js';
import { NUMERAL_CHARS, parseNumeral } from './numerals.js';
import { STAFFING_MARK } from './patterns.js';
import type { Node } from './structure.js';

const COUNT = `([0-9０-９]+|[${NUMERAL_CHARS}]+)`;
/** 行政编制45名 / 行政編制為45名 / 行政编制12人 / a report's 行政编13个; group 1 is the count. */
const ADMINISTRATIVE_POSTS = new RegExp(
  `行政[编編](?:制\\s*(?:[为為]|核定[为為]?)?\\s*${COUNT}\\s*[名人]|\\s*${COUNT}\\s*[名个個])`,
  'gu',
);
/** What before a figure says it is a change, not the total: 核减机关行政编制4名. */
const CHANGE = /(?:核[减減增]|[减減]少|增加|[划劃][出入转轉]|收回)[^，,。；;]{0,8}$/u;
/** 设局长1名 / 副局长3名 / 正处级领导职数12名 / 股级职数17名 / 正副科长共5名; group 1 is the post, group 2 the count. */
const LEADERSHIP_POST = new RegExp(`^(.+?)(?:[领領][导導])?(?:[职職][数數])?\\s*[为為共]?\\s*${COUNT}\\s*名$`, 'u');
/**
 * A post written count first, after 设: 并设1名专职副主任, 设副主任2名's other order. Only the title of
 * a body's leader (局长, 科长, 主任, 书记, 主席): 设3名联络员 and 设1名河长 are no leadership posts. Group
 * 1 is the count, group 2 the post.
 */
const COUNT_FIRST_POST = new RegExp(
  `[设設]\\s*${COUNT}\\s*名\\s*([^\\s，,。；;、]{0,10}(?:[局处處科股队隊所院厅廳部署室][长長]|主任|[书書][记記]|主席))$`,
  'u',
);
/** A paragraph that gives such a post somewhere in it (a paragraph of staffing without 编制 or 职数). */
const COUNT_FIRST_POST_IN = new RegExp(COUNT_FIRST_POST.source.replace(/\$$/u, ''), 'u');
/** Marks posts that are not leadership posts: 行政编制, 事业编制, 实有… */
const NOT_A_LEADER_POST = /[编編]制|[实實]有|[单單]位/u;
/** A post written as a rank: 司局级, 正处级, 科级, 股级. */
const RANK_POST = /[正副]?(?:司局|[部厅廳局司处處县縣乡鄉科股])[级級]$/u;
/** A phrase that gives a post is short (a title and a count); a longer one is never read as one. */
const MAX_POST_PHRASE = 80;
/** What stands before the post's title: 其中：, 另, 核定. */
const POST_PREFIX = /^(?:其中|另|核定)[:：]?/u;
/** A label before the first post of a list: 领导编制：局长1名, 领导职数：… (编制 there is no establishment). */
const POST_LABEL = /^[领領][导導](?:[编編]制|[职職][数數])\s*[:：]/u;
/** Words of a sentence before the posts it lists: 机构领导层包括局长1名 → 局长. */
const POSTS_INTRO = /^.*(?:包括|[设設]有)/u;
/** Most titles are short (局长, 正处级); a longer one is read only when it ends in a post word. */
const SHORT_TITLE = 12;
/** How a post's title ends: 局长, 主任, 书记, 总工程师, 调研员, 正处级… */
const POST_WORD = /(?:[长長师師员員级級]|主任|[书書]记|主席|助理)$/u;
/** A bracketed note about a count, never part of a title: （含…）, （不含…）, （由…兼任）. */
const COUNT_NOTE = /^(?:不?含|包括|其中|由)|[0-9０-９名]/u;
/** What may follow a count: the count itself, 为, 名, a space. */
const AFTER_TITLE = new RegExp(`[0-9０-９${NUMERAL_CHARS}为為名\\s]`, 'u');

/** Something the staffing could not read, at an offset in its text. */
interface StaffingIssue {
  readonly code: 'unbalanced-brackets' | 'unplaced-line';
  readonly message: string;
  readonly offset: number;
}

/**
 * True when a bracketed group is part of a post's title, as written: 应急办（总值班室）主任. It
 * stands inside the title (more title follows it), or is the post's second title right before
 * its count (局长（主任）1名), and is a name, not a note on the count.
 */
function inTitle(text: string, open: number, close: number): boolean {
  const inside = text.slice(open + 1, close);
  if (COUNT_NOTE.test(inside)) return false;
  const next = text.charAt(close + 1);
  if (next !== '' && !AFTER_TITLE.test(next)) return true;
  // The post's second title, right before its count: 局长（主任）1名, 正副处长(主任)10名.
  return next !== '' && POST_WORD.test(inside) && POST_WORD.test(text.slice(0, open));
}

/**
 * The text with every bracketed note removed: 12名（含…1名） → 12名. A bracket inside a title is
 * kept: 应急办（总值班室）主任1名.
 */
function withoutBrackets(text: string): string {
  const match = matchBrackets(text);
  const kept: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const close = code === 0x28 || code === 0xff08 ? (match[i] ?? -1) : -1; // ( or （
    if (close === -1) continue;
    if (inTitle(text, i, close)) {
      i = close;
      continue;
    }
    kept.push(text.slice(from, i));
    i = close;
    from = close + 1;
  }
  kept.push(text.slice(from));
  return kept.join('').trim();
}

/**
 * The post's title in a phrase: 中卫市气象局设局长 → 局长; 市局机关内设机构科级 → 科级; 内设机构领导职数 →
 * 内设机构 (内设 and 下设 are no verb 设).
 */
function postTitle(phrase: string): string {
  const rank = RANK_POST.exec(phrase);
  if (rank) return rank[0];
  // The title follows the last 设: 中卫市气象局设局长 → 局长.
  return phrase
    .replace(POSTS_INTRO, '')
    .replace(/^.*(?<![内內下])[设設]/u, '')
    .replace(POST_PREFIX, '')
    .replace(/^[:：\s]+/u, '')
    .trim();
}

/**
 * Leadership posts in order; bracketed notes such as （含…1名） belong to the post before them. A
 * note cut off by the end of the text (正科级领导职数19名（含…) keeps its post, with an issue.
 */
function leadershipPosts(text: string, issues: StaffingIssue[]): LeadershipPost[] {
  const posts: LeadershipPost[] = [];
  const { pieces, unclosedAt } = splitOutsideBrackets(text, '。；;，,、');
  for (const phrase of pieces) {
    const cut = unclosedAt !== null && unclosedAt >= phrase.start && unclosedAt < phrase.start + phrase.text.length;
    const bare = withoutBrackets(cut ? phrase.text.slice(0, unclosedAt - phrase.start) : phrase.text).replace(
      POST_LABEL,
      '',
    );
    // The pattern backtracks over the whole phrase: on a megabyte-long one it would exhaust the stack.
    if (bare.length > MAX_POST_PHRASE) continue;
    const match = LEADERSHIP_POST.exec(bare);
    const countFirst = match ? null : COUNT_FIRST_POST.exec(bare);
    const raw = (match?.[1] ?? countFirst?.[2])?.trim() ?? '';
    const count = parseNumeral(((match ?? countFirst)?.[match ? 2 : 1] ?? '').normalize('NFKC'));
    if (raw === '' || count === null || NOT_A_LEADER_POST.test(raw)) continue;
    const title = postTitle(raw);
    if (title !== '' && (title.length <= SHORT_TITLE || POST_WORD.test(title))) {
      posts.push({ title, count });
      if (cut) {
        issues.push({
          code: 'unbalanced-brackets',
          message: `The note after post ${title} (${count}) is never closed (the text was probably cut off); the post is kept.`,
          offset: unclosedAt,
        });
      }
    } else if (title !== '') {
      issues.push({
        code: 'unplaced-line',
        message: `"${title}" (${count}) is not read as a leadership post: its title is long and does not end in a post word.`,
        offset: phrase.start,
      });
    }
  }
  return posts;
}

/** The total administrative posts a text gives: the first figure that is not a change. */
function administrativePosts(text: string): number | null {
  // exec with lastIndex, not matchAll: matchAll copies the pattern on every call (once per article).
  ADMINISTRATIVE_POSTS.lastIndex = 0;
  for (let match = ADMINISTRATIVE_POSTS.exec(text); match !== null; match = ADMINISTRATIVE_POSTS.exec(text)) {
    if (CHANGE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    ADMINISTRATIVE_POSTS.lastIndex = 0;
    return parseNumeral((match[1] ?? match[2] ?? '').normalize('NFKC'));
  }
  return null;
}

/** Reads the staffing of one text; null when it gives no posts. */
function readStaffing(text: string, citation: string, issues: StaffingIssue[]): Staffing | null {
  // Staffing is written 行政编制N名 and posts end in 名: most texts (every article of a long one)
  // have neither, and are passed over without splitting them into phrases.
  const administrative = text.includes('制') ? administrativePosts(text) : null;
  const posts = text.includes('名') ? leadershipPosts(text, issues) : [];
  if (administrative === null && posts.length === 0) return null;
  return { administrativePosts: administrative, leadershipPosts: posts, citation, text };
}

/** A node and its paragraphs (not its items), those with text: their texts joined are what it says. */
function ownParts(node: Node): Node[] {
  return [node, ...node.children.filter((child) => child.kind === 'paragraph')].filter((part) => part.text !== '');
}

/** True when a node has a paragraph among its children. */
function hasParagraph(node: Node): boolean {
  for (let i = 0; i < node.children.length; i++) if ((node.children[i] as Node).kind === 'paragraph') return true;
  return false;
}

/** What a node says: its text and its paragraphs' joined (`ownParts`), without a list for a node with none. */
function ownText(node: Node): string {
  return hasParagraph(node)
    ? ownParts(node)
        .map((part) => part.text)
        .join('')
    : node.text;
}

/** Reports each issue (in text order) at its line and column in the parts its text was joined from. */
function reportIssues(parts: readonly Node[], issues: readonly StaffingIssue[], report: Report): void {
  let index = 0;
  let start = 0;
  for (const issue of issues) {
    while (index < parts.length - 1 && issue.offset >= start + (parts[index]?.text.length ?? 0)) {
      start += parts[index]?.text.length ?? 0;
      index++;
    }
    const part = parts[index];
    if (!part) return;
    report({
      severity: 'warning',
      code: issue.code,
      message: issue.message,
      line: part.line.number,
      column: columnAt(part.line, part.textOffset + Math.max(0, issue.offset - start)),
    });
  }
}

/** True when a node is a list of duties, divisions or transfers (or the function transformation). */
function isList(node: Node): boolean {
  return node.role !== null && node.role !== 'other';
}

/**
 * Calls `visit` on every node outside the lists, depth first, in document order (a list's whole
 * subtree is left out), until it returns true; returns that node.
 */
function findOutsideLists(nodes: readonly Node[], visit: (node: Node) => boolean): Node | undefined {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (isList(node)) continue;
    if (visit(node)) return node;
    if (node.children.length > 0) {
      const found = findOutsideLists(node.children, visit);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Reads the staffing: from a staffing section (四、人员编制) or the first article that gives posts,
 * else from the first paragraph outside the lists that does; undefined when none does.
 */
export function parseStaffing(roots: readonly Node[], report: Report): Staffing | undefined {
  let found: Staffing | undefined;
  // Walked twice without a list of the nodes: a long text has one for nearly every line.
  findOutsideLists(roots, (node) => {
    if (!((node.kind === 'section' && STAFFING_MARK.test(node.label ?? '')) || node.kind === 'article')) return false;
    const text = ownText(node);
    const issues: StaffingIssue[] = [];
    const staffing = text === '' ? null : readStaffing(text, node.label ?? node.id, issues);
    if (!staffing) return false;
    reportIssues(ownParts(node), issues, report);
    found = staffing;
    return true;
  });
  if (found) return found;
  // The paragraph before, when it is a heading written as plain text (领导职数, 人员编制): the posts
  // under it need not name the leadership themselves.
  let heading: string | null = null;
  findOutsideLists(roots, (node) => {
    if (node.kind !== 'paragraph' || node.text === '') return false;
    const headed = heading;
    heading = STAFFING_HEADING.test(node.text) ? node.text.replace(/[：:]$/u, '') : null;
    const issues: StaffingIssue[] = [];
    let staffing = readStaffing(node.text, headed ?? node.id, issues);
    if (
      staffing &&
      staffing.administrativePosts === null &&
      headed === null &&
      !LEADERSHIP_OR_POSTS.test(node.text) &&
      !COUNT_FIRST_POST_IN.test(node.text)
    ) {
      // Beside an establishment's count (核定编制16名，主任1名), only posts titled as a leader's
      // are: not a typo of the count itself (行编政制13名).
      const posts =
        ESTABLISHMENT.test(node.text) && !OTHER_BODY.test(node.text)
          ? staffing.leadershipPosts.filter((post) => POST_WORD.test(post.title))
          : [];
      staffing = posts.length > 0 ? { ...staffing, leadershipPosts: posts } : null;
    }
    if (!staffing) return false;
    reportIssues([node], issues, report);
    found = staffing;
    return true;
  });
  if (found) return found;
  // Else a paragraph that names the leadership or the establishment after a list's last item,
  // which a page without headings leaves inside it (1. 办公室… 5. 方志办… 目前，机构领导层包括局长1名…).
  for (const list of roots) {
    if (!isList(list)) continue;
    const children = list.children;
    let last = children.length - 1;
    while (last >= 0 && (children[last] as Node).kind !== 'item') last--;
    for (const node of [...(children[last]?.children ?? []), ...children.slice(last + 1)]) {
      if (node.kind !== 'paragraph' || !LEADERSHIP_NAMED.test(node.text)) continue;
      const issues: StaffingIssue[] = [];
      const staffing = readStaffing(node.text, node.id, issues);
      if (!staffing) continue;
      reportIssues([node], issues, report);
      return staffing;
    }
  }
  return undefined;
}

/** A heading of staffing written as plain text: 领导职数, 人员编制, 编制和领导职数, 领导职数：. */
const STAFFING_HEADING =
  /^(?:(?:人[员員])?[编編]制(?:[和及与與][领領][导導][职職][数數])?|[领領][导導](?:[职職][数數]|[编編]制))[：:]?$/u;

/** An establishment of any kind with its count (核定编制16名, 事业编制8名): the posts beside it are its staffing. */
const ESTABLISHMENT = /[编編]制\s*(?:[为為]\s*)?[0-9０-９]+\s*名/u;

/** A body under the agency that the sentence is about: 下设X中心，为正股级事业单位 (its posts are its own). */
const OTHER_BODY = /(?:下[设設]|所[属屬]|局[属屬]|直[属屬])[^。]{0,30}事[业業][单單]位/u;

/** Words that name the leadership: 领导职数, 领导编制, 领导层, 领导班子. */
const LEADERSHIP = /[领領][导導](?:[职職][数數]|[编編]制|[层層]|班子)/u;
/** A paragraph that gives leadership posts: it names the leadership, or counts posts (处级职数). */
const LEADERSHIP_OR_POSTS = new RegExp(`${LEADERSHIP.source}|[职職][数數]`, 'u');
/** A sentence that names the leadership or the establishment (行政编制). */
const LEADERSHIP_NAMED = new RegExp(`${LEADERSHIP.source}|行政[编編]制`, 'u');
