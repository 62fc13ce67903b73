/** Highlights: the runs of a shown text that a query's tokens cover, merged. */
import type { Shown } from './documents.js';
import type { Key, Scan } from './tokens.js';
import type { Highlight, LookupMatch } from './types.js';

/** A clause or duty as a match, with the runs of its text that `tokens` cover. */
export function highlight(scan: Scan, { id, citation, text }: Shown, tokens: ReadonlySet<Key>): LookupMatch {
  const on: number[] = [];
  scan(text, (key, start, end) => {
    if (tokens.has(key)) for (let i = start; i < end; i++) on[i] = 1;
  });
  const highlights: Highlight[] = [];
  on.forEach((_, i) => {
    const previous = highlights[highlights.length - 1];
    if (previous?.[1] === i) previous[1]++;
    else highlights.push([i, i + 1]);
  });
  return { id, citation, text, highlights };
}
