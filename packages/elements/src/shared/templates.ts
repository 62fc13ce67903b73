import { html, nothing, type TemplateResult } from 'lit';
import type { EnglishName, Regulation, Source } from '@sanding/data';
import type { Strings, UiLanguage } from '../i18n/index.js';
import { httpHref } from './safe-url.js';

/**
 * "来源：title，2025-11-14", the title linked when its URL is safe, the date kept on one line.
 * Always rendered as text.
 */
export function renderSource(source: Source, strings: Pick<Strings, 'common'>): TemplateResult {
  const { source: label, comma } = strings.common;
  const href = httpHref(source.url);
  const title = href ? html`<a href=${href}>${source.title}</a>` : source.title;
  return html`${label}${title}${source.date ? html`${comma}<time>${source.date}</time>` : ''}`;
}

/**
 * An English name beside a Chinese one, on `en` pages only, marked when it is unofficial (ours,
 * not the agency's).
 */
export function renderNameEn(
  name: EnglishName | undefined,
  strings: Pick<Strings, 'common'>,
  language: UiLanguage,
): TemplateResult | typeof nothing {
  if (!name || language !== 'en') return nothing;
  return html` <span class="name-en" lang="en"
    >${name.text}${name.official ? nothing : html` <span class="unofficial">(${strings.common.unofficial})</span>`}</span
  >`;
}

/**
 * The `lang` for text from the data: its script where that differs from the UI language (an `en`
 * page shows zh-Hans data; a portal's zh-Hant regulation on a zh-Hans page), else none.
 */
export function dataLang(regulation: Regulation | undefined, language: UiLanguage): string | typeof nothing {
  return regulation && regulation.lang !== language ? regulation.lang : nothing;
}

/** A heading level from an attribute: a whole number from 1 to 6, else 2. */
export function clampHeadingLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level) || 2));
}
