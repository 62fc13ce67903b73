import { html, nothing, type TemplateResult } from 'lit';
import type { EnglishName, Regulation, Source } from '@sanding/data';
import type { Strings, UiLanguage } from '../i18n/index.js';
import { httpHref } from './safe-url.js';

/**
 * "来源：title，2025-11-14", the title linked when its URL is safe, the date kept on one line.
 * Always rendered as text; the title carries `lang` (see `sourceLang`), the label the page's.
 */
export function renderSource(
  source: Source,
  strings: Pick<Strings, 'common'>,
  lang: string | typeof nothing = nothing,
): TemplateResult {
  const { source: label, comma } = strings.common;
  const href = httpHref(source.url);
  const title = href
    ? html`<a href=${href} lang=${lang}>${source.title}</a>`
    : html`<span lang=${lang}>${source.title}</span>`;
  return html`${label}${title}${source.date ? html`${comma}<time>${source.date}</time>` : ''}`;
}

/**
 * The `lang` of a source's title. The regulation's own source (the leaders cite it) keeps the
 * script it was published in, which a machine-converted dataset names in `provenance.conversion`
 * (a Traditional title on the Simplified data); any other source is in the data's script.
 */
export function sourceLang(regulation: Regulation, source: Source, language: UiLanguage): string | typeof nothing {
  const { provenance } = regulation;
  const script =
    (provenance?.source.title === source.title ? provenance.conversion?.from : undefined) ?? regulation.lang;
  return script === language ? nothing : script;
}

/**
 * An English name beside a Chinese one, on `en` pages only, marked when it is unofficial (ours,
 * not the agency's), unless `mark` is false (a component that says it once for all its names).
 */
export function renderNameEn(
  name: EnglishName | undefined,
  strings: Pick<Strings, 'common'>,
  language: UiLanguage,
  mark = true,
): TemplateResult | typeof nothing {
  if (!name || language !== 'en') return nothing;
  return html` <span class="name-en" lang="en"
    >${name.text}${name.official || !mark ? nothing : html` <span class="unofficial">(${strings.common.unofficial})</span>`}</span
  >`;
}

/** The `role` and `aria-level` of a heading at `level`; below h6, none: a plain label. */
export function headingRole(level: number): { role: string | typeof nothing; level: number | typeof nothing } {
  return level > 6 ? { role: nothing, level: nothing } : { role: 'heading', level };
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
