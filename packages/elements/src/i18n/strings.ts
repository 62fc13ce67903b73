/**
 * The shape of a UI string table. One table per language (zh-Hans.ts, zh-Hant.ts, en.ts); the
 * type makes a missing string a compile error. Templates never hold string literals.
 */
export interface Strings {
  readonly common: {
    readonly loading: string;
    readonly empty: string;
    readonly errorTitle: string;
    /**
     * Shown under errorTitle when the data server cannot be reached (the other reasons' messages
     * load when they are needed: `errors`).
     */
    readonly errors: {
      readonly network: string;
    };
    readonly unofficial: string;
    /**
     * Before a source's title, with its punctuation: full-width in Chinese (来源：), as every
     * string here that a Chinese template joins (a template adds no punctuation of its own).
     */
    readonly source: string;
    /** Between items of a line, e.g. a source's title and its date: ， in Chinese. */
    readonly comma: string;
    readonly asOf: string;
    readonly dateUnknown: string;
    readonly citation: string;
  };
  readonly directory: {
    /** Heading over the list of divisions. */
    readonly divisions: string;
    /** Label before the also-known-as names (of the agency or of a division). */
    readonly alsoKnownAs: string;
    /** Heading over the agency's leaders. */
    readonly leaders: string;
    /** The one show-all button while some division is closed (GOV.UK's "Show all sections"). */
    readonly expandAll: string;
    /** The same button once every division is open. */
    readonly collapseAll: string;
    /** The visible label of a closed division's button. */
    readonly show: string;
    /** The visible label of an open division's button. */
    readonly hide: string;
    /** Said once in the header of an `en` page, for every English name that is ours. */
    readonly unofficialNote: string;
    /** Label of the filter box. */
    readonly filterLabel: string;
    /** Hint under the filter box. */
    readonly filterHint: string;
  };
  /** Shown under errorTitle, by reason (loaded when a component fails; see errors.ts). */
  readonly errors: {
    readonly 'invalid-src': string;
    readonly http: string;
    readonly json: string;
    readonly 'invalid-data': string;
    readonly 'unknown-dataset': string;
  };
  /** The directory's filter (loaded with the engine, on the first filter). */
  readonly filter: {
    /** Announced and shown while a filter is active: how many divisions are left. */
    readonly resultCount: (shown: number, total: number) => string;
    /** Shown when the filter leaves no division. */
    readonly noMatch: (query: string) => string;
  };
  /** The directory's open panels (loaded with their structure, on the first open). */
  readonly panel: {
    /** Label before the names of the bodies a division operates jointly with (合署办公). */
    readonly coLocated: string;
    /** Heading over a division's responsibilities. */
    readonly responsibilities: string;
    /** Heading over the duties of the agency that a division carries out (the cross-reference). */
    readonly duties: string;
    /** The button that copies a division's link (with `deep-links`). */
    readonly copyLink: string;
    /** Announced once the link of the division named is copied. */
    readonly linkCopied: (division: string) => string;
    /** Announced when the browser refuses to copy; the link follows. */
    readonly copyFailed: string;
  };
  readonly lookup: {
    /** The search field's label. */
    readonly label: string;
    /**
     * Under the field: what it searches and what it understands. The agency's name comes in as
     * it is to be rendered (marked with the data's language) and is placed among the words.
     */
    readonly hint: <T>(agency: T, divisions: number) => readonly (string | T)[];
    /** How the keyboard works; read with the field (aria-describedby). */
    readonly keys: string;
    /** Above the example queries shown while the field is empty. */
    readonly examplesTitle: string;
    /** Example queries in the UI language's script, each known to find a division. */
    readonly examples: readonly string[];
    /** The accessible name of the result list. */
    readonly results: string;
    /** The result count, shown and announced politely; one result is named. */
    readonly resultCount: (count: number, division?: string) => string;
    /** Before a suggested query, which the person can accept (您是不是要找：专利). */
    readonly didYouMean: string;
    /** The link that opens a result's division in the directory. */
    readonly openInDirectory: string;
    /** The labels of a result's division contact. */
    readonly contact: { readonly phone: string; readonly address: string; readonly hours: string };
    /** The no-match message, with the query as typed. */
    readonly noMatch: (query: string) => string;
    /** After the no-match message: suggests browsing the directory. */
    readonly noMatchHint: string;
    /** The button that leads to the directory. */
    readonly browseDirectory: string;
    /** Before a matched duty: 主要职责. */
    readonly duty: string;
    /** While the lookup engine loads. */
    readonly preparing: string;
  };
  readonly contact: {
    readonly address: string;
    readonly phone: string;
    readonly email: string;
    readonly website: string;
    readonly hours: string;
    /** After a fact of the agency shown on a division's card. */
    readonly agencyFact: string;
  };
  readonly orgChart: {
    /** The chart's caption and accessible name. */
    readonly title: string;
    /** The leadership box's heading. */
    readonly leadership: string;
    /** A leadership post with its number of posts, from staffing (副局长 3 名). */
    readonly posts: (title: string, count: number) => string;
    /** Group of the divisions whose names end in 室 (offices). */
    readonly offices: string;
    /** Group of the divisions whose names end in 处 / 處 (operational divisions). */
    readonly divisions: string;
    /** Group of any other internal units. */
    readonly other: string;
  };
}
