import { html, type TemplateResult } from 'lit';
import type { Source } from '@sanding/data';
import type { Strings } from '../i18n/index.js';
import { safeHref } from './safe-url.js';

/** "来源：title, 2025-11-14", the title linked when its URL is safe. Always rendered as text. */
export function renderSource(source: Source, strings: Strings): TemplateResult {
  const href = safeHref(source.url);
  const title = href ? html`<a href=${href}>${source.title}</a>` : source.title;
  return html`${strings.common.source}: ${title}${source.date ? `, ${source.date}` : ''}`;
}
