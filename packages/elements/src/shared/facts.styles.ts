import { css } from 'lit';

/** Label–value lists (地址, 又称, 领导…) and English names, shared by the cards and headers. */
export const factsStyles = css`
  /* A label beside its value; in a narrow element (a phone, a sidebar), the value below it. */
  .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  dt {
    min-width: 5em;
    font-weight: 600;
    color: var(--_muted);
  }
  dd {
    flex: 1 1 18em;
    margin: 0;
    min-width: 0;
  }
  .name-en {
    display: block;
    font-size: 0.9em;
    font-weight: 400;
    color: var(--_muted);
  }
`;
