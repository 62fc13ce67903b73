import { css } from 'lit';

/**
 * The styles of the results, the suggestion and the no-match state: they load with the results
 * view (results.ts), which adopts them into the lookup's shadow root, so that they are not in
 * the component's initial chunk.
 */
export const resultsStyles = css`
  .count {
    margin: var(--_space) 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .result {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .result:focus-within {
    border-color: var(--_focus);
  }
  .choose {
    display: block;
    width: 100%;
    text-align: start;
    color: var(--_accent);
    background: none;
    border: 0;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) 0;
    min-height: 2.75em;
    font-size: 1.1em;
    font-weight: 700;
  }
  .choose .name {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .choose:hover .name {
    text-decoration-thickness: 2px;
  }
  .name-en {
    display: block;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }
  .unofficial {
    font-style: italic;
  }
  .detail p {
    margin: calc(var(--_space) / 2) 0;
  }
  .citation {
    display: inline-block;
    margin-inline-start: var(--_space);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .duty-label {
    display: inline-block;
    margin-inline-end: var(--_space);
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }

  .suggestion {
    margin: var(--_space) 0 0;
  }
  .accept {
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    font-weight: 700;
    text-decoration: underline;
  }
  .contact {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    margin: calc(var(--_space) / 2) 0;
    font-size: 0.9em;
  }
  .contact div {
    display: contents;
  }
  .contact dt {
    color: var(--_muted);
  }
  .contact dd {
    margin: 0;
  }
  .directory-link {
    color: var(--_accent);
  }

  .no-match {
    margin-top: var(--_space);
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  .no-match p {
    margin: 0 0 var(--_space);
  }
  .no-match-title {
    font-weight: 700;
  }
  .browse {
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    min-height: 2.75em;
  }
  @media (forced-colors: active) {
    .result,
    .no-match {
      border-color: CanvasText;
    }
    .result:focus-within {
      border-color: Highlight;
    }
    .choose,
    .accept {
      color: LinkText;
    }
    .browse {
      border-color: ButtonText;
    }
  }
`;
