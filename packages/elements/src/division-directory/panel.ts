// What only an opened division needs: the structure of its panel (its facts, its
// responsibilities and duties with their citations, the copy-link button), copying a link, and
// remembering which divisions are open. The directory loads this module on the first open, so a
// page where nobody opens a division never downloads it; until then a panel holds its text alone.
// Lit's html and nothing come from the directory (`context.lit`), not from an import: see internals.ts.
import type { nothing, TemplateResult } from 'lit';
import type { Division, Duty } from '@sanding/data';
import type { Strings, UiLanguage } from '../i18n/index.js';
import { panel as panelStrings } from '../i18n/panel.js';
import { markRuns, occurrences, type Range } from '../shared/runs.js';
import type { DivisionMatch } from './filter.js';
import { findDivision } from '../shared/division-id.js';
import type { DirectoryInternals, Lit } from './internals.js';

/** What a panel's structure depends on besides its division. */
export interface PanelContext {
  readonly strings: Pick<Strings, 'common' | 'directory'>;
  readonly language: UiLanguage;
  /** The `lang` of the data's text on this page. */
  readonly lang: string | typeof nothing;
  /** The level of the panel's subheadings (above 6: plain labels). */
  readonly level: number;
  /** Show a copy-link button (the directory's `deep-links`). */
  readonly deepLinks: boolean;
  /** The filter in effect, for highlighting. */
  readonly query: string | undefined;
  readonly lit: Lit;
}

/** `text` with `ranges` in <mark>. */
function highlight({ lit }: PanelContext, text: string, ranges: readonly Range[] | undefined): unknown {
  return markRuns(text, ranges, (run) => lit.html`<mark>${run}</mark>`);
}

/** A fact that lists names (other names, bodies operated jointly with); nothing when there are none. */
function renderNames(term: string, names: readonly string[], context: PanelContext): TemplateResult | typeof nothing {
  const { lang, query, lit } = context;
  const { html } = lit;
  return names.length
    ? html`<div class="fact">
        <dt>${term}</dt>
        <dd lang=${lang}>${names.map((name) => html`<span class="name">${query ? highlight(context, name, occurrences(name, query)) : name}</span>`)}</dd>
      </div>`
    : lit.nothing;
}

/** A subheading of the panel, or a plain label below h6. */
function subheading({ lit: { html } }: PanelContext, text: string, level: number): TemplateResult {
  return level > 6
    ? html`<p class="subheading">${text}</p>`
    : html`<p class="subheading" role="heading" aria-level=${level}>${text}</p>`;
}

/** The structure of an open division's panel. Every data string is rendered as text. */
export function renderPanel(
  context: PanelContext,
  division: Division,
  duties: readonly Duty[],
  match: DivisionMatch | undefined,
): TemplateResult {
  const { strings: s, lang, level } = context;
  const { html, nothing } = context.lit;
  const p = panelStrings[context.language];
  return html`<div class="panel-body">
    <dl class="facts">
      ${renderNames(s.directory.alsoKnownAs, division.alsoKnownAs, context)}
      ${renderNames(p.coLocated, division.coLocated, context)}
      <div class="fact">
        <dt>${s.common.citation}</dt>
        <dd part="citation" class="citation" lang=${lang}>${division.citation}</dd>
      </div>
    </dl>
    ${
      division.responsibilities.length
        ? html`${subheading(context, p.responsibilities, level)}
          <ol part="responsibilities" class="clauses" lang=${lang}>
            ${division.responsibilities.map(
              (clause) => html`<li id=${clause.id}>
                ${highlight(context, clause.text, match?.clauses.get(clause.id))}
                <span part="citation" class="citation">${clause.citation}</span>
              </li>`,
            )}
          </ol>`
        : nothing
    }
    ${
      duties.length
        ? html`${subheading(context, p.duties, level)}
          <ul part="duties" class="clauses duties" role="list" lang=${lang}>
            ${duties.map(
              (duty) => html`<li>
                <span part="citation" class="citation">${duty.citation}</span>
                ${highlight(context, duty.text, match?.duties.get(duty.id))}
              </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      context.deepLinks
        ? html`<button part="copy-link" class="copy-link" type="button" data-copy=${division.id}>
            ${p.copyLink}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * Copies the link of a division (this page, its id as the hash) and announces it in the
 * directory's live region, or, when the browser refuses (no permission, an insecure page),
 * announces the link itself, to copy by hand.
 */
async function copyLink(host: DirectoryInternals, division: Division): Promise<void> {
  const p = panelStrings[host.language];
  const url = new URL(location.href);
  url.hash = division.id;
  try {
    await navigator.clipboard.writeText(url.href);
    host.announcement = p.linkCopied(division.name);
  } catch {
    host.announcement = `${p.copyFailed}${url.href}`;
  }
}

/**
 * Remembers the open divisions for the session (unless `remember="off"`); a full or refused
 * storage is ignored.
 */
export function remember(host: DirectoryInternals): void {
  try {
    if (host.remember !== 'off' && host.data)
      sessionStorage.setItem(host.storageKey(host.data.id), JSON.stringify([...host.openIds]));
  } catch {
    // Storage off (private mode, a sandboxed frame): the state is not remembered, as before.
  }
}

/**
 * Opens or closes a division. With deep links, opening writes its id into the page's hash, with
 * `history.replaceState` (no new history entry).
 */
function setOpen(host: DirectoryInternals, id: string, open: boolean): void {
  if (host.openIds.has(id) === open) return;
  const ids = new Set(host.openIds);
  if (open) ids.add(id);
  else ids.delete(id);
  host.setOpenIds(ids);
  if (open && host.deepLinks && location.hash !== `#${id}`) history.replaceState(history.state, '', `#${id}`);
}

/**
 * An event in the list of divisions. A click: a division's button toggles it; a copy-link button
 * copies. `beforematch` (find-in-page found text in a closed panel): its division opens.
 */
export function onListEvent(host: DirectoryInternals, type: string, target: Element): void {
  if (type === 'beforematch') {
    const division = findDivision(host.data, target.closest('li')?.id);
    if (division) setOpen(host, division.id, true);
    return;
  }
  const button = target.closest('button');
  const division = findDivision(host.data, button?.closest('li')?.id);
  if (!button || !division) return;
  if (button.classList.contains('toggle')) setOpen(host, division.id, !host.openIds.has(division.id));
  else if (button.dataset.copy) void copyLink(host, division);
}

/** The directories that have followed the hash their page was opened with. */
const followed = new WeakSet<DirectoryInternals>();

/**
 * New data: opens the division `open()` asked for before the data had loaded, or, with deep
 * links, the one the page's hash names (the hash the page was opened with, once: not again on a
 * language switch).
 */
export function onData(host: DirectoryInternals): void {
  const pending = host.pendingOpen;
  host.pendingOpen = undefined;
  if (pending !== undefined) void reveal(host, pending, true);
  else if (host.deepLinks && !followed.has(host)) {
    followed.add(host);
    const hash = location.hash.slice(1);
    if (hash) void reveal(host, hash, false);
  }
}

/**
 * Opens a division (by its id or a former positional id), scrolls it into view and, if asked,
 * focuses its button. Clears a filter that hides it. False, doing nothing, when no division of
 * the data has that id: a stray hash is harmless.
 */
export async function reveal(host: DirectoryInternals, requested: string, focus: boolean): Promise<boolean> {
  const id = findDivision(host.data, requested)?.id;
  if (id === undefined) return false;
  // Clear a filter that hides it, or one still waiting for typing to pause (it might; when its
  // timer fires, it finds the box empty).
  if (!host.applied?.matches.has(id) || host.filter.trim() !== host.applied.query) {
    host.runs++;
    host.filter = '';
    host.applied = undefined;
    // Every row at once, not a chunk a task: the division must show now.
    host.filtered = undefined;
  }
  // Render the list down to it, if it has not got there yet.
  host.shown = Math.max(host.shown, (host.data?.divisions.findIndex((d) => d.id === id) ?? 0) + 1);
  setOpen(host, id, true);
  await host.updateComplete;
  const root = host.renderRoot;
  root.getElementById(id)?.scrollIntoView({ block: 'start' });
  if (focus) root.getElementById(id)?.querySelector<HTMLElement>('.toggle')?.focus({ preventScroll: true });
  return true;
}

/**
 * Adds the panels' styles to the directory's shadow root, beside its own: adopted where the
 * browser can, else in a <style> (as Lit does there).
 */
export function adoptPanelStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(panelStyles);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else root.append(Object.assign(document.createElement('style'), { textContent: panelStyles }));
}

/** The styles of the panels' structure (as text: a `css` literal would need Lit). */
const panelStyles = `
  .panel-body {
    white-space: normal;
  }
  .subheading {
    font-weight: 700;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  .clauses {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .clauses li + li {
    margin-top: calc(var(--_space) / 2);
  }
  .duties {
    list-style: none;
    padding: 0;
  }
  .citation {
    color: var(--_muted);
    white-space: nowrap;
  }
  /* After each sentence: small and light. */
  .clauses .citation {
    font-size: 0.75em;
  }
  .duties .citation {
    margin-inline-end: calc(var(--_space) / 2);
  }
  /* hide-citations: out of view, still read by screen readers after each sentence. */
  :host([hide-citations]) .clauses .citation {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .copy-link {
    font: inherit;
    font-size: 0.9em;
    margin-top: var(--_space);
    min-height: 2.5em;
    padding: 0 var(--_space);
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .copy-link:hover {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  @media (forced-colors: active) {
    .copy-link:hover {
      color: HighlightText;
      background: Highlight;
    }
  }
  @media print {
    .copy-link {
      display: none;
    }
  }
`;
