import { findDivision } from '../shared/division-id.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Contact, Regulation, Source, SourcedText } from '@sanding/data';
import { factsStyles } from '../shared/facts.styles.js';
import { SandingElement } from '../shared/sanding-element.js';
import { common, contact, type StringTables } from '../i18n/index.js';
import { httpHref, mailtoHref, telHref } from '../shared/safe-url.js';
import { clampHeadingLevel, dataLang, renderNameEn, renderSource } from '../shared/templates.js';
import { contactCardStyles } from './contact-card.styles.js';

const FIELDS = ['address', 'phone', 'email', 'website', 'hours'] as const;
type Field = (typeof FIELDS)[number];

interface Fact {
  readonly value: string;
  readonly source?: Source;
  /** True when a division's card shows a fact of its agency. */
  readonly fromAgency?: boolean;
}

/**
 * The contact details of an agency or of one of its divisions: name, address, phone (a `tel:`
 * link), email, website and office hours, each with its source. Every field can be set by
 * attribute, property or slot, so a partner site can supply its own; what it sets wins over the
 * data. Fits a 320 px sidebar.
 *
 * @summary Contact details of an agency or a division, each fact with its source.
 *
 * @slot name - Replaces the name.
 * @slot address - Replaces the address.
 * @slot phone - Replaces the phone number.
 * @slot email - Replaces the email address.
 * @slot website - Replaces the website.
 * @slot hours - Replaces the office hours.
 *
 * @csspart card - The card.
 * @csspart name - The agency's or division's name.
 * @csspart facts - The list of facts.
 * @csspart source - The source line under a fact.
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @fires sanding-error - The data could not be loaded or is invalid.
 */
export class SandingContactCard extends SandingElement<'contact'> {
  static override styles = [...SandingElement.styles, factsStyles, contactCardStyles];
  static override strings: StringTables<'common' | 'contact'> = { common, contact };

  static override properties: PropertyDeclarations = {
    division: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    name: {},
    address: {},
    phone: {},
    email: {},
    website: {},
    hours: {},
  };

  /** Show this division's contact (its id, e.g. `sec_divisions__point_8`) instead of the agency's. */
  declare division: string | undefined;
  /** The heading level of the name, 1–6. */
  declare headingLevel: number;
  /** Overrides the name. */
  declare name: string | undefined;
  /** Overrides the address. */
  declare address: string | undefined;
  /** Overrides the phone number; rendered as a `tel:` link. */
  declare phone: string | undefined;
  /** Overrides the email address; rendered as a `mailto:` link. */
  declare email: string | undefined;
  /** Overrides the website; linked only if it is an http(s) URL. */
  declare website: string | undefined;
  /** Overrides the office hours. */
  declare hours: string | undefined;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  // Created on connection, not construction: server-side rendering has no MutationObserver.
  declare private childObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver ??= new MutationObserver(() => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, attributes: true, attributeFilter: ['slot'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  override render(): TemplateResult {
    // A card the portal filled in itself needs no data; if the data it named fails, it says so.
    if (!this.data && (this.name !== undefined || this.hasSlotted('name'))) {
      return html`${this.dataState.status === 'error' ? super.render() : nothing}${this.renderCard(undefined)}`;
    }
    return super.render();
  }

  protected renderRegulation(regulation: Regulation): TemplateResult {
    return this.renderCard(regulation);
  }

  private renderCard(regulation: Regulation | undefined): TemplateResult {
    const s = this.strings;
    const division = findDivision(regulation, this.division);
    const agencyContact = regulation?.contacts?.find((c) => c.divisionId === undefined);
    const ownContact = division ? regulation?.contacts?.find((c) => c.divisionId === division.id) : agencyContact;
    const subject = division ?? regulation?.agency;
    const name = this.name ?? subject?.name ?? '';
    const nameEn = this.name === undefined ? subject?.nameEn : undefined;
    const level = clampHeadingLevel(this.headingLevel);
    // Text from the data is in its script; the portal's own fields are in the page's language.
    const lang = dataLang(regulation, this.language);
    return html`<section part="card" class="card">
      <p part="name" class="name" id="name" role="heading" aria-level=${level}>
        <slot name="name"><span lang=${this.name === undefined ? lang : nothing}>${name}</span></slot>
        ${renderNameEn(nameEn, s, this.language)}
      </p>
      <dl part="facts">${FIELDS.map((field) => this.renderFact(field, this.fact(field, ownContact, division ? agencyContact : undefined), lang))}</dl>
    </section>`;
  }

  private fact(field: Field, own: Contact | undefined, agency: Contact | undefined): Fact | undefined {
    const override = this[field];
    if (override !== undefined) return { value: override };
    const ownFact: SourcedText | undefined = own?.[field];
    if (ownFact) return ownFact;
    const agencyFact = agency?.[field];
    return agencyFact ? { ...agencyFact, fromAgency: true } : undefined;
  }

  private renderFact(
    field: Field,
    fact: Fact | undefined,
    lang: string | typeof nothing,
  ): TemplateResult | typeof nothing {
    const slotted = this.hasSlotted(field);
    if (!fact && !slotted) return nothing;
    const s = this.strings;
    return html`<div class="fact">
      <dt>${s.contact[field]}</dt>
      <dd>
        <slot name=${field}>${fact ? html`<span lang=${fact.source ? lang : nothing}>${this.renderValue(field, fact.value)}</span>` : nothing}</slot>
        ${fact?.fromAgency ? html`<span class="source">${s.contact.agencyFact}</span>` : nothing}
        ${fact?.source && !slotted ? html`<span part="source" class="source">${renderSource(fact.source, s, lang)}</span>` : nothing}
      </dd>
    </div>`;
  }

  /** Whether the portal put content in a slot. (Under server-side rendering, never.) */
  private hasSlotted(name: string): boolean {
    return typeof this.querySelector === 'function' && this.querySelector(`:scope > [slot="${name}"]`) !== null;
  }

  private renderValue(field: Field, value: string): TemplateResult | string {
    const href =
      field === 'phone'
        ? telHref(value)
        : field === 'email'
          ? mailtoHref(value)
          : field === 'website'
            ? httpHref(value)
            : undefined;
    return href ? html`<a href=${href}>${value}</a>` : value;
  }
}
