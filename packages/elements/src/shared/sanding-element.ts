import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Regulation } from '@sanding/data';
import { dataScript, inheritedLang, onLangChange, stringsFor, uiLanguage, type Strings, type UiLanguage } from '../i18n/index.js';
import { loadDataset } from './datasets.js';
import { SandingErrorEvent, type SandingErrorDetail, type SandingErrorReason } from './events.js';
import { isFetchableSrc } from './safe-url.js';
import { VERSION } from './define.js';
import { baseStyles } from './base.styles.js';

type DataState =
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
export abstract class SandingElement extends LitElement {
  /** The version of @sanding/elements this class comes from; read by duplicate-copy warnings. */
  static readonly version = VERSION;

  static override styles = [baseStyles];

  /**
   * The regulation to show, as a property. Takes precedence over `src` and `dataset`; its script
   * is shown as it is, whatever the language.
   */
  @property({ attribute: false }) accessor regulation: Regulation | undefined = undefined;

  /** URL of Regulation JSON (http(s) or relative). Fetched, validated, aborted on removal. */
  @property() accessor src: string | undefined = undefined;

  /**
   * A bundled dataset, e.g. `dalian-stb`, loaded lazily in the script of the language.
   * (The property is `datasetId` because `dataset` is HTMLElement's map of data-* attributes.)
   */
  @property({ attribute: 'dataset' }) accessor datasetId: string | undefined = undefined;

  /** Larger text and targets (适老化). */
  @property({ type: Boolean, reflect: true, attribute: 'large-text' }) accessor largeText = false;

  @state() private accessor dataState: DataState = { status: 'empty' };
  @state() private accessor inheritedLanguage: UiLanguage = 'zh-Hans';

  #abort: AbortController | undefined;
  #unsubscribeLang: (() => void) | undefined;
  #loadedKey: string | undefined;

  /** The UI language in effect. */
  protected get language(): UiLanguage {
    return this.inheritedLanguage;
  }

  /** The UI strings of the language in effect. */
  protected get strings(): Strings {
    return stringsFor(this.language);
  }

  /** The regulation being shown, once there is one. */
  protected get data(): Regulation | undefined {
    return this.dataState.status === 'ready' ? this.dataState.regulation : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncLanguage();
    this.#unsubscribeLang = onLangChange(() => this.#syncLanguage());
    // Re-attached after removal: load again what the removal aborted.
    if (this.#loadedKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLang?.();
    this.#unsubscribeLang = undefined;
    if (this.dataState.status === 'loading') {
      this.#abort?.abort();
      this.#loadedKey = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = this.#sourceKey();
    if (key !== this.#loadedKey) {
      this.#loadedKey = key;
      void this.#load();
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
          <p>${s.errors[state.reason]}</p>
        </div>`;
      case 'ready':
        return this.renderRegulation(state.regulation);
    }
  }

  /** Renders the component for a regulation. All data strings must be rendered as text. */
  protected abstract renderRegulation(regulation: Regulation): TemplateResult;

  /** What the data depends on; a change starts a new load. */
  #sourceKey(): string {
    if (this.regulation !== undefined) return 'property';
    if (this.src) return `src:${this.src}`;
    if (this.datasetId) return `dataset:${this.datasetId}:${dataScript(this.language)}`;
    return 'none';
  }

  #syncLanguage(): void {
    const language = uiLanguage(inheritedLang(this));
    if (language !== this.inheritedLanguage) this.inheritedLanguage = language;
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const { regulation, src, datasetId } = this;
    if (regulation !== undefined) {
      // A regulation passed by property is the portal's own, already typed; show it as it is.
      this.dataState = { status: 'ready', regulation };
      return;
    }
    if (!src && !datasetId) {
      this.dataState = { status: 'empty' };
      return;
    }
    this.dataState = { status: 'loading' };
    const result = src ? await this.#fetchSrc(src, abort.signal) : await loadDataset(datasetId ?? '', dataScript(this.language));
    if (abort.signal.aborted) return;
    if ('regulation' in result) {
      this.dataState = { status: 'ready', regulation: result.regulation };
    } else {
      this.dataState = { status: 'error', reason: result.reason };
      this.dispatchEvent(new SandingErrorEvent(result));
    }
  }

  async #fetchSrc(src: string, signal: AbortSignal): Promise<{ regulation: Regulation } | SandingErrorDetail> {
    if (!isFetchableSrc(src)) return { reason: 'invalid-src', message: `src must be an http(s) or relative URL: ${src}` };
    let response: Response;
    try {
      response = await fetch(src, { signal, credentials: 'same-origin' });
    } catch (error) {
      return { reason: 'network', message: `fetch ${src} failed: ${(error as Error).message}` };
    }
    if (!response.ok) return { reason: 'http', message: `fetch ${src}: HTTP ${response.status}` };
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { reason: 'json', message: `${src} is not valid JSON` };
    }
    try {
      // The validator is loaded lazily, only for external JSON.
      const { validateRegulation } = await import('@sanding/data/validate');
      const result = validateRegulation(json);
      if (result.ok) return { regulation: result.regulation };
      return { reason: 'invalid-data', message: `${src} is not a valid Regulation (${result.issues.length} problems)`, issues: result.issues };
    } catch (error) {
      return { reason: 'network', message: `loading the validator failed: ${(error as Error).message}` };
    }
  }
}
