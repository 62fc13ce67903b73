import { findDivision } from '../shared/division-id.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Division, Duty, Leader, Regulation } from '@sanding/data';
import { factsStyles } from '../shared/facts.styles.js';
import { SandingElement } from '../shared/sanding-element.js';
import { bundled } from '../shared/datasets.js';
import { common, directory, type StringTables } from '../i18n/index.js';
import { clampHeadingLevel, dataLang, renderNameEn, renderSource } from '../shared/templates.js';
import type * as filterModule from './filter.js';
import type { DivisionMatch, Matches } from './filter.js';
import { divisionDirectoryStyles } from './division-directory.styles.js';

type FilterModule = typeof filterModule;

interface Filter {
  readonly query: string;
  readonly matches: Matches;
  /** The lazily loaded filter module, which also highlights. */
  readonly module: FilterModule;
}

/** How long typing must pause before the filter runs (ms). */
const FILTER_PAUSE_MS = 300;

const TOGGLE = 'toggle-';
const PANEL = 'panel-';

/** A fact that lists names (other names, bodies operated jointly with); nothing when there are none. */
function renderNames(
  term: string,
  names: readonly string[],
  lang: string | typeof nothing,
  show: (name: string) => unknown = (name) => name,
): TemplateResult | typeof nothing {
  return names.length
    ? html`<div class="fact">
        <dt>${term}</dt>
        <dd lang=${lang}>${names.map((name) => html`<span class="name">${show(name)}</span>`)}</dd>
      </div>`
    : nothing;
}

/**
 * The agency and every one of its divisions: the agency's names and leaders (each with its
 * source and as-of date), then each division as a disclosure that holds its also-known-as names,
 * the bodies it operates jointly with, its responsibilities with their citations, and the duties
 * of the agency it carries out (from the duty → division cross-reference).
 *
 * A filter box narrows the divisions through the lookup engine (loaded lazily, on the first
 * keystroke), highlights the matches and announces the count in a polite live region. "Expand
 * all" and "collapse all" open and close every division; printing expands everything.
 *
 * **Disclosures.** Each division name is a heading that holds a `<button aria-expanded
 * aria-controls>` (the WAI-ARIA APG disclosure and accordion pattern, as GOV.UK's accordion),
 * not `<details>`/`<summary>`: a heading inside `<summary>` loses its heading role in several
 * screen readers, and here the division names are how a reader navigates (by heading). Panels are
 * not `region` landmarks: with eleven panels that can be open at once, the APG advises against
 * that many landmarks. Closed panels are `hidden="until-found"`, so the browser's find-in-page
 * still finds their text and opens them.
 *
 * **Deep links.** With `deep-links`, `#division-id` in the page's URL opens that division and
 * scrolls to it (on load and on `hashchange`), and opening a division writes its id into the hash
 * with `history.replaceState`. Without the attribute the page's URL is never read or written,
 * since many portals route by hash.
 *
 * On `en` pages the unofficial English names are shown beside the Chinese ones, marked as such.
 *
 * @summary The agency's divisions, each a disclosure with its responsibilities, duties and citations, with a filter.
 *
 * @csspart header - The agency's name, also-known-as names and leaders.
 * @csspart agency-name - The agency's name (a heading).
 * @csspart leaders - The list of leaders.
 * @csspart source - The source and as-of date of a leader.
 * @csspart toolbar - The filter box and the expand and collapse buttons.
 * @csspart filter - The filter's text field.
 * @csspart button - The "expand all" and "collapse all" buttons.
 * @csspart count - The live count of divisions a filter leaves, and the no-match message.
 * @csspart divisions - The list of divisions.
 * @csspart division - One division.
 * @csspart toggle - The button that opens and closes a division (inside its heading).
 * @csspart panel - The content of a division.
 * @csspart responsibilities - The list of a division's responsibilities.
 * @csspart duties - The list of the duties a division carries out.
 * @csspart citation - A citation (第三条(十四), 内设机构(六)).
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @fires sanding-error - The data could not be loaded or is invalid.
 */
export class SandingDivisionDirectory extends SandingElement<'directory'> {
  static override styles = [...SandingElement.styles, factsStyles, divisionDirectoryStyles];
  static override strings: StringTables<'common' | 'directory'> = { common, directory };

  static override properties: PropertyDeclarations = {
    deepLinks: { type: Boolean, attribute: 'deep-links' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    filter: {},
    expanded: { type: Boolean },
    openIds: { state: true },
    applied: { state: true },
  };

  /**
   * Follow and write the page's URL hash: `#division-id` opens that division, and opening a
   * division writes its id with `history.replaceState`. Off by default: the URL is never touched.
   */
  declare deepLinks: boolean;

  /** The heading level of the agency's name, 1–6; the divisions' names are two levels below. */
  declare headingLevel: number;

  /** The filter's text; set it to filter from outside. */
  declare filter: string;

  /**
   * Start with every division open. Server-rendered pages want it: with JavaScript off, the
   * responsibilities can be read; the server and the browser agree on what is open.
   */
  declare expanded: boolean;

  /** Ids of the open divisions. */
  declare private openIds: ReadonlySet<string>;
  /** The result of the last filter run that completed. */
  declare private applied: Filter | undefined;

  constructor() {
    super();
    this.deepLinks = false;
    this.headingLevel = 2;
    this.filter = '';
    this.expanded = false;
    this.openIds = new Set();
  }

  private runs = 0;
  private seenData: Regulation | undefined;
  private followedHash = false;
  private filterModule: Promise<FilterModule> | undefined;
  private pendingOpen: string | undefined;
  private filterTimer: ReturnType<typeof setTimeout> | undefined;
  private expandedOnce = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * Opens a division, scrolls to it and moves focus to its heading. Clears a filter that hides
   * it. Resolves to false when there is no such division; called before the data has loaded,
   * it opens the division once the data is there.
   */
  async open(divisionId: string): Promise<boolean> {
    if (!this.data) {
      this.pendingOpen = divisionId;
      return false;
    }
    return this.reveal(divisionId, true);
  }

  /**
   * Moves focus to the filter box (a lookup's "browse the directory" calls this). Not
   * `delegatesFocus`: that would also pull focus to the filter on any click into the text.
   */
  override focus(options?: FocusOptions): void {
    const filter = (this.renderRoot as ShadowRoot).getElementById('filter');
    if (filter) filter.focus(options);
    else super.focus(options);
  }

  /** Opens every division the filter leaves. */
  expandAll(): void {
    this.openIds = new Set(this.visible().map((d) => d.id));
  }

  /** Closes every division. */
  collapseAll(): void {
    this.openIds = new Set();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('filter')) {
      // Filter once typing pauses: one update of the list and one announcement of its count per
      // pause, not one per letter of "fuhuaqi". An emptied box shows every division at once.
      clearTimeout(this.filterTimer);
      this.filterTimer = setTimeout(() => void this.runFilter(), this.filter.trim() ? FILTER_PAUSE_MS : 0);
    }
    // Before the first render of the data, also on the server (no updated() there).
    if (this.expanded && !this.expandedOnce && this.data) {
      this.expandedOnce = true;
      this.openIds = new Set(this.data.divisions.map((d) => d.id));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const data = this.data;
    if (data === this.seenData) return;
    this.seenData = data;
    if (!data) return;
    // New data (or the other script after a language switch): ids are stable, so what was open
    // stays open; the filter runs again on the new text.
    if (this.applied || this.filter.trim()) void this.runFilter();
    const pending = this.pendingOpen;
    this.pendingOpen = undefined;
    if (pending !== undefined) void this.reveal(pending, true);
    else if (this.deepLinks && !this.followedHash) {
      // The hash the page was opened with, once: not again on a language switch.
      this.followedHash = true;
      void this.reveal(location.hash.slice(1), false);
    }
  }

  protected renderRegulation(regulation: Regulation): TemplateResult {
    const s = this.strings.directory;
    const level = clampHeadingLevel(this.headingLevel);
    const visible = this.visible();
    const applied = this.applied;
    return html`
      ${this.renderHeader(regulation, level)}
      <div part="toolbar" class="toolbar">
        <div class="filter">
          <label for="filter">${s.filterLabel}</label>
          <input
            part="filter"
            id="filter"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="filter-hint"
            .value=${this.filter}
            @input=${this.onInput}
            @compositionend=${this.onInput}
          />
          <p id="filter-hint" class="hint">${s.filterHint}</p>
        </div>
        <div class="buttons">
          <button part="button" type="button" @click=${this.expandAll}>${s.expandAll}</button>
          <button part="button" type="button" @click=${this.collapseAll}>${s.collapseAll}</button>
        </div>
      </div>
      <p part="count" class="count" role="status" aria-live="polite">
        ${applied ? (visible.length ? s.resultCount(visible.length, regulation.divisions.length) : s.noMatch(applied.query)) : nothing}
      </p>
      <p class="divisions-heading" role="heading" aria-level=${Math.min(6, level + 1)}>${s.divisions}</p>
      <ul part="divisions" class="divisions" role="list">
        ${visible.map((division) => this.renderDivision(regulation, division, level + 2, applied?.matches.get(division.id)))}
      </ul>
    `;
  }

  private renderHeader(regulation: Regulation, level: number): TemplateResult {
    const s = this.strings;
    const { agency } = regulation;
    const lang = dataLang(regulation, this.language);
    return html`<div part="header" class="header">
      <p part="agency-name" class="agency-name" role="heading" aria-level=${level}>
        <span lang=${lang}>${agency.name}</span>${renderNameEn(agency.nameEn, this.strings, this.language)}
      </p>
      <dl class="facts">
        ${renderNames(s.directory.alsoKnownAs, agency.alsoKnownAs, lang)}
        ${
          regulation.leaders.length
            ? html`<div class="fact">
              <dt>${s.directory.leaders}</dt>
              <dd>
                <ul part="leaders" class="leaders" role="list">
                  ${regulation.leaders.map((leader) => this.renderLeader(leader, lang))}
                </ul>
              </dd>
            </div>`
            : nothing
        }
      </dl>
    </div>`;
  }

  private renderLeader(leader: Leader, lang: string | typeof nothing): TemplateResult {
    const s = this.strings.common;
    return html`<li class="leader">
      <span lang=${lang}><span class="title">${leader.title}</span> <span class="name">${leader.name}</span></span>
      <span part="source" class="source">
        <span>${renderSource(leader.source, this.strings)}</span>
        <span>${leader.asOf ? `${s.asOf} ${leader.asOf}` : s.dateUnknown}</span>
      </span>
    </li>`;
  }

  private renderDivision(
    regulation: Regulation,
    division: Division,
    level: number,
    match: DivisionMatch | undefined,
  ): TemplateResult {
    const s = this.strings;
    const open = this.openIds.has(division.id);
    const applied = this.applied;
    const lang = dataLang(regulation, this.language);
    const marked = (text: string): ReturnType<FilterModule['highlight']> =>
      applied ? applied.module.highlight(text, applied.module.occurrences(text, applied.query)) : text;
    const duties = regulation.duties.filter((duty) => duty.divisions?.includes(division.id));
    const subLevel = Math.min(6, level + 1);
    return html`<li part="division" class="division" id=${division.id}>
      <p class="division-heading" role="heading" aria-level=${Math.min(6, level)}>
        <button
          part="toggle"
          class="toggle"
          id=${TOGGLE + division.id}
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${PANEL + division.id}
          @click=${() => this.setOpen(division.id, !open, true)}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="names">
            <span class="division-name" lang=${lang}>${marked(division.name)}</span>${renderNameEn(division.nameEn, this.strings, this.language)}
          </span>
        </button>
      </p>
      <div
        part="panel"
        class="panel"
        id=${PANEL + division.id}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.setOpen(division.id, true, true)}
      ><div class="panel-body">
        <dl class="facts">
          ${renderNames(s.directory.alsoKnownAs, division.alsoKnownAs, lang, marked)}
          ${renderNames(s.directory.coLocated, division.coLocated, lang, marked)}
          <div class="fact">
            <dt>${s.common.citation}</dt>
            <dd part="citation" class="citation" lang=${lang}>${division.citation}</dd>
          </div>
        </dl>
        ${
          division.responsibilities.length
            ? html`<p class="subheading" role="heading" aria-level=${subLevel}>${s.directory.responsibilities}</p>
              <ol part="responsibilities" class="clauses" lang=${lang}>
                ${division.responsibilities.map(
                  (clause) => html`<li id=${clause.id}>
                    ${applied ? applied.module.highlight(clause.text, match?.clauses.get(clause.id)) : clause.text}
                    <span part="citation" class="citation">${clause.citation}</span>
                  </li>`,
                )}
              </ol>`
            : nothing
        }
        ${
          duties.length
            ? html`<p class="subheading" role="heading" aria-level=${subLevel}>${s.directory.duties}</p>
              <ul part="duties" class="clauses duties" role="list" lang=${lang}>
                ${duties.map((duty) => this.renderDuty(duty, match))}
              </ul>`
            : nothing
        }
      </div></div>
    </li>`;
  }

  private renderDuty(duty: Duty, match: DivisionMatch | undefined): TemplateResult {
    const module = this.applied?.module;
    return html`<li>
      <span part="citation" class="citation">${duty.citation}</span>
      ${module ? module.highlight(duty.text, match?.duties.get(duty.id)) : duty.text}
    </li>`;
  }

  /** The divisions the filter leaves, in the regulation's order. */
  private visible(): readonly Division[] {
    const divisions = this.data?.divisions ?? [];
    const applied = this.applied;
    return applied ? divisions.filter((d) => applied.matches.has(d.id)) : divisions;
  }

  /** Filters on what is typed; not while an input method composes (拼音 before it is 汉字). */
  private onInput = (event: Event): void => {
    if ((event as InputEvent).isComposing) return;
    this.filter = (event.target as HTMLInputElement).value;
  };

  private async runFilter(): Promise<void> {
    const run = ++this.runs;
    const regulation = this.data;
    const query = this.filter.trim();
    if (!regulation || !query) {
      this.applied = undefined;
      return;
    }
    let module: FilterModule;
    let matches: Matches;
    try {
      module = await (this.filterModule ??= import('./filter.js'));
      matches = await module.findMatches(regulation, query, bundled.has(regulation));
    } catch {
      // The engine (or the dataset's search aids) could not be downloaded: the directory stays
      // unfiltered, as it was, and the next keystroke tries again.
      this.filterModule = undefined;
      return;
    }
    if (run !== this.runs || regulation !== this.data) return;
    this.applied = { query, matches, module };
    // Open what matched, so that the highlights show.
    this.openIds = new Set([...this.openIds, ...matches.keys()]);
  }

  private setOpen(id: string, open: boolean, writeHash: boolean): void {
    if (this.openIds.has(id) === open) return;
    const ids = new Set(this.openIds);
    if (open) ids.add(id);
    else ids.delete(id);
    this.openIds = ids;
    if (open && writeHash && this.deepLinks && location.hash !== `#${id}`)
      history.replaceState(history.state, '', `#${id}`);
  }

  /** Opens a division, scrolls it into view and, if asked, focuses its heading's button. */
  private async reveal(requested: string, focus: boolean): Promise<boolean> {
    const id = findDivision(this.data, requested)?.id;
    if (id === undefined) return false;
    // Clear a filter that hides it, or one still waiting for typing to pause (it might; when its
    // timer fires, it finds the box empty).
    if (!this.applied?.matches.has(id) || this.filter.trim() !== this.applied.query) {
      this.runs++;
      this.filter = '';
      this.applied = undefined;
    }
    this.setOpen(id, true, true);
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    root.getElementById(id)?.scrollIntoView({ block: 'start' });
    if (focus) root.getElementById(TOGGLE + id)?.focus({ preventScroll: true });
    return true;
  }

  /**
   * With deep links, a new hash opens the division it names, if it is one of ours. Division ids
   * are `[a-z0-9_]` (the schema's), so the hash needs no decoding: anything else matches none.
   */
  private onHashChange = (): void => {
    if (this.deepLinks && this.data) void this.reveal(location.hash.slice(1), true);
  };
}
