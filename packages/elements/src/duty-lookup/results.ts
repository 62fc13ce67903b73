/**
 * The lookup's results: the engine and the view that shows what it finds. Loaded lazily, as soon
 * as the lookup has data (no result can show before the engine is there anyway), so neither is
 * in the component's initial chunk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  createSuggester,
  fullWidthCitation,
  type Lookup,
  type LookupMatch,
  type LookupResult,
  type Regulation,
  type Script,
  type Suggester,
} from '@sanding/data';
import { highlight } from '../shared/highlight.js';
import { indexedRegulation, relevant } from '../shared/engine.js';
import { telHref } from '../shared/safe-url.js';
import { dataLang, renderNameEn } from '../shared/templates.js';
import { resultsStyles } from './results.styles.js';
import type { Strings, UiLanguage } from '../i18n/index.js';

export { builtEngine, engineFor } from '../shared/engine.js';
export { redact } from './redact.js';

/**
 * Adds the results' styles to the lookup's shadow root (once): they load with this module, not
 * in the component's initial chunk.
 */
export function adoptStyles(root: ShadowRoot): void {
  const sheet = resultsStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** What the view needs from the lookup element. */
export interface ResultsContext {
  readonly strings: Pick<Strings, 'common' | 'lookup'>;
  readonly language: UiLanguage;
  /** True when the lookup names a directory: the no-match state offers to browse it. */
  readonly hasDirectory: boolean;
  /** The `directory-href` attribute: the directory page's address for a result's link. */
  readonly directoryHref: string | undefined;
  choose(result: LookupResult): void;
  browseDirectory(): void;
  focusField(): void;
  /** Searches a suggested query instead of the one typed. */
  accept(suggestion: string): void;
}

/** The reading tables, by the data's script: loaded the first time a query wants one. */
const READINGS: Readonly<Record<Script, () => Promise<{ readings: string }>>> = {
  'zh-Hans': () => import('@sanding/datasets/readings/zh-Hans'),
  'zh-Hant': () => import('@sanding/datasets/readings/zh-Hant'),
};
const tables = new Map<Script, Promise<unknown>>();
const loaded = new Map<Script, string>();
const suggesters = new WeakMap<Lookup, Suggester>();

/**
 * "Did you mean" for a query with a character in no term of the data: the query with
 * homophones that find clearly more, or undefined. The reading table of the data's script loads
 * the first time a query needs it (docs/decisions/reading-table.md); until then this returns a
 * promise that settles when it has loaded (or failed, to be tried again by the next query).
 */
function suggestionFor(lookup: Lookup, query: string): string | undefined | Promise<unknown> {
  const regulation = indexedRegulation(lookup);
  if (!regulation) return undefined;
  let suggester = suggesters.get(lookup);
  if (!suggester) suggesters.set(lookup, (suggester = createSuggester(regulation, lookup)));
  if (!suggester.wants(query)) return undefined;
  const script = regulation.lang;
  const table = loaded.get(script);
  if (table !== undefined) return suggester.suggest(query, table);
  let loading = tables.get(script);
  if (!loading) {
    // Traditional data also takes the Simplified table: a reader of the Simplified script who types
    // 专历 there means 专利, and 历 is in no Traditional table.
    const scripts: Script[] = script === 'zh-Hant' ? ['zh-Hant', 'zh-Hans'] : [script];
    loading = Promise.all(scripts.map((s) => READINGS[s]())).then(
      (tablesOf) => loaded.set(script, tablesOf.map((t) => t.readings).join('')),
      () => tables.delete(script),
    );
    tables.set(script, loading);
  }
  return loading;
}

/** The results worth showing for a query (`relevant`). */
export function find(lookup: Lookup, query: string, limit: number): LookupResult[] {
  return relevant(lookup.search(query, { limit }));
}

/**
 * "Did you mean" for a query and its results: the suggestion, with its results when the query as
 * typed found nothing; undefined when there is none; a promise while the reading table loads.
 */
export function suggest(
  lookup: Lookup,
  query: string,
  limit: number,
  results: readonly LookupResult[],
): { suggestion: string; results: readonly LookupResult[] } | Promise<unknown> | undefined {
  const suggestion = suggestionFor(lookup, query);
  if (suggestion instanceof Promise) return suggestion;
  if (!suggestion) return undefined;
  return { suggestion, results: results.length ? results : find(lookup, suggestion, limit) };
}

/**
 * What the status region says once typing pauses: the suggestion, then the count, naming the
 * division when there is one (in English by its English name, when it has one); or no match.
 */
export function announcement(
  strings: Pick<Strings, 'common' | 'lookup'>,
  language: UiLanguage,
  query: string,
  results: readonly LookupResult[],
  suggestion: string | undefined,
): string {
  const [first] = results;
  return (
    (suggestion ? `${strings.lookup.didYouMean}${suggestion}${strings.common.comma}` : '') +
    (first
      ? strings.lookup.resultCount(
          results.length,
          (language === 'en' && first.division.nameEn?.text) || first.division.name,
        )
      : strings.lookup.noMatch(query))
  );
}

/** The results of a query, or the no-match state; with a suggested query above them. */
export function renderResults(
  context: ResultsContext,
  regulation: Regulation,
  query: string,
  results: readonly LookupResult[],
  suggestion?: string,
): TemplateResult {
  const s = context.strings;
  const lang = dataLang(regulation, context.language);
  const suggested = suggestion
    ? html`<p part="suggestion" class="suggestion">${s.lookup.didYouMean}<button
          part="accept"
          class="accept"
          type="button"
          lang=${lang}
          @click=${() => context.accept(suggestion)}
        >${suggestion}</button></p>`
    : nothing;
  if (!results.length) {
    return html`${suggested}<div part="no-match" class="no-match">
      <p class="no-match-title">${s.lookup.noMatch(query)}</p>
      <p>${s.lookup.noMatchHint}</p>
      ${
        context.hasDirectory
          ? html`<button part="browse" class="browse" type="button" @click=${() => context.browseDirectory()}>${s.lookup.browseDirectory}</button>`
          : nothing
      }
    </div>`;
  }
  return html`${suggested}<p part="count" class="count" aria-hidden="true">${s.lookup.resultCount(results.length)}</p>
    <ol part="results" class="results" role="list" aria-label=${s.lookup.results} @keydown=${(e: KeyboardEvent) => onKeydown(context, e)}>
      ${results.map((result, i) => renderResult(context, regulation, result, i, lang))}
    </ol>`;
}

/**
 * The directory page's address from the `directory-href` attribute: relative, or http(s);
 * anything else (javascript:, data:) and none are this page.
 */
function directoryPage(href: string | undefined): string {
  const page = (href ?? '').trim();
  return /^(?:https?:|(?![a-z][a-z0-9+.-]*:))/i.test(page) ? page : '';
}

/** The most characters of a result's accessible description. */
const DESCRIPTION_LENGTH = 60;

/**
 * A result's accessible description, short: the words that matched and where the regulation says
 * so (孵化器，内设机构（十）第一句). The sentence itself follows the button, for whoever reads on.
 */
function describe(match: LookupMatch | undefined): string {
  if (!match) return '';
  const words = [...new Set(match.highlights.map(([start, end]) => match.text.slice(start, end)))].join('、');
  const text = words ? `${words}，${fullWidthCitation(match.citation)}` : fullWidthCitation(match.citation);
  return text.length > DESCRIPTION_LENGTH ? `${text.slice(0, DESCRIPTION_LENGTH - 1)}…` : text;
}

function renderResult(
  context: ResultsContext,
  regulation: Regulation,
  result: LookupResult,
  index: number,
  lang: string | typeof nothing,
): TemplateResult {
  const s = context.strings;
  const clause = result.clauses[0];
  const { duty, division } = result;
  const description = `description-${index}`;
  return html`<li part="result" class="result">
    <button part="choose" class="choose" type="button" aria-describedby=${description} @click=${() => context.choose(result)}>
      <span class="name" lang=${lang}>${division.name}</span>${renderNameEn(division.nameEn, context.strings, context.language)}
    </button>
    <span class="visually-hidden" id=${description} lang=${lang}>${describe(clause ?? duty)}</span>
    <div class="detail">
      ${
        clause
          ? html`<p part="clause" class="clause">
            <span lang=${lang}>${highlight(clause.text, clause.highlights)}</span>
            <span part="citation" class="citation" lang=${lang}>${fullWidthCitation(clause.citation)}</span>
          </p>`
          : nothing
      }
      ${
        duty
          ? html`<p part="duty" class="duty">
            <span class="duty-label">${s.lookup.duty}</span>
            <span lang=${lang}>${highlight(duty.text, duty.highlights)}</span>
            <span part="citation" class="citation" lang=${lang}>${fullWidthCitation(duty.citation)}</span>
          </p>`
          : nothing
      }
      ${renderContact(context, regulation, division.id, lang)}
      ${
        context.hasDirectory || context.directoryHref !== undefined
          ? html`<a part="directory-link" class="directory-link" href=${`${directoryPage(context.directoryHref)}#${division.id}`}
              >${s.lookup.openInDirectory}</a
            >`
          : nothing
      }
    </div>
  </li>`;
}

/** The division's own phone (a tel: link), address and office hours, when the data has them. */
function renderContact(
  context: ResultsContext,
  regulation: Regulation,
  divisionId: string,
  lang: string | typeof nothing,
): TemplateResult | typeof nothing {
  const found = regulation.contacts?.find((c) => c.divisionId === divisionId);
  const labels = context.strings.lookup.contact;
  const facts = (['phone', 'address', 'hours'] as const).flatMap((field) => {
    const value = found?.[field]?.value;
    if (!value) return [];
    const href = field === 'phone' ? telHref(value) : undefined;
    return [
      html`<div><dt>${labels[field]}</dt><dd lang=${lang}>${href ? html`<a href=${href}>${value}</a>` : value}</dd></div>`,
    ];
  });
  return facts.length ? html`<dl part="contact" class="contact">${facts}</dl>` : nothing;
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
