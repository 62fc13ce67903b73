/**
 * An article or item line (第三条…, （十四）…): the token the classifier reads and, once placed in the
 * tree, its node. One object instead of two for the lines a long text is mostly made of.
 */
import type { SourceLine } from './lines.js';
import type { Node, Origin, Role } from './structure.js';
import type { NumberedToken } from './tokens.js';

/** The children of every line that has none yet. */
const NO_CHILDREN: readonly Node[] = Object.freeze([]);

export class NumberedLine implements NumberedToken, Node {
  /** Grown by the tree builder only. */
  children: readonly Node[] = NO_CHILDREN;
  /** Filled in by `assignRoles`. */
  role: Role | null = null;
  /** Filled in by `assignIds`. */
  id = '';

  constructor(
    readonly kind: 'article' | 'item',
    readonly line: SourceLine,
    readonly number: number,
    /** The label as written: 第三条, （十四）. */
    public label: string,
    /** The numeral as written inside the label: 三, 十四. */
    readonly numeral: string,
    /** The text after the label, to the end of the line. */
    readonly text: string,
  ) {}

  get origin(): Origin {
    return this.kind;
  }

  /** 0-based offset of `text` within the line's trimmed text: the text runs to the line's end. */
  get textOffset(): number {
    return this.line.text.length - this.text.length;
  }

  /** Only an unheaded list has the article number of a missing header. */
  get inferredArticle(): number | null {
    return null;
  }
}
