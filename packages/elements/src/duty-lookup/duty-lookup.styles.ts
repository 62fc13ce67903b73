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

  .error {
    margin-top: var(--_space);
  }

  @media (forced-colors: active) {
    input {
      border-color: CanvasText;
    }
    .example {
      color: LinkText;
      border-color: ButtonText;
    }
  }
`;
