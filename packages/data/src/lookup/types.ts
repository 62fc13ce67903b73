/** The lookup engine's public types. */
import type { EnglishName } from '../model/types.js';

/** A matched run in a text: UTF-16 offsets, `end` exclusive, in the text as shown. */
export type Highlight = [start: number, end: number];

/** A clause or duty that matched a query. */
export interface LookupMatch {
  readonly id: string;
  readonly citation: string;
  readonly text: string;
  readonly highlights: Highlight[];
}

export interface LookupResult {
  readonly division: {
    readonly id: string;
    readonly name: string;
    readonly nameEn?: EnglishName;
    /** The agency's name. */
    readonly agency: string;
    /** The regulation's id, e.g. `dalian-stb`. */
    readonly regulation: string;
  };
  /** Relevance; comparable only within one search. */
  readonly score: number;
  /** The best-matching clauses of the division's responsibilities, best first (at most 3). */
  readonly clauses: LookupMatch[];
  /** The best-matching duty the cross-reference assigns to this division, if one matched. */
  readonly duty?: LookupMatch;
}

export interface LookupOptions {
  /** More synonyms, [alias, expansion], in either script: added to the built-ins and the data's. */
  readonly synonyms?: readonly (readonly [string, string])[];
}

export interface SearchOptions {
  /** How many divisions at most (default 10, at most 100). */
  readonly limit?: number;
}

export interface Lookup {
  /** Ranks the divisions for a query. Never throws; an empty or meaningless query gives []. */
  search(query: string, options?: SearchOptions): LookupResult[];
}
