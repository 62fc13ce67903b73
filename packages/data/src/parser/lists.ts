/**
 * What a long text makes many of, kept small: lists and repeated strings.
 *
 * Lists that can be as long as the text (its roots, its lists of items, its unplaced lines): once
 * such a list is long, it is made at once at its bound and cut to its length when done, instead of
 * grown one push at a time. A list grown by pushes is copied each time it grows, and a long text's
 * copies are large objects that the garbage collector allocates and frees apart from the young
 * generation. A list that stays short (most do) is an ordinary list and never takes its bound.
 */

/** The length from which a list jumps to its bound. */
const LONG = 4096;

export class BoundedList<T> {
  private items: T[] = [];
  length = 0;

  /** `bound`: the most entries the list is expected to hold (more still fit; it then grows). */
  constructor(private readonly bound: number) {}

  push(item: T): void {
    if (this.length === LONG && this.bound > LONG) {
      const items = new Array<T>(this.bound);
      for (let i = 0; i < LONG; i++) items[i] = this.items[i] as T;
      this.items = items;
    }
    this.items[this.length++] = item;
  }

  /** Calls `visit` on each entry, in order. */
  forEach(visit: (item: T) => void): void {
    for (let i = 0; i < this.length; i++) visit(this.items[i] as T);
  }

  /** The last entry, if any. */
  last(): T | undefined {
    return this.length > 0 ? this.items[this.length - 1] : undefined;
  }

  /** Drops the entries `test` selects, keeping the others in order: one pass, however many go. */
  drop(test: (item: T) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const item = this.items[i] as T;
      if (!test(item)) this.items[kept++] = item;
    }
    this.length = kept;
  }

  /** The entries as a plain list, cut to their number. The BoundedList is not used after this. */
  done(): T[] {
    this.items.length = this.length;
    return this.items;
  }
}

/** Strings up to this length are shared (（一）, 负责。, 第一条, a repeated short line). */
const SHORT = 16;
/**
 * The most strings kept for sharing. Repeated strings come early; a list whose labels all differ
 * (（一）…（一千）) would otherwise add an entry a line.
 */
const SHARED_COUNT = 1024;

/**
 * One copy of each short string a long text repeats. A short part of a line is a copy of its
 * characters (the engine shares the characters of long slices only), and a long list repeats its
 * labels, its short items and sometimes whole lines, line after line: each copy would be kept
 * until the caller drops the result.
 */
export class ShortStrings {
  private readonly known = new Map<string, string>();

  /** The first equal string met, or `text` itself. */
  share(text: string): string {
    if (text.length > SHORT) return text;
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (this.known.size < SHARED_COUNT) this.known.set(text, text);
    return text;
  }
}
