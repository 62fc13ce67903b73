import {
  html,
  isServer,
  noChange,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { Division, Duty, Leader, Regulation } from '@sanding/data';
import { factsStyles } from '../shared/facts.styles.js';
import { SandingElement } from '../shared/sanding-element.js';
import { turn } from '../shared/after-paint.js';
import { bundled } from '../shared/datasets.js';
import { common, directory, type StringTables } from '../i18n/index.js';
import {
  clampHeadingLevel,
  dataLang,
  headingRole,
  renderNameEn,
  renderSource,
  sourceLang,
} from '../shared/templates.js';
import type * as filterModule from './filter.js';
import type * as panelModule from './panel.js';
import type { DirectoryInternals, Filter, Lit } from './internals.js';
import { dutiesOf } from './duties.js';
import { divisionDirectoryStyles } from './division-directory.styles.js';

type FilterModule = typeof filterModule;
type PanelModule = typeof panelModule;

/** How long typing must pause before the filter runs (ms). */
const FILTER_PAUSE_MS = 300;

/**
 * Divisions rendered in one task. The first chunk fills a first screen (a phone's, a laptop's;
 * a filter shows as many at once, SCREEN in filter.ts) at once; the rest follow a chunk per task
 * (larger in a long list, by a 128th of it), and every division ends up in the page.
 */
const CHUNK = 12;

/** The length at which a summary line is cut (it shows on one line; the panel has the rest). */
const SUMMARY_LENGTH = 40;

/** Lit, for the lazily loaded modules (internals.ts). */
const lit: Lit = { html, nothing };

/** The page's hash, without its #. */
const pageHash = (): string => location.hash.slice(1);

/**
 * A closed panel's content: the division's text as one string (one text node), which
 * find-in-page searches. Its structure renders when the panel first opens.
 */
function panelText(regulation: Regulation, division: Division): string {
  return [
    ...division.alsoKnownAs,
    ...division.coLocated,
    ...division.responsibilities.map((clause) => clause.text),
    ...dutiesOf(regulation, division.id).map((duty) => duty.text),
  ].join('\n');
}

/** The default summary line: the division's first responsibility, shortened. */
function firstResponsibility(division: Division): string {
  const text = division.responsibilities[0]?.text ?? '';
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
}

/**
 * The agency and every one of its divisions: the agency's names and leaders (each with its
 * source and as-of date), then each division as a disclosure that holds its also-known-as names,
 * the bodies it operates jointly with, its responsibilities with their citations, and the duties
 * of the agency it carries out (from the duty → division cross-reference).
 *
 * A filter box narrows the divisions through the lookup engine (loaded lazily, and built in
 * slices while the browser is idle once the list has rendered, or on the first focus of the box)
 * and announces the count in a polite live region. Matching divisions stay
 * closed: each one's summary line shows its best-matching sentence, highlighted. One "show all"
 * button opens every division the filter leaves, and reads "hide all" once they are open.
 * Printing shows every division's text.
 *
 * **Disclosures.** Each division name is a heading that holds a `<button aria-expanded
 * aria-controls>` (the WAI-ARIA APG disclosure and accordion pattern, as GOV.UK's accordion),
 * not `<details>`/`<summary>`: a heading inside `<summary>` loses its heading role in several
 * screen readers, and here the division names are how a reader navigates (by heading). Below h6
 * (a high `heading-level`), names and subheadings are plain labels, not headings. Each button
 * shows a visible 展开/收起 (Show/Hide) label, and under it a one-line summary (`summary`).
 *
 * **Rendering what is seen.** The first render of the data shows the header, the toolbar and a
 * screen of divisions: their headings, and their summary lines, whose text follows in the next
 * task (the line is kept, so nothing moves). Each later chunk renders in a task of its own once
 * the one before has been painted, and every division stays in the page. A closed panel holds
 * its division's text alone, as one text node, `hidden="until-found"`, from the task after the
 * first render: find-in-page finds it, and opens it. Its structure (lists, citations,
 * buttons) renders on the first open, from a lazily loaded module. A shadow root the server
 * rendered hydrates with every division, as the server rendered it. Filtering changes only the
 * divisions whose match changed; one it hides or shows again without a match changes only its
 * `hidden`. A filter (or its clearing) shows at once down to a screen of the divisions it leaves,
 * and reaches the rest of a long list a chunk a task, each after the last has been painted.
 *
 * **Remembered state.** Which divisions are open is kept for the session (sessionStorage), per
 * page path, element `id` and regulation, and restored in the first render. A remembered state
 * (the person opened or closed something) wins over `expanded`; `remember="off"` forgets nothing
 * and restores nothing, so `expanded` always applies.
 *
 * **Deep links.** With `deep-links`, `#division-id` in the page's URL opens that division and
 * scrolls to it (on load and on `hashchange`), opening a division writes its id into the hash
 * with `history.replaceState`, and each open division has a 复制链接 (copy link) button that
 * copies its URL and announces it. A hash that names no division does nothing. Without the
 * attribute the page's URL is never read or written, since many portals route by hash.
 *
 * On `en` pages the English names are shown beside the Chinese ones; the header says once that
 * those that are ours are unofficial translations.
 *
 * @summary The agency's divisions, each a disclosure with its responsibilities, duties and citations, with a filter.
 *
 * @csspart header - The agency's name, also-known-as names and leaders.
 * @csspart agency-name - The agency's name (a heading).
 * @csspart leaders - The list of leaders.
 * @csspart source - The source and as-of date of a leader.
 * @csspart unofficial - The note that the English names are unofficial translations (en pages).
 * @csspart toolbar - The filter box and the show-all button.
 * @csspart filter - The filter's text field.
 * @csspart button - The show-all button ("show all sections" / "hide all sections").
 * @csspart count - The live count of divisions a filter leaves, and the no-match message.
 * @csspart divisions - The list of divisions.
 * @csspart division - One division.
 * @csspart toggle - The button that opens and closes a division (inside its heading).
 * @csspart summary - While filtering, the best-matching sentence of a division.
 * @csspart panel - The content of a division.
 * @csspart responsibilities - The list of a division's responsibilities.
 * @csspart duties - The list of the duties a division carries out.
 * @csspart citation - A citation (第三条（十四）, 内设机构（六）).
 * @csspart copy-link - The button that copies a division's link (with `deep-links`).
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @attr {'first-responsibility' | 'none'} summary - The line under each division's name: its first responsibility, shortened (the default), or none. While filtering, it shows the best-matching sentence either way.
 * @attr {boolean} hide-citations - Hide the citations from view (a portal that finds them heavy); screen readers still read them, after each sentence.
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
    remember: {},
    openIds: { state: true },
    applied: { state: true },
    panel: { state: true },
    announcement: { state: true },
    shown: { state: true },
  };

  /**
   * Follow and write the page's URL hash: `#division-id` opens that division, and opening a
   * division writes its id with `history.replaceState`; each open division has a copy-link
   * button. Off by default: the URL is never touched.
   */
  declare deepLinks: boolean;

  /** The heading level of the agency's name, 1–6; the divisions' names are two levels below. */
  declare headingLevel: number;

  /** The filter's text; set it to filter from outside. */
  declare filter: string;

  /**
   * Start with every division open. Server-rendered pages want it: with JavaScript off, the
   * responsibilities can be read; the server and the browser agree on what is open. A state
   * remembered for the session wins over it (see `remember`).
   */
  declare expanded: boolean;

  /**
   * `session` (the default) remembers which divisions are open for the browser session, per page
   * path, element `id` and regulation, and restores them in the first render, over `expanded`.
   * `off` neither remembers nor restores.
   */
  declare remember: 'session' | 'off';

  /** Ids of the open divisions. */
  declare protected openIds: ReadonlySet<string>;
  /** The result of the last filter run that completed. */
  declare protected applied: Filter | undefined;
  /** The module that renders panels' structure, once loaded. */
  declare private panel: PanelModule | undefined;
  /** What the visually hidden live region says (a copied link). */
  declare protected announcement: string;
  /** How many divisions are rendered: a long list renders a chunk at a time (`CHUNK`). */
  declare protected shown: number;

  constructor() {
    super();
    this.deepLinks = false;
    this.headingLevel = 2;
    this.filter = '';
    this.expanded = false;
    this.remember = 'session';
    this.openIds = new Set();
    this.announcement = '';
    // Every division at once on the server, and when hydrating what it rendered (a declarative
    // shadow root): the first render must then be the server's, every division with its text.
    this.shown = isServer || this.shadowRoot ? Infinity : CHUNK;
  }

  protected runs = 0;
  declare private seenData: Regulation | undefined;
  /** The regulation whose open state was set up (restored, or `expanded`), by id: a language switch keeps it. */
  declare private restoredId: string | undefined;
  declare private filterModule: Promise<FilterModule> | undefined;
  declare private panelModule: Promise<PanelModule | undefined> | undefined;
  declare private pendingOpen: string | undefined;
  declare private filterTimer: ReturnType<typeof setTimeout> | undefined;
  /** Divisions whose panel has been opened once: their structure renders (and stays). */
  private readonly built = new Set<string>();
  /**
   * What each rendered division was last rendered from, by position: a division whose inputs
   * are all the same is left as it is (Lit's `noChange`). Valid while the list stays rendered.
   */
  private rowDeps: unknown[][] = [];
  /**
   * How far down the list the filter is shown: the filter module applies a filter, or its
   * clearing, a chunk of rows at a time (filter.ts), and rows past it show the filter before until
   * their chunk; undefined when every row shows it. Whatever else changes the filter (`reveal`)
   * sets it back to undefined.
   */
  declare protected filtered: number | undefined;

  override render(): TemplateResult {
    // Any other state than the data replaces the list: its divisions render anew after it.
    if (!this.data) this.rowDeps = [];
    return super.render();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  protected override firstUpdated(): void {
    // The first use of the session's storage waits for the browser to open it (10 to 30 ms at
    // CPU ×4): a read in a turn of its own after the first render (the loading state, or the data
    // given by property, which reads it itself), so that the data's render does not wait for it.
    void turn(() => this.restored(''));
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
    const module = await this.loadPanel();
    return !!module && module.reveal(this.internals, divisionId, true);
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
    this.setOpenIds(new Set([...this.openIds, ...this.visible().map((d) => d.id)]));
  }

  /** Closes every division. */
  collapseAll(): void {
    this.setOpenIds(new Set());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first render of the data, also on the server (no updated() there): what the
    // session remembers, else `expanded`.
    const data = this.data;
    if (data && data.id !== this.restoredId) {
      this.restoredId = data.id;
      const remembered = this.restored(data.id);
      const ids = remembered ?? (this.expanded ? data.divisions.map((d) => d.id) : undefined);
      if (ids) {
        this.openIds = new Set(ids);
        for (const id of ids) this.built.add(id);
        // On the server, open panels stay text: it loads no modules.
        if (!isServer) void this.loadPanel();
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('filter')) {
      // Filter once typing pauses: one update of the list and one announcement of its count per
      // pause, not one per letter of "fuhuaqi". An emptied box shows every division at once.
      // (Here, not in willUpdate: never on the server, which renders no filter.)
      clearTimeout(this.filterTimer);
      this.filterTimer = setTimeout(this.runFilter, this.filter.trim() ? FILTER_PAUSE_MS : 0);
    }
    const data = this.data;
    // The closed panels' text (for find-in-page) and the next chunk of a long list, in a task of
    // its own once what is rendered has been painted, in turn with the page's other components:
    // the browser paints and handles input between chunks.
    if (data && (this.shown < data.divisions.length || this.shown <= CHUNK))
      void turn(() => (this.shown += CHUNK + (data.divisions.length >> 7)));
    // Every division is in the page: the filter's engine builds, in slices, while the browser is
    // idle, so that the first filter does not wait for it.
    else if (data) (self.requestIdleCallback ?? setTimeout)(this.prepareFilter);
    if (data === this.seenData) return;
    this.seenData = data;
    if (!data) return;
    // New data (or the other script after a language switch): ids are stable, so what was open
    // stays open; the filter runs again on the new text.
    if (this.applied || this.filter.trim()) this.runFilter();
    // A division `open()` asked for before the data, or with deep links the page's hash: the
    // panel module opens it.
    if (this.pendingOpen !== undefined || (this.deepLinks && pageHash()))
      void this.loadPanel().then((module) => module?.onData(this.internals));
  }

  protected renderRegulation(regulation: Regulation): TemplateResult {
    const s = this.strings.directory;
    const level = clampHeadingLevel(this.headingLevel);
    const applied = this.applied;
    const visible = this.visible();
    const allOpen = visible.length > 0 && visible.every((d) => this.openIds.has(d.id));
    const listHeading = headingRole(level + 1);
    const divisions = regulation.divisions;
    const rows = divisions.slice(0, this.shown);
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
            @focus=${this.prepareFilter}
            @input=${this.onInput}
            @compositionend=${this.onInput}
          />
          <p id="filter-hint" class="hint">${s.filterHint}</p>
        </div>
        <div class="buttons">
          <button
            part="button"
            type="button"
            aria-expanded=${allOpen}
            @click=${allOpen ? this.collapseAll : this.expandAll}
          >
            ${allOpen ? s.collapseAll : s.expandAll}
          </button>
        </div>
      </div>
      <p part="count" class="count" role="status" aria-live="polite">
        ${applied?.module.countText(this.language, visible.length, divisions.length, applied.query)}
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <p class="divisions-heading" role=${listHeading.role} aria-level=${listHeading.level}>${s.divisions}</p>
      <ul
        part="divisions"
        class="divisions"
        role="list"
        @click=${this.onListEvent}
        @beforematch=${{ handleEvent: this.onListEvent, capture: true }}
      >
        ${rows.map((division, i) => this.renderDivision(regulation, division, level + 2, i))}
      </ul>
    `;
  }

  private renderHeader(regulation: Regulation, level: number): TemplateResult {
    const s = this.strings;
    const { agency } = regulation;
    const lang = dataLang(regulation, this.language);
    const heading = headingRole(level);
    const unofficial =
      this.language === 'en' &&
      [agency, ...regulation.divisions].some((named) => named.nameEn && !named.nameEn.official);
    return html`<div part="header" class="header">
      <p part="agency-name" class="agency-name" role=${heading.role} aria-level=${heading.level}>
        <span lang=${lang}>${agency.name}</span>${renderNameEn(agency.nameEn, this.strings, this.language, false)}
      </p>
      ${unofficial ? html`<p part="unofficial" class="hint">${s.directory.unofficialNote}</p>` : nothing}
      <dl class="facts">
        ${
          agency.alsoKnownAs.length
            ? html`<div class="fact">
              <dt>${s.directory.alsoKnownAs}</dt>
              <dd lang=${lang}>${agency.alsoKnownAs.map((name) => html`<span class="name">${name}</span>`)}</dd>
            </div>`
            : nothing
        }
        ${
          regulation.leaders.length
            ? html`<div class="fact">
              <dt>${s.directory.leaders}</dt>
              <dd>
                <ul part="leaders" class="leaders" role="list">
                  ${regulation.leaders.map((leader) => this.renderLeader(regulation, leader, lang))}
                </ul>
              </dd>
            </div>`
            : nothing
        }
      </dl>
    </div>`;
  }

  private renderLeader(regulation: Regulation, leader: Leader, lang: string | typeof nothing): TemplateResult {
    const s = this.strings.common;
    return html`<li class="leader">
      <span lang=${lang}><span class="title">${leader.title}</span> <span class="name">${leader.name}</span></span>
      <span part="source" class="source">
        <span>${renderSource(leader.source, this.strings, sourceLang(regulation, leader.source, this.language))}</span>
        <span>${leader.asOf ? `${s.asOf} ${leader.asOf}` : s.dateUnknown}</span>
      </span>
    </li>`;
  }

  /**
   * One division: four elements (item, heading, button, panel) until it is opened or matched.
   * The chevron, the Show/Hide label and the default summary are drawn by CSS from attributes.
   * Re-rendered only when what it shows changes (`rowDeps`), so that opening one division or
   * filtering leaves the others alone; a division that a filter hides or shows again, without
   * a match, changes only its item's `hidden`, not its content.
   */
  private renderDivision(regulation: Regulation, division: Division, level: number, index: number): unknown {
    const open = this.openIds.has(division.id);
    const applied = this.applied;
    const match = applied?.matches.get(division.id);
    const panel = this.built.has(division.id) ? this.panel : undefined;
    const language = this.language;
    const hidden = !!applied && !match;
    // Whether closed panels and summary lines hold their text: not in the first render of the
    // data, which lays out the headings at once, but from the next chunk on (which the first
    // paint awaits, and which every list has: see `updated`); at once on the server, and when
    // hydrating what it rendered (`shown` is then every division).
    const texts = this.shown > CHUNK;
    // What the content shows (from position 8 on, what a filter changes); then, at 10, whether the
    // item is hidden.
    const deps = [
      regulation,
      division,
      open,
      panel,
      language,
      level,
      this.deepLinks,
      texts,
      match,
      panel && applied,
      hidden,
    ];
    const last = this.rowDeps[index] ?? [];
    // The first input that changed: none, or only `hidden` (10), leaves the content as it is; past
    // the rows a filter has reached, a change of the filter alone waits for the row's chunk
    // (`filtered`; undefined, as when no filter is being applied, compares false).
    const changed = deps.findIndex((dep, i) => dep !== last[i]);
    if (changed < 0 || (changed > 7 && index >= (this.filtered as number))) return noChange;
    this.rowDeps[index] = deps;
    const s = this.strings.directory;
    const lang = dataLang(regulation, language);
    const heading = headingRole(level);
    const marked = applied?.highlight(division.name, applied.module.occurrences(division.name, applied.query));
    // The name's own element only where it needs one: another language, highlights, an English name.
    const nameEn = renderNameEn(division.nameEn, this.strings, language, false);
    const name =
      lang === nothing && typeof marked !== 'object' && nameEn === nothing
        ? division.name
        : html`<span class="names"
            ><span class="division-name" lang=${lang}>${marked ?? division.name}</span>${nameEn}</span
          >`;
    const best = match?.best;
    // The default summary line: its text too from the next chunk on. The first render keeps its
    // line with an ideographic space (set in the CJK face, as the text is: the same height,
    // whatever the page's line height), so that nothing moves when the text comes.
    const first = firstResponsibility(division);
    const summary = best || !first ? nothing : texts ? first : '\u3000';
    return html`<li
      part="division"
      class=${open ? 'division open' : 'division'}
      id=${division.id}
      lang=${lang}
      ?hidden=${hidden}
      data-summary=${summary}
    >${
      changed > 9
        ? noChange
        : html`<p class="division-heading" role=${heading.role} aria-level=${heading.level}>
        <button
          part="toggle"
          class="toggle"
          id="toggle-${division.id}"
          type="button"
          lang=${lang === nothing ? nothing : language}
          aria-expanded=${open}
          aria-controls="panel-${division.id}"
          data-label=${open ? s.hide : s.show}
        >${name}</button>
      </p>
      ${best && applied ? html`<p part="summary" class="summary">${applied.highlight(best.text, best.ranges)}</p>` : nothing}
      <div
        part="panel"
        class="panel"
        id="panel-${division.id}"
        lang=${panel && lang !== nothing ? language : nothing}
        hidden=${open ? nothing : 'until-found'}
      >${
        panel
          ? panel.renderPanel(
              {
                strings: this.strings,
                language,
                lang,
                level: level + 1,
                deepLinks: this.deepLinks,
                query: applied?.query,
                lit,
              },
              division,
              dutiesOf(regulation, division.id),
              match,
            )
          : changed > 7
            ? // Only the filter changed: a closed panel's text stays as it is.
              noChange
            : open || texts
              ? panelText(regulation, division)
              : ''
      }</div>`
    }</li>`;
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

  /** Loads the module that renders panels' structure, once; a failed download is tried again next time. */
  private loadPanel(): Promise<PanelModule | undefined> {
    return (this.panelModule ??= import('./panel.js').then(
      (module) => {
        module.adoptPanelStyles(this.renderRoot as ShadowRoot);
        return (this.panel = module);
      },
      () => (this.panelModule = undefined),
    ));
  }

  protected setOpenIds(ids: ReadonlySet<string>): void {
    this.openIds = ids;
    for (const id of ids) this.built.add(id);
    void this.loadPanel().then((module) => module?.remember(this.internals));
  }

  /** The duties a division carries out. */
  protected duties(divisionId: string): readonly Duty[] {
    return this.data ? dutiesOf(this.data, divisionId) : [];
  }

  /** Where the open divisions are remembered: per page path, element id and regulation id. */
  protected storageKey(regulationId: string): string {
    return `sanding-directory ${location.pathname} ${this.id} ${regulationId}`;
  }

  /**
   * The open divisions remembered for this directory and regulation in this session, if any
   * (else null or undefined). With `remember="off"`, storage is not read.
   */
  private restored(regulationId: string): string[] | null | undefined {
    if (this.remember !== 'off')
      try {
        // Ours, written by the panel module; anything else in it opens nothing. Nothing stored
        // (null) parses as null.
        return JSON.parse(sessionStorage.getItem(this.storageKey(regulationId)) as string) as string[] | null;
      } catch {
        // No storage (the server, a sandboxed frame), or not ours: nothing is remembered.
      }
  }

  /**
   * With deep links, a new hash opens the division it names, if it is one of ours (the panel
   * module checks; any other hash does nothing). Division ids are `[a-z0-9_]` (the schema's), so
   * the hash needs no decoding: anything else matches none.
   */
  private onHashChange = (): void => {
    const hash = pageHash();
    if (this.deepLinks && hash && this.data)
      void this.loadPanel().then((module) => module?.reveal(this.internals, hash, true));
  };

  /**
   * This element as the lazily loaded modules see it: what opening, filtering and copying a link
   * read and change. (They are this class's code, split off to keep the first render small.)
   */
  protected readonly lit = lit;

  private get internals(): DirectoryInternals {
    return this as unknown as DirectoryInternals;
  }

  /**
   * Loads the filter's module, then runs the filter or has it prepare what a filter needs (the
   * engine, built in slices); a failed download is tried again next time.
   */
  private withFilter(call: 'runFilter' | 'prepare'): void {
    (this.filterModule ??= import('./filter.js')).then(
      (module) => module[call](this.internals, module, !!this.data && bundled.has(this.data)),
      () => (this.filterModule = undefined),
    );
  }

  /** Runs the filter (its module loads on the first run). */
  private runFilter = (): void => this.withFilter('runFilter');

  /** Prepares the filter: on the first focus of its box, and once the list has rendered, when the browser is idle. */
  private prepareFilter = (): void => this.withFilter('prepare');

  /**
   * A click in the list (a division's button toggles it, a copy-link button copies), or
   * find-in-page finding text in a closed panel (`beforematch`: the browser shows it, and the
   * division opens): the panel module handles both.
   */
  private onListEvent = (event: Event): void => {
    // Read now: once the event is dispatched, its target in a shadow tree is cleared.
    const target = event.target as Element;
    void this.loadPanel().then((module) => module?.onListEvent(this.internals, event.type, target));
  };
}
