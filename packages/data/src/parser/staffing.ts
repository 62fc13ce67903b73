/**
 * Staffing (人员编制): administrative posts and leadership posts from the staffing article.
 */
import type { LeadershipPost, Staffing } from '../model/types.js';
import { closingBracket, splitOutsideBrackets } from './brackets.js';
import { NUMERAL_CHARS, parseNumeral } from './numerals.js';
import { walk, type Node } from './structure.js';

const COUNT = `([0-9０-９]+|[${NUMERAL_CHARS}]+)`;
/** 行政编制45名 / 行政編制為45名. */
const ADMINISTRATIVE_POSTS = new RegExp(`行政[编編]制\\s*[为為]?\\s*${COUNT}\\s*名`);
/** 设局长1名 / 副局长3名 / 正处级领导职数12名; group 1 is the post, group 2 the count. */
const LEADERSHIP_POST = new RegExp(
  `^(?:其中|另|核定)?[设設]?(.+?)(?:[领領][导導][职職][数數])?\\s*[为為]?\\s*${COUNT}\\s*名$`,
);
/** Marks posts that are not leadership posts: 行政编制, 事业编制… */
const NOT_A_LEADER_POST = /[编編]制/;

/** The text with every bracketed group removed: 12名（含…1名） → 12名. */
function withoutBrackets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const close = '(（'.includes(text.charAt(i)) ? closingBracket(text, i) : -1;
    if (close !== -1) i = close;
    else out += text.charAt(i);
  }
  return out.trim();
}

/** Leadership posts in order; bracketed notes such as （含…1名） belong to the post before them. */
function leadershipPosts(text: string): LeadershipPost[] {
  const posts: LeadershipPost[] = [];
  for (const phrase of splitOutsideBrackets(text, '。；;，,、').pieces) {
    const match = LEADERSHIP_POST.exec(withoutBrackets(phrase.text));
    const title = match?.[1]?.trim() ?? '';
    const count = parseNumeral(match?.[2] ?? '');
    if (title !== '' && count !== null && !NOT_A_LEADER_POST.test(title)) posts.push({ title, count });
  }
  return posts;
}

/** Reads the staffing of one text; null when it gives no posts. */
function readStaffing(text: string, citation: string): Staffing | null {
  const administrative = ADMINISTRATIVE_POSTS.exec(text);
  const administrativePosts = administrative ? parseNumeral(administrative[1] ?? '') : null;
  const posts = leadershipPosts(text);
  if (administrativePosts === null && posts.length === 0) return null;
  return { administrativePosts, leadershipPosts: posts, citation, text };
}

/**
 * Reads the staffing from the first article (other than the duties and division lists) that
 * gives posts; undefined when none does.
 */
export function parseStaffing(roots: readonly Node[]): Staffing | undefined {
  for (const node of walk(roots)) {
    if (node.kind !== 'article' || node.role !== null) continue;
    const paragraphs = node.children.filter((child) => child.kind === 'paragraph').map((child) => child.text);
    const text = [node.text, ...paragraphs].filter((part) => part !== '').join('');
    const staffing = text === '' ? null : readStaffing(text, node.label ?? node.id);
    if (staffing) return staffing;
  }
  return undefined;
}
