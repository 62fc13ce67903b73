import { html, isServer, nothing, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Division, Regulation } from '@sanding/data';
import { SandingElement } from '../shared/sanding-element.js';
import { turn } from '../shared/after-paint.js';
import { common, orgChart, directory, type StringTables } from '../i18n/index.js';
import { SandingSelectEvent } from '../shared/events.js';
import { openInDirectory } from '../shared/directory.js';
import { dataLang, renderNameEn } from '../shared/templates.js';
import { orgChartStyles } from './org-chart.styles.js';

type GroupKey = 'offices' | 'divisions' | 'other';

/**
 * Division boxes drawn in one task. The first chunk fills the first screen at once; the rest
 * follow a chunk per task (larger in a long list, by a 128th of it), as the directory's, and every
 * division ends up in the chart.
 */
const CHUNK = 20;

/** Offices (…室), operational divisions (…处 / …處), anything else: the chart's groups. */
function groupOf(division: Division): GroupKey {
  const name = division.name.trim();
  if (name.endsWith('室')) return 'offices';
  if (name.endsWith('处') || name.endsWith('處')) return 'divisions';
  return 'other';
}

/**
 * A picture of the agency drawn with CSS: the agency, its leadership, and its divisions grouped
 * into offices and operational divisions. Wide, it draws a tree with connecting lines; in a
 * narrow container (a phone, a 320 px sidebar) it stacks as an indented outline.
 *
 * **Structure for assistive technology.** The picture *is* a nested list (agency → leadership →
 * group → division), so screen readers read the same hierarchy the picture shows, with list
 * positions and nesting levels ("list, 11 items, level 3"). A nested list rather than an ARIA
 * tree: it needs no roving focus or arrow-key script, and every screen reader handles it.
 *
 * **Links into the directory.** Each division box is a link. With `directory` naming the id of
 * a `<sanding-division-directory>` on the page, activating a box calls that directory's
 * `open(divisionId)` (which opens, scrolls to and focuses the division) instead of following
 * the link; without it, the box links to `#division-id`, which a directory with `deep-links`
 * follows. Either way the chart fires `sanding-select`.
 *
 * **Large agencies.** A long list of divisions is drawn a chunk at a time, each chunk in its
 * own task, so that the page stays responsive; every division ends up in the chart, reachable
 * by Tab (no windowing, no "show more").
 *
 * @summary The agency → leadership → divisions, drawn with CSS, as a nested list.
 *
 * @csspart chart - The figure that holds the chart.
 * @csspart caption - The chart's caption.
 * @csspart box - Every box: the agency's, the leadership's and each division's.
 * @csspart agency - The agency's box.
 * @csspart leadership - The leadership's box.
 * @csspart group - A group of divisions (offices, operational divisions).
 * @csspart group-label - The name of a group.
 * @csspart division - A division's box (a link).
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @fires sanding-select - A division's box was activated; `detail.division` is the division.
 * @fires sanding-error - The data could not be loaded or is invalid.
 */
export class SandingOrgChart extends SandingElement<'orgChart' | 'directory'> {
  static override styles = [...SandingElement.styles, orgChartStyles];
  static override strings: StringTables<'common' | 'orgChart' | 'directory'> = { common, orgChart, directory };

  static override properties: PropertyDeclarations = {
    directory: {},
    shown: { state: true },
  };

  /** The id of a `<sanding-division-directory>` on the page: activating a box opens the division there. */
  declare directory: string | undefined;

  /** How many division boxes are drawn: a long list draws a chunk at a time (`CHUNK`). */
  declare protected shown: number;

  constructor() {
    super();
    // Every box at once on the server, and when hydrating what it rendered (a declarative shadow
    // root): the first render must then be the server's.
    this.shown = isServer || this.shadowRoot ? Infinity : CHUNK;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const data = this.data;
    // The next chunk, in a task of its own once the browser has painted this one, in turn with
    // the page's other components: the browser paints and handles input between.
    if (data && this.shown < data.divisions.length)
      void turn(() => (this.shown += CHUNK + (data.divisions.length >> 7)));
  }

  protected renderRegulation(regulation: Regulation): TemplateResult {
    const s = this.strings.orgChart;
    const lang = dataLang(regulation, this.language);
    const { agency } = regulation;
    const posts = regulation.staffing?.leadershipPosts ?? [];
    const hasLeadership = regulation.leaders.length > 0 || posts.length > 0;
    // The first `shown` divisions in the chart's order; a group appears with its first division.
    let left = this.shown;
    const groups = (['offices', 'divisions', 'other'] as const)
      .map((key) => {
        const all = regulation.divisions.filter((d) => groupOf(d) === key);
        const divisions = all.slice(0, Math.max(0, left));
        left -= all.length;
        return { key, divisions };
      })
      .filter((group) => group.divisions.length > 0);

    const groupList = html`<ul class="groups" role="list">
      ${groups.map(
        (group) => html`<li part="group" class=${`group group-${group.key}`}>
          <span part="group-label" class="group-label" id=${`group-${group.key}`}>${s[group.key]}</span>
          <ul class="boxes" role="list" aria-labelledby=${`group-${group.key}`}>
            ${group.divisions.map((division) => html`<li>${this.renderDivision(regulation, division, lang)}</li>`)}
          </ul>
        </li>`,
      )}
    </ul>`;

    return html`<figure part="chart" class="chart">
      <figcaption part="caption" class="caption" id="caption">${s.title}</figcaption>
      <ul class="tree" role="list">
        <li class="node agency">
          <div part="box agency" class="box agency-box">
            <span class="name" lang=${lang}>${agency.name}</span>
            ${this.renderAlsoKnownAs(agency.alsoKnownAs, lang)} ${renderNameEn(agency.nameEn, this.strings, this.language)}
          </div>
          <ul class="level" role="list">
            ${
              hasLeadership
                ? html`<li class="node leadership">
                  <div part="box leadership" class="box leadership-box">
                    <span class="name">${s.leadership}</span>
                    <ul class="leaders" role="list" lang=${lang}>
                      ${regulation.leaders.map((leader) => html`<li>${leader.title} ${leader.name}</li>`)}
                      ${posts.map((post) => html`<li>${s.posts(post.title, post.count)}</li>`)}
                    </ul>
                  </div>
                  ${groupList}
                </li>`
                : html`<li class="node">${groupList}</li>`
            }
          </ul>
        </li>
      </ul>
    </figure>`;
  }

  private renderDivision(regulation: Regulation, division: Division, lang: string | typeof nothing): TemplateResult {
    return html`<a
      part="box division"
      class="box division-box"
      href=${`#${division.id}`}
      @click=${(event: MouseEvent) => this.activate(event, regulation, division)}
    >
      <span class="name" lang=${lang}>${division.name}</span>
      ${this.renderAlsoKnownAs(division.alsoKnownAs, lang)} ${renderNameEn(division.nameEn, this.strings, this.language)}
    </a>`;
  }

  private renderAlsoKnownAs(names: readonly string[], lang: string | typeof nothing): TemplateResult | typeof nothing {
    if (!names.length) return nothing;
    return html`<span class="aka">${this.strings.directory.alsoKnownAs} ${names.map((name) => html`<span lang=${lang}>${name}</span>`)}</span>`;
  }

  private activate(event: MouseEvent, regulation: Regulation, division: Division): void {
    this.dispatchEvent(new SandingSelectEvent({ regulationId: regulation.id, division }));
    // A modified click (new tab, new window) keeps the link's own behaviour.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    // With a directory to open it in, the box does that instead of following its #link; without
    // one, it sets this page's hash itself: a #link resolves against a <base href>, which can
    // point at another page.
    event.preventDefault();
    if (!openInDirectory(this, this.directory, division.id)) location.hash = division.id;
  }
}
