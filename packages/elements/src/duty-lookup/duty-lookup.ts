import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Lookup, LookupResult, Regulation } from '@sanding/data';
import { SandingElement } from '../shared/sanding-element.js';
import { painted } from '../shared/after-paint.js';
import { bundled } from '../shared/datasets.js';
import { common, lookup, type StringTables } from '../i18n/index.js';
import { SandingSearchEvent, SandingSelectEvent } from '../shared/events.js';
import { findDirectory, openInDirectory } from '../shared/directory.js';
import { dataLang } from '../shared/templates.js';
import type * as Results from './results.js';
import type { ResultsContext } from './results.js';
import { dutyLookupStyles } from './duty-lookup.styles.js';

type ResultsModule = typeof Results;

/**
 * What the last search found. `results` is undefined when the engine could not load. With a
 * `suggestion` ("did you mean"), `results` are the suggestion's when the query as typed found
 * nothing.
 */
interface Outcome {
  readonly query: string;
  readonly results: readonly LookupResult[] | undefined;
  readonly suggestion?: string | undefined;
}

/**
 * How long the field must rest before the result count is announced and `sanding-search` fires
 * (ms): one announcement and one event per query, not one per keystroke.
 */
const SETTLE_MS = 600;

/** Runs `task` when the browser is next idle (at the latest after 2 s), or soon where it cannot tell. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}

/** The results module (engine and view), once loaded. */
let view: ResultsModule | undefined;

/**
 * Loads the results module and has it build the engine for a regulation (once per regulation,
 * shared by every component on the page: shared/engine.ts). Settles either way: what it built,
 * or why it could not, is then `view.builtEngine(regulation)`.
 */
async function prepare(regulation: Regulation): Promise<void> {
  try {
    view ??= await import('./results.js');
    await view.engineFor(regulation, bundled.has(regulation));
  } catch {
    // A failed download (tried again by the next search) or data that cannot be indexed
    // (`builtEngine` says which).
  }
}

/**
 * "Which division handles this?": a search field with live results. A citizen types what they
 * need in their own words (Simplified or Traditional Chinese, colloquially, by abbreviation, in
 * pinyin or in English) and gets the divisions that handle it, best first, each with the sentence
 * of the regulation that says so (the matched words highlighted) and its citation, and the duty
 * of the agency it carries out when one matched. Choosing a result fires `sanding-select` and,
 * with `directory`, opens that division in the directory.
 *
 * **Why a search field with a live region, not a combobox.** The WAI-ARIA combobox keeps focus in
 * the field and points at the "active" option with `aria-activedescendant`, and each option is
 * read as one flat name. Support for that has long been unreliable in the screen readers most
 * citizens here use, on phones (iOS VoiceOver, Android TalkBack), which often say nothing when the
 * active option changes; a listbox option cannot hold structured content (a division, the matched
 * sentence, two citations); and the combobox's arrow keys compete with the input method's own
 * candidate list, which Chinese typing depends on. So this is a plain live search: a labelled
 * `<input type="search">` in a `search` landmark, the results as an ordinary list of buttons
 * below it, and a polite `role="status"` region that announces the result count (or "no match")
 * once typing pauses, not on every keystroke. Arrow keys move real focus, which every screen
 * reader follows: it reads the division's name, then (as the button's description) the matched
 * sentence and its citation.
 *
 * **Keyboard.**
 * - In the field: <kbd>↓</kbd> or <kbd>Enter</kbd> moves focus to the first result.
 *   <kbd>Esc</kbd> clears the field (when it has text; otherwise the key is left to the page).
 * - On a result: <kbd>↓</kbd> and <kbd>↑</kbd> move to the next and previous result (<kbd>↑</kbd>
 *   on the first returns to the field); <kbd>Home</kbd> and <kbd>End</kbd> go to the first and
 *   last. <kbd>Enter</kbd> or <kbd>Space</kbd> chooses it. <kbd>Esc</kbd> returns to the field,
 *   keeping the query (a second <kbd>Esc</kbd> clears it).
 * - <kbd>Tab</kbd> moves through the field, the results and the example queries as usual.
 *
 * **States.** With an empty field it shows example queries in the language of the page (buttons
 * that fill the field). A query that matches nothing says so and suggests browsing the directory,
 * with a button that brings it into view when `directory` is set. A query with a character that
 * is in no term of the data (most often a homophone typo: 专历 for 专利) gets a "did you mean"
 * line whose suggestion searches it; when the query found nothing, the suggestion's results
 * show. The reading table this needs loads lazily, the first time a query wants it.
 *
 * **Results.** Each result names the division (a button that chooses it), shows the matched
 * sentence with its citation, the duty it carries out when one matched, the division's phone,
 * address and office hours when the data has them, and, with `directory-href` or `directory`, a
 * link that opens the division in the directory (`#<division id>`, read by a directory with
 * `deep-links`). With one result, the status region names it. While typing with an input
 * method (pinyin, zhuyin), the search waits for the composition to end.
 *
 * On `en` pages the unofficial English division names are shown beside the Chinese ones, marked
 * as such; the example queries are English.
 *
 * @summary A search field that finds the division handling a matter, with the sentence of the regulation that says so.
 *
 * @csspart search - The search landmark: label, hint and field.
 * @csspart label - The field's label.
 * @csspart hint - The line under the label: what is searched and which input works.
 * @csspart field - The search field.
 * @csspart examples - The example queries shown while the field is empty.
 * @csspart example - One example query (a button).
 * @csspart count - The visible result count.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart choose - The button that chooses a result (the division's name).
 * @csspart clause - The matched sentence of a division's responsibilities.
 * @csspart duty - The matched duty of the agency.
 * @csspart citation - A citation (内设机构(十)第二句, 第三条(五)).
 * @csspart suggestion - The "did you mean" line (您是不是要找：专利).
 * @csspart accept - The suggested query, a button that searches it.
 * @csspart contact - A result's division contact (phone, address, office hours), when the data has one.
 * @csspart directory-link - A result's link to its division in the directory (with `directory-href` or `directory`).
 * @csspart no-match - The no-match message.
 * @csspart browse - The button that brings the directory into view.
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @fires sanding-select - A result was chosen; `detail.division` is the division, `detail.regulationId` its regulation.
 * @fires sanding-search - Once typing pauses (600 ms), or when a result is reached, with `detail.query` and `detail.resultCount`. It carries nothing about the person; email addresses and runs of five or more digits in the query are masked with `*`.
 * @fires sanding-error - The data could not be loaded or is invalid.
 */
export class SandingDutyLookup extends SandingElement<'lookup'> {
  static override styles = [...SandingElement.styles, dutyLookupStyles];
  static override strings: StringTables<'common' | 'lookup'> = { common, lookup };

  static override properties: PropertyDeclarations = {
    query: {},
    limit: { type: Number },
    directory: {},
    directoryHref: { attribute: 'directory-href' },
    label: {},
    outcome: { state: true },
    announced: { state: true },
  };

  /**
   * The query in the field. Set it (or the `query` attribute) to search from outside. The search
   * runs after the next paint (so that typing never waits for it); `updateComplete` resolves once
   * its results are shown.
   */
  declare query: string;

  /** The most results shown. */
  declare limit: number;

  /**
   * The id of a `<sanding-division-directory>` (or any element with an `open(divisionId)`
   * method) on the page: choosing a result opens the division there.
   */
  declare directory: string | undefined;

  /**
   * The address of the page that shows the directory, for each result's link to its division
   * (`#<division id>` is added; the directory needs `deep-links`). Empty: this page. Without it
   * (or `directory`), results have no such link. Only http(s) and relative addresses are used.
   */
  declare directoryHref: string | undefined;

  /** Replaces the field's label (e.g. "搜索办事部门" in a portal's header). */
  declare label: string | undefined;

  declare private outcome: Outcome | undefined;
  /**
   * What the polite status region reports, set when typing pauses and cleared when it starts
   * again (so that the same count is announced again for a new query). Put into words at
   * render time, in the language of the moment.
   */
  declare private announced: Outcome | undefined;

  constructor() {
    super();
    this.query = '';
    this.limit = 5;
  }

  private runs = 0;
  /** The search due after the next paint, until it has shown its results. */
  declare private due: Promise<void> | undefined;
  declare private memoized: [readonly unknown[], TemplateResult] | undefined;
  declare private searchedData: Regulation | undefined;
  private composing = false;
  declare private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The search an event is owed for, until it fires. */
  declare private pendingEvent: SandingSearchEvent | undefined;
  private lastReported = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
    this.pendingEvent = undefined;
  }

  /** Moves focus to the search field. */
  override focus(options?: FocusOptions): void {
    const field = this.renderRoot.querySelector<HTMLInputElement>('#field');
    if (field) field.focus(options);
    else super.focus(options);
  }

  /**
   * Also waits for the search of the query set last, so that once it resolves the results shown
   * are that query's.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.due) {
      await this.due;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.data;
    if (data && data !== this.searchedData) {
      // New data (or the other script after a language switch): search it again.
      this.searchedData = data;
      // Built when the browser is idle after this render, so that no keystroke waits for the
      // index and bad data is reported before anyone types; a query before then builds it at once.
      whenIdle(() => void prepare(data).then(() => this.data === data && this.failIfInvalid(view?.builtEngine(data))));
      this.searchSoon();
    } else if (changed.has('query') || changed.has('limit')) {
      this.searchSoon();
    }
  }

  /**
   * Searches after the next paint, for whatever the query is by then: typing never waits for a
   * search. An emptied field shows the example queries at once.
   */
  private searchSoon(): void {
    if (!this.query.trim()) {
      void this.search();
      return;
    }
    this.due ??= painted().then(() => {
      this.due = undefined;
      return this.search();
    });
  }

  protected renderRegulation(regulation: Regulation): TemplateResult {
    const s = this.strings.lookup;
    const outcome = this.outcome;
    // A query while the engine is still downloading or building.
    const preparing = Boolean(this.query.trim()) && !view?.builtEngine(regulation);
    return html`
      <div part="search" class="search" role="search" aria-labelledby="label">
        <label part="label" id="label" for="field">${this.label ?? s.label}</label>
        <p part="hint" class="hint" id="hint">
          ${s.hint(html`<span lang=${dataLang(regulation, this.language)}>${regulation.agency.name}</span>`, regulation.divisions.length)}
        </p>
        <input
          part="field"
          id="field"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="hint keys"
          .value=${this.query}
          @input=${this.onInput}
          @compositionstart=${this.onCompositionStart}
          @compositionend=${this.onCompositionEnd}
          @keydown=${this.onFieldKeydown}
        />
        <p class="visually-hidden" id="keys">${s.keys}</p>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement()}</p>
      <div class="outcome">
        ${
          // Until a query's search has run, what was shown stays (the examples, or the results of
          // the query before), unless the engine is still loading; and a keystroke's update leaves
          // it alone.
          this.memo(
            [outcome, preparing, regulation, s, this.strings.common, this.language, this.directory, this.directoryHref],
            () =>
              !outcome
                ? preparing
                  ? html`<p class="status">${s.preparing}</p>`
                  : this.renderExamples()
                : outcome.results && view
                  ? view.renderResults(
                      this.resultsContext(),
                      regulation,
                      outcome.query,
                      outcome.results,
                      outcome.suggestion,
                    )
                  : this.renderFailure(),
          )
        }
      </div>
    `;
  }

  private renderExamples(): TemplateResult {
    const s = this.strings.lookup;
    return html`<div part="examples" class="examples">
      <p class="examples-title">${s.examplesTitle}</p>
      <ul class="example-list" role="list">
        ${s.examples.map(
          (example) =>
            html`<li><button part="example" class="example" type="button" @click=${() => this.useExample(example)}>${example}</button></li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * The template `render` returns, made again only when a value in `keys` has changed (Lit's
   * `guard` does the same, but its directive code would add about 500 B to the initial chunk).
   */
  private memo(keys: readonly unknown[], render: () => TemplateResult): TemplateResult {
    let last = this.memoized;
    if (!last || keys.some((key, i) => key !== last?.[0][i])) this.memoized = last = [keys, render()];
    return last[1];
  }

  /** What the lazily loaded results view needs from this element. */
  private resultsContext(): ResultsContext {
    view?.adoptStyles(this.renderRoot as ShadowRoot);
    return {
      strings: this.strings,
      language: this.language,
      hasDirectory: Boolean(this.directory),
      directoryHref: this.directoryHref,
      accept: (suggestion) => {
        this.query = suggestion;
        this.focus();
      },
      choose: (result) => this.choose(result),
      browseDirectory: () => this.browseDirectory(),
      focusField: () => this.focus(),
    };
  }

  /** The engine could not load (a network failure, most likely). */
  private renderFailure(): TemplateResult {
    const s = this.strings.common;
    return html`<div part="error" class="error">
      <p class="error-title">${s.errorTitle}</p>
      <p>${s.errors.network}</p>
    </div>`;
  }

  /**
   * Searches for the query. Synchronous once the engine has been built (when the browser was
   * first idle); before that, it waits for the engine, and the promise it returns settles once
   * it has searched.
   */
  private search(afterLoad = false): Promise<void> | undefined {
    const run = ++this.runs;
    const regulation = this.data;
    const query = this.query.trim();
    if (!regulation || !query) {
      this.outcome = undefined;
      this.settle(undefined);
      return;
    }
    const engine = view?.builtEngine(regulation);
    // Not built yet, or its download failed and this is a new search: (re)load, then search.
    if (!engine && !afterLoad) {
      this.outcome = undefined;
      return prepare(regulation).then(() => {
        if (run === this.runs) return this.search(true);
      });
    }
    if (this.failIfInvalid(engine)) return;
    this.outcome = { query, results: engine && view?.find(engine, query, this.resultLimit()) };
    this.settle(this.outcome);
  }

  /** Shows the error state if the engine could not index the regulation, and says so. */
  private failIfInvalid(engine: Lookup | Error | undefined): engine is Error {
    const invalid = engine instanceof Error;
    if (invalid) this.fail({ reason: 'invalid-data', message: engine.message });
    return invalid;
  }

  /**
   * Once typing pauses: announce the count in the status region and fire `sanding-search`.
   * An empty field cancels both and silences the region.
   */
  private settle(outcome: Outcome | undefined): void {
    clearTimeout(this.settleTimer);
    this.announced = undefined;
    if (!outcome) {
      this.pendingEvent = undefined;
      this.lastReported = '';
      return;
    }
    const { query, results } = outcome;
    // A search the engine could not run is not a search that found nothing: no event for it.
    // (Results come from the view, which masks the query.)
    this.pendingEvent =
      results && view && new SandingSearchEvent({ query: view.redact(query), resultCount: results.length });
    this.settleTimer = setTimeout(() => this.suggestThenAnnounce(outcome), SETTLE_MS);
  }

  private resultLimit(): number {
    return Math.max(1, Math.floor(this.limit) || 5);
  }

  /**
   * Once typing pauses: "did you mean" (then, not on each keystroke, so that no keystroke waits
   * for the reading table or the homophones), then the announcement and the event.
   */
  private suggestThenAnnounce(outcome: Outcome): void {
    const engine = this.data && view?.builtEngine(this.data);
    const found =
      outcome.results && engine && !(engine instanceof Error)
        ? view?.suggest(engine, outcome.query, this.resultLimit(), outcome.results)
        : undefined;
    if (found instanceof Promise) {
      // The reading table is loading: go on once it is here, unless the query has changed.
      void found.then(() => this.outcome === outcome && this.suggestThenAnnounce(outcome));
      return;
    }
    if (found) this.outcome = outcome = { ...outcome, ...found };
    this.announced = outcome;
    this.flushSearchEvent();
  }

  /** The status region's words for what was last announced. */
  private announcement(): string {
    const { query, results, suggestion } = this.announced ?? {};
    return query === undefined
      ? ''
      : results && view
        ? view.announcement(this.strings, this.language, query, results, suggestion)
        : this.strings.common.errors.network;
  }

  /** Fires the owed `sanding-search` now; a query searched again (new data, a new script) is not reported twice. */
  private flushSearchEvent(): void {
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (!event || event.detail.query === this.lastReported) return;
    this.lastReported = event.detail.query;
    this.dispatchEvent(event);
  }

  private onInput(event: Event): void {
    // While an input method composes (pinyin, zhuyin), wait for the characters it commits.
    if (this.composing || (event as InputEvent).isComposing) return;
    this.query = (event.target as HTMLInputElement).value;
  }

  private onCompositionStart(): void {
    this.composing = true;
  }

  private onCompositionEnd(event: CompositionEvent): void {
    this.composing = false;
    this.query = (event.target as HTMLInputElement).value;
  }

  private onFieldKeydown(event: KeyboardEvent): void {
    // 229: Safari's keydown for the key that commits a composition.
    if (this.composing || event.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'Enter') {
      if (this.resultButtons().length) {
        event.preventDefault();
        this.flushSearchEvent();
        this.focusResult(0);
      }
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      event.stopPropagation();
      this.clear();
    }
  }

  private resultButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.choose')];
  }

  private focusResult(index: number): void {
    this.resultButtons()[index]?.focus();
  }

  private clear(): void {
    this.query = '';
    this.focus();
  }

  private useExample(example: string): void {
    this.query = example;
    this.focus();
  }

  private choose(result: LookupResult): void {
    const regulation = this.data;
    const division = regulation?.divisions.find((d) => d.id === result.division.id);
    if (!regulation || !division) return;
    this.flushSearchEvent();
    this.dispatchEvent(new SandingSelectEvent({ regulationId: regulation.id, division }));
    // The directory opens the division, scrolls to it and moves focus there.
    openInDirectory(this, this.directory, division.id);
  }

  private browseDirectory(): void {
    const directory = findDirectory(this, this.directory);
    if (!directory) return;
    directory.scrollIntoView({ block: 'start' });
    directory.focus();
  }
}
