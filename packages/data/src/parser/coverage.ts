/**
 * Coverage: how much of a text ended up in the model's facts (agency, notice, duties, transfers,
 * function transformation, divisions and their notes, staffing, leaders), and which lines that
 * look like content landed in none of them. `sanding parse --report` prints both.
 */
import type { Report } from './diagnostics.js';
import { columnAt, isWhiteSpace, type SourceLine } from './lines.js';
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

/** Adds the lines of some nodes and all their descendants to `lines`. */
export function addLinesOf(nodes: readonly Node[], lines: Set<SourceLine>): void {
  eachNode(nodes, (node) => {
    lines.add(node.line);
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
  covered: ReadonlySet<SourceLine>,
  frontMatter: ReadonlySet<LineToken>,
  alreadyReported: ReadonlySet<number>,
  report: Report,
): Coverage {
  let total = 0;
  let inModel = 0;
  const unplaced: UnplacedLine[] = [];
  for (const token of tokens) {
    const line = token.line;
    const length = lengthWithoutSpace(line.text);
    total += length;
    if (covered.has(line)) {
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
  return { share: total === 0 ? 1 : inModel / total, unplaced };
}
