/**
 * The shape of a UI string table. One table per language (zh-Hans.ts, zh-Hant.ts, en.ts); the
 * type makes a missing string a compile error. Templates never hold string literals.
 */
export interface Strings {
  readonly common: {
    readonly loading: string;
    readonly empty: string;
    readonly errorTitle: string;
    /** Shown under errorTitle, by reason. */
    readonly errors: {
      readonly 'invalid-src': string;
      readonly network: string;
      readonly http: string;
      readonly json: string;
      readonly 'invalid-data': string;
      readonly 'unknown-dataset': string;
    };
    readonly unofficial: string;
    readonly source: string;
    readonly asOf: string;
    readonly dateUnknown: string;
    readonly citation: string;
  };
  readonly directory: {
    readonly [key: string]: string;
  };
  readonly lookup: {
    readonly [key: string]: string;
  };
  readonly contact: {
    readonly name: string;
    readonly address: string;
    readonly phone: string;
    readonly email: string;
    readonly website: string;
    readonly hours: string;
    /** After a fact of the agency shown on a division's card. */
    readonly agencyFact: string;
    /** The card's accessible name prefix. */
    readonly label: string;
  };
  readonly orgChart: {
    readonly [key: string]: string;
  };
}
