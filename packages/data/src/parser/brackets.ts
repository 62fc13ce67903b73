/**
 * Bracket-aware scanning: clauses are never split, and names never cut, inside （…）, (…), 《…》,
 * 〈…〉, 〔…〕, 【…】, 「…」, “…”. Bracket kinds are not matched against each other: any opener
 * nests, any closer un-nests, which is forgiving of the mixed half-/full-width pairs that pasted
 * texts contain.
 */
import { isWhiteSpace } from './lines.js';

const OPENERS = '(（《〈〔［[【「『“';
const CLOSERS = ')）》〉〕］]】」』”';
/** Bracket characters by code unit: 1 opens, -1 closes. Scans read codes, not one-character strings (each a new string for Han text, and garbage). */
const BRACKET = new Map<number, 1 | -1>([
  ...[...OPENERS].map((ch) => [ch.charCodeAt(0), 1] as const),
  ...[...CLOSERS].map((ch) => [ch.charCodeAt(0), -1] as const),
]);

/** A piece of a string and where it starts in that string (0-based). */
export interface Piece {
  readonly text: string;
  readonly start: number;
}

/** The result of splitting: the pieces, and the offset of a bracket left open (or null). */
export interface SplitResult {
  readonly pieces: Piece[];
  readonly unclosedAt: number | null;
}

/** The code units of each separator string the parser uses, made once (it is split on per line). */
const SEPARATOR_SETS = new Map<string, ReadonlySet<number>>();

function separatorSet(separators: string): ReadonlySet<number> {
  let set = SEPARATOR_SETS.get(separators);
  if (set === undefined) {
    set = new Set([...separators].map((ch) => ch.charCodeAt(0)));
    SEPARATOR_SETS.set(separators, set);
  }
  return set;
}

/**
 * Splits `text` at any character of `separators` found outside brackets. Pieces are trimmed and
 * empty ones dropped; the separators themselves are not kept.
 */
export function splitOutsideBrackets(text: string, separators: string): SplitResult {
  const pieces: Piece[] = [];
  const unclosedAt = eachPieceOutsideBrackets(text, separators, (piece, start) => {
    pieces.push({ text: piece, start });
  });
  return { pieces, unclosedAt };
}

/**
 * `splitOutsideBrackets` without the list: calls `each` with every piece (trimmed, not empty) and
 * its offset, in order, and returns where an unclosed bracket opened (or null). Each piece is
 * cut once, its white space skipped first.
 */
export function eachPieceOutsideBrackets(
  text: string,
  separators: string,
  each: (piece: string, start: number) => void,
): number | null {
  const separator = separatorSet(separators);
  // The depth of nesting, and where the outermost open bracket opened (what a stack's bottom holds).
  let depth = 0;
  let outermost = -1;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const bracket = BRACKET.get(code);
    if (bracket === 1) {
      if (depth++ === 0) outermost = i;
    } else if (bracket === -1) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separator.has(code)) {
      eachTrimmed(text, from, i, each);
      from = i + 1;
    }
  }
  eachTrimmed(text, from, text.length, each);
  return depth > 0 ? outermost : null;
}

/** Calls `each` with `text` from `from` to `end`, trimmed, and its offset, unless nothing is left. */
function eachTrimmed(text: string, from: number, end: number, each: (piece: string, start: number) => void): void {
  let start = from;
  let stop = end;
  while (start < stop && isWhiteSpace(text.charCodeAt(start))) start++;
  while (stop > start && isWhiteSpace(text.charCodeAt(stop - 1))) stop--;
  if (start < stop) each(text.slice(start, stop), start);
}

/** Index of the first character of `chars` outside brackets, at or after `from`; -1 if none. */
export function indexOutsideBrackets(text: string, chars: string, from = 0): number {
  const wanted = separatorSet(chars);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const bracket = BRACKET.get(code);
    if (bracket === 1) depth++;
    else if (bracket === -1) depth = Math.max(0, depth - 1);
    else if (depth === 0 && i >= from && wanted.has(code)) return i;
  }
  return -1;
}

/** Index of the bracket that closes the one opened at `openAt`; -1 when it is never closed. */
export function closingBracket(text: string, openAt: number): number {
  let depth = 0;
  for (let i = openAt; i < text.length; i++) {
    const bracket = BRACKET.get(text.charCodeAt(i));
    if (bracket === 1) depth++;
    else if (bracket === -1 && --depth === 0) return i;
  }
  return -1;
}

/**
 * For each opening bracket, the index of the bracket that closes it (as `closingBracket` finds
 * it), or -1; other indices hold -1. One pass, for texts with many brackets.
 */
export function matchBrackets(text: string): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const bracket = BRACKET.get(text.charCodeAt(i));
    if (bracket === 1) open.push(i);
    else if (bracket === -1) {
      const at = open.pop();
      if (at !== undefined) match[at] = i;
    }
  }
  return match;
}

/** Index of the bracket that opens the one closed at `closeAt`; -1 when there is none. */
export function openingBracket(text: string, closeAt: number): number {
  let depth = 0;
  for (let i = closeAt; i >= 0; i--) {
    const bracket = BRACKET.get(text.charCodeAt(i));
    if (bracket === -1) depth++;
    else if (bracket === 1 && --depth === 0) return i;
  }
  return -1;
}

/** True when all of `text` is one bracketed group: （…）. */
export function isBracketed(text: string): boolean {
  return text.length >= 2 && BRACKET.get(text.charCodeAt(0)) === 1 && closingBracket(text, 0) === text.length - 1;
}

/** The content of a bracketed group without its brackets: （办公室） → 办公室. */
export function unbracket(text: string): string {
  return isBracketed(text) ? text.slice(1, -1).trim() : text;
}

/**
 * Where the trailing bracketed groups of a trimmed name start (white space before them left out),
 * or its length when it has none: the end of the name `splitTrailingGroups` gives, found without
 * cutting any string.
 */
export function trailingGroupsAt(text: string): number {
  let end = text.length;
  while (end > 0 && BRACKET.get(text.charCodeAt(end - 1)) === -1) {
    const openAt = openingBracket(text, end - 1);
    if (openAt <= 0) break;
    end = openAt;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  }
  return end;
}

/** The notes of every name without a trailing group. */
const NO_NOTES: readonly string[] = Object.freeze([]);

/**
 * Splits trailing bracketed groups off a name: 机关党委办公室（办公室） → name 机关党委办公室,
 * notes [办公室]. Groups are returned in reading order.
 */
export function splitTrailingGroups(text: string): { name: string; notes: readonly string[] } {
  let name = text.trim();
  // Most names have no group: they share one empty list instead of making two.
  let notes: string[] | null = null;
  while (name.length > 0 && BRACKET.get(name.charCodeAt(name.length - 1)) === -1) {
    const openAt = openingBracket(name, name.length - 1);
    if (openAt <= 0) break;
    const note = name.slice(openAt + 1, -1).trim();
    if (notes === null) notes = [note];
    else notes.unshift(note);
    name = name.slice(0, openAt).trim();
  }
  return { name, notes: notes === null ? NO_NOTES : notes.includes('') ? notes.filter((note) => note !== '') : notes };
}
