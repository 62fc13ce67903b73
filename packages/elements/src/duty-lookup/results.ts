/**
 * The lookup's results: the engine and the view that shows what it finds. Loaded lazily, as soon
 * as the lookup has data (no result can show before the engine is there anyway), so neither is
 * in the component's initial chunk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LookupResult, Regulation } from '@sanding/data';
import { highlight } from '../shared/highlight.js';
import { dataLang, renderNameEn } from '../shared/templates.js';
import type { Strings, UiLanguage } from '../i18n/index.js';

export { builtEngine, engineFor, relevant } from '../shared/engine.js';

/** What the view needs from the lookup element. */
export interface ResultsContext {
  readonly strings: Pick<Strings, 'common' | 'lookup'>;
  readonly language: UiLanguage;
  /** True when the lookup names a directory: the no-match state offers to browse it. */
  readonly hasDirectory: boolean;
  choose(result: LookupResult): void;
  browseDirectory(): void;
  focusField(): void;
}

/** The results of a query, or the no-match state. */
export function renderResults(
  context: ResultsContext,
  regulation: Regulation,
  query: string,
  results: readonly LookupResult[],
): TemplateResult {
  const s = context.strings;
  if (!results.length) {
    return html`<div part="no-match" class="no-match">
      <p class="no-match-title">${s.lookup.noMatch(query)}</p>
      <p>${s.lookup.noMatchHint}</p>
      ${
        context.hasDirectory
          ? html`<button part="browse" class="browse" type="button" @click=${() => context.browseDirectory()}>${s.lookup.browseDirectory}</button>`
          : nothing
      }
    </div>`;
  }
  const lang = dataLang(regulation, context.language);
  return html`<p part="count" class="count" aria-hidden="true">${s.lookup.resultCount(results.length)}</p>
    <ol part="results" class="results" role="list" aria-label=${s.lookup.results} @keydown=${(e: KeyboardEvent) => onKeydown(context, e)}>
      ${results.map((result, i) => renderResult(context, result, i, lang))}
    </ol>`;
}

function renderResult(
  context: ResultsContext,
  result: LookupResult,
  index: number,
  lang: string | typeof nothing,
): TemplateResult {
  const s = context.strings;
  const clause = result.clauses[0];
  const { duty } = result;
  const detail = `detail-${index}`;
  return html`<li part="result" class="result">
    <button part="choose" class="choose" type="button" aria-describedby=${detail} @click=${() => context.choose(result)}>
      <span class="name" lang=${lang}>${result.division.name}</span>${renderNameEn(result.division.nameEn, context.strings, context.language)}
    </button>
    <div class="detail" id=${detail}>
      ${
        clause
          ? html`<p part="clause" class="clause">
            <span lang=${lang}>${highlight(clause.text, clause.highlights)}</span>
            <span part="citation" class="citation" lang=${lang}>${clause.citation}</span>
          </p>`
          : nothing
      }
      ${
        duty
          ? html`<p part="duty" class="duty">
            <span class="duty-label">${s.lookup.duty}</span>
            <span lang=${lang}>${highlight(duty.text, duty.highlights)}</span>
            <span part="citation" class="citation" lang=${lang}>${duty.citation}</span>
          </p>`
          : nothing
      }
    </div>
  </li>`;
}

/** Arrow keys, Home and End move between the results; ↑ on the first and Esc return to the field. */
function onKeydown(context: ResultsContext, event: KeyboardEvent): void {
  const list = event.currentTarget as HTMLElement;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.choose')];
  const index = buttons.findIndex((button) => button === (list.getRootNode() as ShadowRoot).activeElement);
  if (index < 0) return;
  const go = (to: number): void => {
    event.preventDefault();
    if (to < 0) context.focusField();
    else buttons[Math.min(to, buttons.length - 1)]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
      return go(index + 1);
    case 'ArrowUp':
      return go(index - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(buttons.length - 1);
    case 'Escape':
      event.stopPropagation();
      return go(-1);
  }
}
