/**
 * Lists that can be as long as the text (its roots, its lists of items, its unplaced lines), made
 * at once at a bound and cut to their length when done, instead of grown one push at a time: a
 * list grown by pushes is copied each time it grows, and a long text's copies are large objects
 * that the garbage collector allocates and frees apart from the young generation.
 */
export class BoundedList<T> {
  private readonly items: T[];
  length = 0;

  /** `bound`: the most entries the list is expected to hold (more still fit; it then grows). */
  constructor(bound: number) {
    this.items = new Array<T>(bound);
  }

  push(item: T): void {
    this.items[this.length++] = item;
  }

  /** The entries as a plain list, cut to their number. The BoundedList is not used after this. */
  done(): T[] {
    this.items.length = this.length;
    return this.items;
  }
}
