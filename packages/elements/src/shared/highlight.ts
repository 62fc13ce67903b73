import { html, type TemplateResult } from 'lit';
import type { Highlight } from '@sanding/data';

/** A matched run of a text: the lookup engine's `Highlight` (UTF-16 offsets, `end` exclusive). */
export type Range = Readonly<Highlight>;

/**
 * `text` with the given runs wrapped in <mark>: overlapping and touching runs are merged, runs
 * outside the text are clipped, and every part is rendered as text.
 */
export function highlight(text: string, ranges: readonly Range[] | undefined): string | (string | TemplateResult)[] {
  if (!ranges?.length) return text;
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  let start = 0;
  let end = -1;
  const flush = () => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
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
