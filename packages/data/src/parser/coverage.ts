/**
 * Coverage: how much of a text ended up in the model's facts (agency, notice, duties, transfers,
 * function transformation, divisions and their notes, staffing, leaders), and which lines that
 * look like content landed in none of them. `sanding parse --report` prints both.
 */
import type { Report } from './diagnostics.js';
import { columnAt, isWhiteSpace, type SourceLine } from './lines.js';
import { BoundedList } from './lists.js';
import { eachNode, type Node } from './structure.js';
import type { LineToken } from './tokens.js';

/** A line that landed in no fact of the model. */
export interface UnplacedLine {
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

/** The share of the text's characters (blanks excluded) in the model, and what is not. */
export interface Coverage {
  /** 0…1. */
  readonly share: number;
  readonly unplaced: readonly UnplacedLine[];
}

/** Looks like content: at least four Han characters. */
const CONTENT = /(?:\p{Script=Han}\P{Script=Han}*){4}/u;

/**
 * The lines that ended up in the model: 1 at a line's `index`. A flag a line, not a set of line
 * objects (a long text's set is a large table, rebuilt as it grows, and a hash lookup a line).
 */
export type CoveredLines = Uint8Array;

/** No line covered yet, for a text of `count` logical lines. */
export function noLinesCovered(count: number): CoveredLines {
  return new Uint8Array(count);
}

export function cover(covered: CoveredLines, line: SourceLine): void {
  covered[line.index] = 1;
}

/** Covers the lines of some nodes and all their descendants. */
export function addLinesOf(nodes: readonly Node[], covered: CoveredLines): void {
  eachNode(nodes, (node) => {
    cover(covered, node.line);
  });
}

/** The length of a text without its white space (what `text.replace(/\s+/gu, '')` leaves), without building that string. */
export function lengthWithoutSpace(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) length++;
  return length;
}

/**
 * Measures coverage over the tokens. Body lines (those not in `frontMatter`) that look like
 * content and are not covered, and were not already reported as unrecognised, get an
 * `unplaced-line` warning.
 */
export function measureCoverage(
  tokens: readonly LineToken[],
  covered: CoveredLines,
  frontMatter: ReadonlySet<LineToken>,
  alreadyReported: ReadonlySet<number>,
  report: Report,
): Coverage {
  let total = 0;
  let inModel = 0;
  const unplaced = new BoundedList<UnplacedLine>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as LineToken;
    const line = token.line;
    const length = lengthWithoutSpace(line.text);
    total += length;
    if (covered[line.index] === 1) {
      inModel += length;
      continue;
    }
    if (length === 0) continue;
    const entry = { line: line.number, column: columnAt(line, 0), text: line.text };
    unplaced.push(entry);
    if (!frontMatter.has(token) && CONTENT.test(line.text) && !alreadyReported.has(line.number)) {
      report({
        severity: 'warning',
        code: 'unplaced-line',
        message: 'This line looks like content but is in no fact of the model (duties, divisions, staffing…).',
        line: entry.line,
        column: entry.column,
      });
    }
  }
  return { share: total === 0 ? 1 : inModel / total, unplaced: unplaced.done() };
}
