/**
 * Staffing (人员编制): administrative posts and leadership posts, from the staffing article or
 * section, or from any sentence outside the duties and division lists that gives them.
 */
import type { LeadershipPost, Staffing } from '../model/types.js';
import { matchBrackets, splitOutsideBrackets } from './brackets.js';
import { NUMERAL_CHARS, parseNumeral } from './numerals.js';
import { STAFFING_MARK } from './patterns.js';
import type { Node } from './structure.js';

const COUNT = `([0-9０-９]+|[${NUMERAL_CHARS}]+)`;
/** 行政编制45名 / 行政編制為45名 / 行政编制12人; group 1 is the count. */
const ADMINISTRATIVE_POSTS = new RegExp(`行政[编編]制\\s*(?:[为為]|核定[为為]?)?\\s*${COUNT}\\s*[名人]`, 'gu');
/** What before a figure says it is a change, not the total: 核减机关行政编制4名. */
const CHANGE = /(?:核[减減增]|[减減]少|增加|[划劃][出入转轉]|收回)[^，,。；;]{0,8}$/u;
/** 设局长1名 / 副局长3名 / 正处级领导职数12名 / 股级职数17名; group 1 is the post, group 2 the count. */
const LEADERSHIP_POST = new RegExp(`^(.+?)(?:[领領][导導])?(?:[职職][数數])?\\s*[为為]?\\s*${COUNT}\\s*名$`, 'u');
/** Marks posts that are not leadership posts: 行政编制, 事业编制, 实有… */
const NOT_A_LEADER_POST = /[编編]制|[实實]有|[单單]位/u;
/** A post written as a rank: 司局级, 正处级, 科级, 股级. */
const RANK_POST = /[正副]?(?:司局|[部厅廳局司处處县縣乡鄉科股])[级級]$/u;
/** A phrase that gives a post is short (a title and a count); a longer one is never read as one. */
const MAX_POST_PHRASE = 80;
/** What stands before the post's title: 其中：, 另, 核定. */
const POST_PREFIX = /^(?:其中|另|核定)[:：]?/u;

/** The text with every bracketed group removed: 12名（含…1名） → 12名. */
function withoutBrackets(text: string): string {
  const match = matchBrackets(text);
  const kept: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const close = code === 0x28 || code === 0xff08 ? (match[i] ?? -1) : -1; // ( or （
    if (close === -1) continue;
    kept.push(text.slice(from, i));
    i = close;
    from = close + 1;
  }
  kept.push(text.slice(from));
  return kept.join('').trim();
}

/** The post's title in a phrase: 中卫市气象局设局长 → 局长; 市局机关内设机构科级 → 科级. */
function postTitle(phrase: string): string {
  const rank = RANK_POST.exec(phrase);
  if (rank) return rank[0];
  // The title follows the last 设: 中卫市气象局设局长 → 局长.
  return phrase
    .replace(/^.*[设設]/u, '')
    .replace(POST_PREFIX, '')
    .replace(/^[:：\s]+/u, '')
    .trim();
}

/** Leadership posts in order; bracketed notes such as （含…1名） belong to the post before them. */
function leadershipPosts(text: string): LeadershipPost[] {
  const posts: LeadershipPost[] = [];
  for (const phrase of splitOutsideBrackets(text, '。；;，,、').pieces) {
    const bare = withoutBrackets(phrase.text);
    // The pattern backtracks over the whole phrase: on a megabyte-long one it would exhaust the stack.
    if (bare.length > MAX_POST_PHRASE) continue;
    const match = LEADERSHIP_POST.exec(bare);
    const raw = match?.[1]?.trim() ?? '';
    const count = parseNumeral((match?.[2] ?? '').normalize('NFKC'));
    if (raw === '' || count === null || NOT_A_LEADER_POST.test(raw)) continue;
    const title = postTitle(raw);
    if (title !== '' && title.length <= 12) posts.push({ title, count });
  }
  return posts;
}

/** The total administrative posts a text gives: the first figure that is not a change. */
function administrativePosts(text: string): number | null {
  for (const match of text.matchAll(ADMINISTRATIVE_POSTS)) {
    if (CHANGE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    return parseNumeral((match[1] ?? '').normalize('NFKC'));
  }
  return null;
}

/** Reads the staffing of one text; null when it gives no posts. */
function readStaffing(text: string, citation: string): Staffing | null {
  const administrative = administrativePosts(text);
  const posts = leadershipPosts(text);
  if (administrative === null && posts.length === 0) return null;
  return { administrativePosts: administrative, leadershipPosts: posts, citation, text };
}

/** A node's text with its paragraphs (not its items), joined. */
function ownText(node: Node): string {
  const paragraphs = node.children.filter((child) => child.kind === 'paragraph').map((child) => child.text);
  return [node.text, ...paragraphs].filter((part) => part !== '').join('');
}

/** True when a node is a list of duties, divisions or transfers (or the function transformation). */
function isList(node: Node): boolean {
  return node.role !== null && node.role !== 'other';
}

/** Every node outside the lists, depth first, in document order: a list's whole subtree is left out. */
function outsideLists(roots: readonly Node[]): Node[] {
  const nodes: Node[] = [];
  const stack = [...roots].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isList(node)) continue;
    nodes.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node);
  }
  return nodes;
}

/**
 * Reads the staffing: from a staffing section (四、人员编制) or the first article that gives posts,
 * else from the first paragraph outside the lists that does; undefined when none does.
 */
export function parseStaffing(roots: readonly Node[]): Staffing | undefined {
  const nodes = outsideLists(roots);
  const sections = nodes.filter(
    (node) => (node.kind === 'section' && STAFFING_MARK.test(node.label ?? '')) || node.kind === 'article',
  );
  for (const node of sections) {
    const text = ownText(node);
    const staffing = text === '' ? null : readStaffing(text, node.label ?? node.id);
    if (staffing) return staffing;
  }
  for (const node of nodes) {
    if (node.kind !== 'paragraph' || node.text === '') continue;
    const staffing = readStaffing(node.text, node.id);
    if (
      staffing &&
      (staffing.administrativePosts !== null || /[领領][导導][职職][数數]|[职職][数數]/u.test(node.text))
    ) {
      return staffing;
    }
  }
  return undefined;
}
