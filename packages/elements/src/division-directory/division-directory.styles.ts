import { css } from 'lit';

export const divisionDirectoryStyles = css`
  /*
   * Its width is the page's: long one-line summaries never widen it (a phone's 1fr column); and
   * a narrow one stacks each fact's value below its label.
   */
  :host {
    container-type: inline-size;
  }
  .header {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .agency-name {
    font-size: 1.3em;
    font-weight: 600;
    margin: 0 0 var(--_space);
    line-height: 1.35;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .leaders {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .leader .name {
    font-weight: 600;
  }
  .leader .source > :last-child {
    white-space: nowrap;
  }
  .source {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    color: var(--_muted);
  }

  .toolbar {
    display: grid;
    gap: var(--_space);
  }
  .filter {
    max-width: 36rem;
  }
  label {
    display: block;
    font-weight: 600;
  }
  input {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    width: 100%;
    min-height: 2.5em;
    padding: 0 var(--_space);
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
  }
  /* The filter's hint, and the note that English names are unofficial. */
  .hint {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
  }
  /* One button (show all / hide all), a flex item: no line box, no gap below it. */
  .buttons {
    display: flex;
  }
  .buttons button {
    font: inherit;
    min-height: 2.5em;
    padding: 0 calc(var(--_space) * 1.5);
    color: var(--_accent);
    background: var(--_bg);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .buttons button:hover {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .count {
    margin: var(--_space) 0;
    font-weight: 600;
  }
  .count:empty {
    margin: 0;
  }
  .divisions-heading {
    font-weight: 600;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }

  .divisions {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  /*
   * Heading, summary, panel. The default summary is drawn from data-summary (no element per
   * division); it comes after the panel in the document, so it shows only while the panel is
   * closed, and reads after the heading.
   */
  .division {
    display: flex;
    flex-direction: column;
    border-bottom: 1px solid var(--_border);
    scroll-margin-top: var(--_space);
  }
  /*
   * Divisions far below the screen are not laid out until they come near it; those of the first
   * chunk (CHUNK, division-directory.ts), the first screen, at once: in one layout, not two.
   */
  .division:nth-child(n + 13) {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }
  .division[hidden] {
    display: none;
  }
  .division-heading {
    margin: 0;
    order: -1;
  }
  .division[data-summary]::after,
  .summary {
    content: attr(data-summary);
    margin: calc(var(--_space) * -0.75) 0 0;
    padding: 0 var(--_space) var(--_space) calc(var(--_space) * 2.5);
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .open::after,
  .open > .summary,
  :host([summary='none']) .division::after {
    display: none;
  }
  .panel {
    order: 1;
    white-space: pre-line;
  }
  /* An open panel whose structure is still loading: its text, readable. */
  .panel:not([hidden]) {
    padding: 0 var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 2.5);
  }
  .toggle {
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    background: none;
    border: 0;
    width: 100%;
    min-height: 2.75em;
    padding: var(--_space);
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: baseline;
    gap: var(--_space);
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  /* The chevron. */
  .toggle::before {
    content: '';
    width: 0.55em;
    height: 0.55em;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(-45deg);
  }
  .toggle[aria-expanded='true']::before {
    transform: translateY(-0.25em) rotate(45deg);
  }
  /* The visible Show/Hide label. */
  .toggle::after {
    content: attr(data-label);
    font-weight: 400;
    color: var(--_accent);
    white-space: nowrap;
  }
  .names {
    min-width: 0;
  }

  @container (max-width: 24rem) {
    .fact {
      display: block;
    }
  }
  /* Forced colours already paint every border in a system colour; hover needs its own. */
  @media (forced-colors: active) {
    .buttons button:hover {
      color: HighlightText;
      background: Highlight;
    }
    .toggle::after {
      color: LinkText;
    }
  }
  @media print {
    .toolbar,
    .count,
    .toggle::before,
    .toggle::after,
    .division::after {
      display: none;
    }
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
  }
`;
