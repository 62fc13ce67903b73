import { css } from 'lit';

export const contactCardStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: calc(var(--_space) * 2);
    max-width: 100%;
  }
  .name {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  dl {
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  .source {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  a {
    display: inline-block;
    min-height: 24px;
  }
  @container (max-width: 20rem) {
    .fact {
      grid-template-columns: 1fr;
    }
  }
  :host {
    container-type: inline-size;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
