import { html, type TemplateResult } from 'lit';
import { markRuns, type Range } from './runs.js';

export type { Range } from './runs.js';

/**
 * `text` with the given runs wrapped in <mark>: overlapping and touching runs are merged, runs
 * outside the text are clipped, and every part is rendered as text.
 */
export function highlight(text: string, ranges: readonly Range[] | undefined): string | (string | TemplateResult)[] {
  return markRuns(text, ranges, (run) => html`<mark>${run}</mark>`);
}
