import { html, type TemplateResult } from 'lit';
import type { Range } from './filter.js';

/** `text` with the given runs wrapped in <mark>; overlapping and touching runs are merged. */
export function highlight(text: string, ranges: readonly Range[] | undefined): string | (string | TemplateResult)[] {
  if (!ranges?.length) return text;
  const sorted = ranges.map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as [number, number]).filter(([s, e]) => e > s);
  sorted.sort((a, b) => a[0] - b[0]);
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i]![0];
    let end = sorted[i]![1];
    while (++i < sorted.length && sorted[i]![0] <= end) end = Math.max(end, sorted[i]![1]);
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
