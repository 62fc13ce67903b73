import { css } from 'lit';

export const dutyLookupStyles = css`
  .search {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  label {
    font-weight: 700;
    font-size: 1.1em;
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  input {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    min-height: 2.75em;
    width: 100%;
    max-width: 40rem;
  }
  button {
    font: inherit;
    cursor: pointer;
  }

  .examples {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .examples-title {
    margin: 0;
    color: var(--_muted);
  }
  .example-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .example {
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_accent);
    border-radius: 999px;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    min-height: 2.25em;
  }
  .example:hover {
    background: var(--_surface);
    text-decoration: underline;
  }

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
  .error {
    margin-top: var(--_space);
  }

  @media (forced-colors: active) {
    input,
    .result,
    .no-match {
      border-color: CanvasText;
    }
    .result:focus-within {
      border-color: Highlight;
    }
    .choose,
    .example {
      color: LinkText;
    }
    .example,
    .browse {
      border-color: ButtonText;
    }
  }
`;
