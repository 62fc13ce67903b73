import { css } from 'lit';

/** Label–value lists (地址, 又称, 领导…) and English names, shared by the cards and headers. */
export const factsStyles = css`
  .fact {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: 0 var(--_space);
  }
  dt {
    font-weight: 600;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .name-en {
    display: block;
    font-size: 0.85em;
    font-weight: 400;
    color: var(--_muted);
  }
`;
