import { css } from 'lit';

/**
 * Narrow (the default, and browsers without container queries): an indented outline, each level
 * hung on a vertical line (`li::before`) with a tick to its box (`li::after`, at `--_tick`, the
 * middle of a box's first line). Wide (a container of 44rem or more): a top-down tree, the agency
 * and its leadership centred, a line down (`.level::before`, `.groups::before`) to a bar across
 * the groups (`.groups > li::before`) and a line down to each (`li::after`); each group is as
 * wide as its boxes need, in proportion (two offices, nine divisions), a dashed frame of boxes.
 * Lines and borders use the muted colour: they pass 3:1 against the background (WCAG 1.4.11).
 * A name never breaks inside a word (产/业化处): `keep-all` leaves Chinese no break between
 * characters, so a box is as wide as its name; `break-word` (which, unlike `anywhere`, does not
 * narrow the box) still breaks a name wider than the whole chart.
 * (No comments inside the css literal: they would ship.)
 */
export const orgChartStyles = css`
  :host {
    container-type: inline-size;
    --_line: var(--_muted);
    --_gap: calc(var(--_space) * 3);
    --_tick: calc(var(--_space) + 0.8em + var(--_space));
  }
  .chart {
    margin: 0;
  }
  .caption {
    font-weight: 700;
    font-size: 1.1em;
    margin-bottom: var(--_space);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .box {
    display: block;
    border: 2px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    max-width: 36rem;
    padding: var(--_space) calc(var(--_space) * 1.5);
    line-height: 1.6;
  }
  .box .name {
    display: block;
    font-weight: 700;
    word-break: keep-all;
    overflow-wrap: break-word;
  }
  .aka,
  .name-en {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .agency-box {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .agency-box .name {
    font-size: 1.15em;
  }
  .agency-box .aka,
  .agency-box .name-en {
    color: inherit;
  }
  .leadership-box {
    background: var(--_surface);
  }
  .leaders {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .division-box {
    text-decoration: none;
    min-height: 2.75em;
  }
  .division-box .name {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .division-box:hover {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .group-label {
    display: inline-block;
    font-weight: 700;
    padding: var(--_space) 0;
  }
  .unofficial {
    font-style: italic;
  }

  .level,
  .groups,
  .boxes {
    margin-inline-start: calc(var(--_space) * 1.5);
    padding-inline-start: calc(var(--_space) * 2);
  }
  .level > li,
  .groups > li,
  .boxes > li {
    position: relative;
    padding-top: var(--_space);
  }
  .level > li::before,
  .groups > li::before,
  .boxes > li::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_space) * -2);
    top: 0;
    bottom: 0;
    border-inline-start: 2px solid var(--_line);
  }
  .level > li:last-child::before,
  .groups > li:last-child::before,
  .boxes > li:last-child::before {
    bottom: auto;
    height: var(--_tick);
  }
  .level > li::after,
  .groups > li::after,
  .boxes > li::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_space) * -2);
    top: var(--_tick);
    width: calc(var(--_space) * 1.75);
    border-top: 2px solid var(--_line);
  }
  .groups > li::after {
    top: calc(var(--_tick) - var(--_space));
  }
  .groups > li:last-child::before {
    height: calc(var(--_tick) - var(--_space));
  }
  .boxes {
    margin-inline-start: calc(var(--_space) * 0.5);
  }

  @container (min-width: 44rem) {
    .level,
    .groups,
    .boxes {
      margin: 0;
      padding: 0;
    }
    .level > li::before,
    .level > li::after,
    .boxes > li::before,
    .boxes > li::after {
      content: none;
    }
    .level > li,
    .boxes > li {
      padding: 0;
    }
    .agency,
    .leadership,
    .level > li {
      display: flex;
      flex-direction: column;
      align-items: center;
    }
    .agency-box,
    .leadership-box {
      text-align: center;
      min-width: 16rem;
      max-width: 32rem;
    }
    .agency-box .aka,
    .agency-box .name-en,
    .leaders {
      justify-content: center;
    }
    .level {
      align-self: stretch;
    }
    .level::before,
    .groups::before {
      content: '';
      display: block;
      margin: 0 auto;
      width: 0;
      height: var(--_gap);
      border-inline-start: 2px solid var(--_line);
    }
    .groups {
      position: relative;
      display: flex;
      align-self: stretch;
      padding-top: var(--_gap);
    }
    .groups::before {
      position: absolute;
      top: 0;
      inset-inline-start: 50%;
    }
    .groups > li {
      flex: 1 1 auto;
      min-width: 11rem;
      padding: var(--_gap) calc(var(--_space)) 0;
      text-align: center;
    }
    .groups > li::before,
    .groups > li:last-child::before {
      top: 0;
      bottom: auto;
      height: 0;
      inset-inline: 0;
      border-inline-start: 0;
      border-top: 2px solid var(--_line);
    }
    .groups > li:first-child::before {
      inset-inline-start: 50%;
    }
    .groups > li:last-child::before {
      inset-inline-end: 50%;
    }
    .groups > li:only-child::before {
      content: none;
    }
    .groups > li::after {
      top: 0;
      inset-inline-start: 50%;
      width: 0;
      height: var(--_gap);
      border-top: 0;
      border-inline-start: 2px solid var(--_line);
    }
    .boxes {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      padding: var(--_space);
      border: 2px dashed var(--_line);
      border-radius: var(--_radius);
      text-align: start;
    }
    .boxes > li {
      flex: 1 1 9rem;
    }
    .division-box {
      height: 100%;
    }
  }

  @media (forced-colors: active) {
    .box,
    .boxes {
      border-color: CanvasText;
    }
    .agency-box {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .division-box {
      border-color: LinkText;
    }
    .level::before,
    .groups::before,
    li::before,
    li::after {
      border-color: CanvasText;
    }
  }
  @media print {
    .box {
      break-inside: avoid;
    }
  }
`;
