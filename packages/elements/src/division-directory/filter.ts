// What only filtering needs: the lookup engine, matching and highlighting. The directory loads
// this module lazily, on the first keystroke in the filter box, so a page that never filters
// never downloads the engine (nor a bundled dataset's search aids, which the engine loads).
import type { Regulation } from '@sanding/data';
import { engineFor, relevant } from '../shared/engine.js';
import type { Range } from '../shared/highlight.js';

export { highlight } from '../shared/highlight.js';
export type { Range } from '../shared/highlight.js';

/** What matched a filter in one division. */
export interface DivisionMatch {
  /** Highlight ranges in the division's responsibilities, by clause id. */
  readonly clauses: ReadonlyMap<string, readonly Range[]>;
  /** Highlight ranges in the duties it carries out, by duty id. */
  readonly duties: ReadonlyMap<string, readonly Range[]>;
}

/** The divisions a filter leaves, by division id. */
export type Matches = ReadonlyMap<string, DivisionMatch>;

/** Where the words of `query` occur in `text` verbatim, case folded. */
export function occurrences(text: string, query: string): Range[] {
  const haystack = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of query.toLowerCase().split(/\s+/)) {
    if (!term) continue;
    for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + term.length))
      ranges.push([at, at + term.length]);
  }
  return ranges;
}

/**
 * The divisions of `regulation` that match `query`: what the lookup engine finds (in either
 * script, pinyin, English, synonyms), plus any division whose names or text hold the query
 * verbatim (the engine drops single characters a query pair covers).
 */
export async function findMatches(regulation: Regulation, query: string, fromDataset: boolean): Promise<Matches> {
  const matches = new Map<string, { clauses: Map<string, Range[]>; duties: Map<string, Range[]> }>();
  const entry = (id: string): { clauses: Map<string, Range[]>; duties: Map<string, Range[]> } => {
    let match = matches.get(id);
    if (!match) matches.set(id, (match = { clauses: new Map(), duties: new Map() }));
    return match;
  };
  const add = (into: Map<string, Range[]>, id: string, ranges: readonly Range[]): void => {
    if (ranges.length) into.set(id, [...(into.get(id) ?? []), ...ranges]);
  };

  const results = (await engineFor(regulation, fromDataset)).search(query, { limit: 100 });
  for (const result of relevant(results)) {
    const match = entry(result.division.id);
    for (const clause of result.clauses) add(match.clauses, clause.id, clause.highlights);
    if (result.duty) add(match.duties, result.duty.id, result.duty.highlights);
  }

  for (const division of regulation.divisions) {
    const names = [division.name, ...division.alsoKnownAs, ...division.coLocated, division.nameEn?.text ?? ''];
    const named = names.some((name) => occurrences(name, query).length > 0);
    const clauses = division.responsibilities
      .map((c) => [c.id, occurrences(c.text, query)] as const)
      .filter(([, r]) => r.length);
    const duties = regulation.duties
      .filter((d) => d.divisions?.includes(division.id))
      .map((d) => [d.id, occurrences(d.text, query)] as const)
      .filter(([, r]) => r.length);
    if (!named && !clauses.length && !duties.length) continue;
    const match = entry(division.id);
    for (const [id, ranges] of clauses) add(match.clauses, id, ranges);
    for (const [id, ranges] of duties) add(match.duties, id, ranges);
  }
  return matches;
}
