// Matched runs of a text, without Lit: the directory's lazily loaded modules use these, and take
// Lit's html from the directory (see internals.ts), so that Lit stays in its first-render chunk.
import type { Highlight } from '@sanding/data';

/** A matched run of a text: the lookup engine's `Highlight` (UTF-16 offsets, `end` exclusive). */
export type Range = Readonly<Highlight>;

/**
 * `text` with the given runs passed through `mark` (which wraps them in <mark>): overlapping and
 * touching runs are merged, runs outside the text are clipped, and every part stays text.
 */
export function markRuns<T>(
  text: string,
  ranges: readonly Range[] | undefined,
  mark: (run: string) => T,
): string | (string | T)[] {
  if (!ranges?.length) return text;
  const parts: (string | T)[] = [];
  let at = 0;
  let start = 0;
  let end = -1;
  const flush = () => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(mark(text.slice(start, end)));
    at = end;
  };
  for (const [s, e] of ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])) {
    if (s > end) {
      if (end >= 0) flush();
      start = s;
    }
    end = Math.max(end, e);
  }
  if (end >= 0) flush();
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** Where the words of `query` occur in `text` verbatim, case folded. */
export function occurrences(text: string, query: string): Range[] {
  const haystack = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of query.toLowerCase().split(/\s+/)) {
    if (!term) continue;
    for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + term.length))
      ranges.push([at, at + term.length]);
  }
  return ranges;
}
