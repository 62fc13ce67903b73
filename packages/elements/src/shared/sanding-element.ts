import { LitElement, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Regulation, RegulationV1 } from '@sanding/data';
import {
  common,
  dataScript,
  inheritedLang,
  onLangChange,
  stringsFor,
  uiLanguage,
  type SectionTable,
  type Strings,
  type StringTables,
  type UiLanguage,
} from '../i18n/index.js';
import { loadDataset } from './datasets.js';
import { SandingErrorEvent, type SandingErrorDetail, type SandingErrorReason } from './events.js';
import { isFetchableSrc } from './safe-url.js';
import { VERSION } from './define.js';
import { baseStyles } from './base.styles.js';
import { turn } from './after-paint.js';

/** The shape every component relies on; the full check is validateRegulation's. */
function looksLikeRegulation(value: unknown): value is Regulation {
  const r = value as Partial<Regulation> | null;
  // What a template would otherwise trip over; anything subtler is caught at render. The
  // agency's name is null when the text does not give it (schema 2), so only its absence counts.
  return r?.agency?.name !== undefined && [r.duties, r.leaders, r.divisions].every(Array.isArray);
}

/** Where a component is with its data. */
export type DataState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly regulation: Regulation }
  | { readonly status: 'error'; readonly reason: SandingErrorReason };

/**
 * The behaviour every Sanding component shares: where its data comes from (`regulation`, `src`
 * or `dataset`), its language (its own `lang` or the nearest ancestor's, switched live), the
 * loading, empty and error states, and the `large-text` mode. Subclasses implement
 * `renderRegulation`.
 *
 * Nothing is ever thrown into the host page: every failure becomes an error state and a
 * `sanding-error` event.
 */
export abstract class SandingElement<Sections extends keyof Strings = 'common'> extends LitElement {
  /** The version of @sanding/elements this class comes from; read by duplicate-copy warnings. */
  static readonly version = VERSION;

  static override styles = [baseStyles];

  /** The UI string sections this component shows: `common`, and a subclass's `Sections`. */
  static strings: StringTables<'common'> = { common };

  static override properties: PropertyDeclarations = {
    regulation: { attribute: false },
    src: {},
    datasetId: { attribute: 'dataset' },
    largeText: { type: Boolean, reflect: true, attribute: 'large-text' },
    dataState: { state: true },
    inheritedLanguage: { state: true },
    errorTexts: { state: true },
  };

  /**
   * The regulation to show, as a property. Takes precedence over `src` and `dataset`; its script
   * is shown as it is, whatever the language. `null` means none (yet), like `undefined`.
   */
  declare regulation: Regulation | RegulationV1 | null | undefined;

  /** URL of Regulation JSON (http(s) or relative). Fetched, validated, aborted on removal. */
  declare src: string | undefined;

  /**
   * A bundled dataset, e.g. `dalian-stb`, loaded lazily in the script of the language.
   * (The property is `datasetId` because `dataset` is HTMLElement's map of data-* attributes.)
   */
  declare datasetId: string | undefined;

  /** Larger text and targets (适老化). */
  declare largeText: boolean;

  declare protected dataState: DataState;
  declare private inheritedLanguage: UiLanguage;
  /** The error messages, loaded on the first failure (errors.ts). */
  declare private errorTexts: SectionTable<'errors'> | undefined;

  constructor() {
    super();
    this.largeText = false;
    this.dataState = { status: 'empty' };
    this.inheritedLanguage = 'zh-Hans';
  }

  declare private loading: AbortController | undefined;
  declare private unsubscribeLang: (() => void) | undefined;
  declare private loadedKey: string | undefined;

  /** The UI language in effect. */
  protected get language(): UiLanguage {
    return this.inheritedLanguage;
  }

  /** The UI strings of the language in effect. */
  protected get strings(): Pick<Strings, Sections | 'common'> {
    const { strings } = this.constructor as unknown as { strings: StringTables<Sections | 'common'> };
    return stringsFor(strings, this.language);
  }

  /** The regulation being shown, once there is one. */
  protected get data(): Regulation | undefined {
    return this.dataState.status === 'ready' ? this.dataState.regulation : undefined;
  }

  /**
   * The first render waits its turn (after-paint.ts), as loaded data does (`load`): the
   * components of a page render one a task, each after a paint, not all in the task that
   * defines them.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated
      ? super.scheduleUpdate()
      : turn(() => {
          this.removeAttribute('aria-busy');
          return super.scheduleUpdate();
        });
  }

  /**
   * The properties set from the element's connection to its first update, with their values.
   * Lit applies those set before the element was defined at the start of its first update, which
   * waits its turn: these were set later, and win over them (`reapply`, in willUpdate). A value is
   * read back by the property's name, as every Sanding property is declared (static
   * `properties`); a subclass's `accessor #private` cannot be read so, and is not covered.
   */
  declare private later: Map<PropertyKey, unknown> | undefined;
  declare private reapply: Map<PropertyKey, unknown> | undefined;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    const [name] = args;
    if (name) this.later?.set(name, this[name as keyof this]);
  }

  protected override performUpdate(): void {
    // Before Lit's own restore (in the first update, however it is started): what it sets again
    // is not recorded.
    this.reapply = this.later;
    this.later = undefined;
    super.performUpdate();
  }

  override connectedCallback(): void {
    // Busy until its first render, and reserve.css keeps its room meanwhile, as before
    // definition; not a shadow root the server rendered, which shows its content already.
    if (!this.shadowRoot) this.setAttribute('aria-busy', 'true');
    if (!this.hasUpdated) this.later ??= new Map();
    super.connectedCallback();
    this.syncLanguage();
    this.unsubscribeLang = onLangChange(() => this.syncLanguage(), this);
    // Re-attached after removal: load again what the removal aborted.
    if (this.loadedKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // (A second call would be harmless; the next connection subscribes anew.)
    this.unsubscribeLang?.();
    // A load under way (a first load, or the other script of a dataset) is aborted, and made
    // again if the element comes back.
    if (this.loading) {
      this.loading.abort();
      this.loading = undefined;
      this.loadedKey = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.reapply?.forEach((value, name) => ((this as Record<PropertyKey, unknown>)[name] = value));
    this.reapply = undefined;
    // Before the first render, and under server-side rendering (no connectedCallback).
    if (!this.hasUpdated) this.syncLanguage();
    const key = this.sourceKey();
    // A new regulation object is new data even though the key ('property') stays the same.
    if (key !== this.loadedKey || (key === 'property' && changed.has('regulation'))) {
      // The same dataset in the other script (a language switch) replaces what is shown when it
      // arrives; any other new source shows the loading state.
      const dataset = `dataset:${this.datasetId}:`;
      const otherScript = this.data !== undefined && key.startsWith(dataset) && !!this.loadedKey?.startsWith(dataset);
      this.loadedKey = key;
      void this.load(otherScript);
    }
  }

  override render(): TemplateResult {
    const state = this.dataState;
    const s = this.strings.common;
    switch (state.status) {
      case 'empty':
        return html`<p part="status" class="status">${s.empty}</p>`;
      case 'loading':
        return html`<p part="status" class="status" role="status" aria-live="polite">${s.loading}</p>`;
      case 'error':
        return html`<div part="error" class="error" role="alert">
          <p class="error-title">${s.errorTitle}</p>
          <p>${state.reason === 'network' ? s.errors.network : this.errorTexts?.[this.language][state.reason]}</p>
        </div>`;
      case 'ready':
        try {
          const { regulation } = state;
          const { agency } = regulation;
          // An agency its text does not name is shown under the regulation's title (never empty),
          // not as an empty heading.
          return this.renderRegulation(
            agency.name ? regulation : { ...regulation, agency: { ...agency, name: regulation.title } },
          );
        } catch (error) {
          // Data that passed the checks but still breaks a template: an error state, not an
          // exception in the host page.
          queueMicrotask(() => this.fail({ reason: 'invalid-data', message: `cannot show the regulation: ${error}` }));
          return html``;
        }
    }
  }

  /** Shows the error state and tells the page why. */
  protected fail(detail: SandingErrorDetail): void {
    this.dataState = { status: 'error', reason: detail.reason };
    if (detail.reason !== 'network')
      import('../i18n/errors.js').then(
        (module) => (this.errorTexts = module.errors),
        () => undefined, // The title says enough.
      );
    this.dispatchEvent(new SandingErrorEvent(detail));
  }

  /** Renders the component for a regulation. All data strings must be rendered as text. */
  protected abstract renderRegulation(regulation: Regulation): TemplateResult;

  /** What the data depends on; a change starts a new load. */
  private sourceKey(): string {
    // null, like undefined, is "no regulation yet" (React state before data arrives).
    if (this.regulation != null) return 'property';
    if (this.src) return `src:${this.src}`;
    if (this.datasetId) return `dataset:${this.datasetId}:${dataScript(this.language)}`;
    return 'none';
  }

  private syncLanguage(): void {
    const language = uiLanguage(inheritedLang(this));
    if (language !== this.inheritedLanguage) this.inheritedLanguage = language;
  }

  private async load(keepShown: boolean): Promise<void> {
    this.loading?.abort();
    this.loading = undefined;
    const { regulation, src, datasetId } = this;
    if (regulation != null) {
      // A regulation passed by property is the portal's own and typed: a cheap check of its
      // shape, not the validator (which stays lazy, for src), guards against a wrong object.
      // A regulation of schema 1 (a file a portal hosts) is shown as it is: it differs from schema
      // 2 only in its number, which no component reads (docs/decisions/schema-2.md); `src` is
      // migrated by validateRegulation.
      if (looksLikeRegulation(regulation)) this.dataState = { status: 'ready', regulation };
      else
        this.fail({
          reason: 'invalid-data',
          message: 'regulation is not a Regulation (see validateRegulation)',
        });
      return;
    }
    if (!src && !datasetId) {
      this.dataState = { status: 'empty' };
      return;
    }
    // The other script of a dataset already shown replaces it when it arrives: no loading state
    // in between, so focus and scroll stay where they are.
    if (!keepShown) this.dataState = { status: 'loading' };
    // Removed before its first render, or on a server: nothing loads until it is attached.
    if (!this.isConnected) {
      this.loadedKey = undefined;
      return;
    }
    const abort = (this.loading = new AbortController());
    const result = src
      ? await this.fetchSrc(src, abort.signal)
      : await loadDataset(datasetId ?? '', dataScript(this.language));
    // Components that share a dataset get it at the same moment: each renders it in its turn.
    await turn(() => {
      if (abort.signal.aborted) return;
      this.loading = undefined;
      if ('regulation' in result) this.dataState = { status: 'ready', regulation: result.regulation };
      else this.fail(result);
    });
  }

  private async fetchSrc(src: string, signal: AbortSignal): Promise<{ regulation: Regulation } | SandingErrorDetail> {
    // The request starts now, if `src` may be fetched; what to do with its response (or with a
    // `src` refused) loads meanwhile (read-regulation.ts).
    const request = isFetchableSrc(src) ? fetch(src, { signal, credentials: 'same-origin' }) : undefined;
    request?.catch(() => undefined);
    try {
      const { readRegulation } = await import('./read-regulation.js');
      return await readRegulation(src, request);
    } catch (error) {
      return { reason: 'network', message: `loading ${src} failed: ${(error as Error).message}` };
    }
  }
}
