import type { Division } from '@sanding/data';

/** Why a component could not show its data. */
export type SandingErrorReason =
  | 'invalid-src' // src is not http(s) or relative
  | 'network' // fetch failed or was refused
  | 'http' // the server answered with an error status
  | 'json' // the body is not JSON
  | 'invalid-data' // the JSON is not a valid Regulation
  | 'unknown-dataset'; // dataset names no bundled dataset

export interface SandingErrorDetail {
  readonly reason: SandingErrorReason;
  /** A readable English message for the portal's logs (the component shows its own UI text). */
  readonly message: string;
  /** For `invalid-data`: each problem with its JSON path. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

/** Fired when a component cannot show its data. Bubbles and crosses shadow roots. */
export class SandingErrorEvent extends CustomEvent<SandingErrorDetail> {
  static readonly eventName = 'sanding-error';
  constructor(detail: SandingErrorDetail) {
    super(SandingErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface SandingSelectDetail {
  /** The regulation the division belongs to. */
  readonly regulationId: string;
  readonly division: Division;
}

/** Fired when a person chooses a division (a lookup result, an org-chart box). */
export class SandingSelectEvent extends CustomEvent<SandingSelectDetail> {
  static readonly eventName = 'sanding-select';
  constructor(detail: SandingSelectDetail) {
    super(SandingSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface SandingSearchDetail {
  /** The query as typed. No other data about the person is carried. */
  readonly query: string;
  readonly resultCount: number;
}

/** Fired (debounced) after a search, so a portal can learn what people look for and do not find. */
export class SandingSearchEvent extends CustomEvent<SandingSearchDetail> {
  static readonly eventName = 'sanding-search';
  constructor(detail: SandingSearchDetail) {
    super(SandingSearchEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sanding-error': SandingErrorEvent;
    'sanding-select': SandingSelectEvent;
    'sanding-search': SandingSearchEvent;
  }
}
