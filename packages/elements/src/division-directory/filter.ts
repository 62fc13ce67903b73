// What only filtering needs: the lookup engine, matching and highlighting. The directory loads
// this module lazily, on the first focus of or keystroke in the filter box, so a page that never
// filters never downloads the engine (nor a bundled dataset's search aids, which the engine loads).
import type { Duty, Regulation } from '@sanding/data';
import type { UiLanguage } from '../i18n/index.js';
import { filter as filterStrings } from '../i18n/filter.js';
import { engineFor, relevant } from '../shared/engine.js';
import type { DirectoryInternals, Filter } from './internals.js';
import { markRuns, occurrences, type Range } from '../shared/runs.js';

export { occurrences } from '../shared/runs.js';

/** A sentence of a division with the runs of it that matched. */
export interface Excerpt {
  readonly text: string;
  readonly ranges: readonly Range[];
}

/** What matched a filter in one division. */
export interface DivisionMatch {
  /** Highlight ranges in the division's responsibilities, by clause id. */
  readonly clauses: ReadonlyMap<string, readonly Range[]>;
  /** Highlight ranges in the duties it carries out, by duty id. */
  readonly duties: ReadonlyMap<string, readonly Range[]>;
  /** The sentence that matched best, cut to start near its first match; none when only a name matched. */
  readonly best: Excerpt | undefined;
}

/** The divisions a filter leaves, by division id. */
export type Matches = ReadonlyMap<string, DivisionMatch>;

/** Where an excerpt may start at the latest, so that its first match shows on one line. */
const LEAD = 12;

/** `text` from a little before its first match, with "…" where it was cut. */
function excerpt(text: string, ranges: readonly Range[]): Excerpt {
  const first = Math.min(...ranges.map(([start]) => start));
  if (first <= LEAD) return { text, ranges };
  const cut = first - LEAD / 2 - 1;
  return { text: `…${text.slice(cut + 1)}`, ranges: ranges.map(([s, e]) => [s - cut, e - cut] as const) };
}

/** The live count of a filter: how many divisions it leaves, or that it leaves none. */
export function countText(language: UiLanguage, shown: number, total: number, query: string): string {
  const s = filterStrings[language];
  return shown ? s.resultCount(shown, total) : s.noMatch(query);
}

/**
 * The divisions of `regulation` that match `query`: what the lookup engine finds (in either
 * script, pinyin, English, synonyms), plus any division whose names or text hold the query
 * verbatim (the engine drops single characters a query pair covers).
 */
export async function findMatches(
  regulation: Regulation,
  query: string,
  fromDataset: boolean,
  dutiesOf: (divisionId: string) => readonly Duty[],
): Promise<Matches> {
  const found = new Map<string, { clauses: Map<string, Range[]>; duties: Map<string, Range[]> }>();
  const entry = (id: string): { clauses: Map<string, Range[]>; duties: Map<string, Range[]> } => {
    let match = found.get(id);
    if (!match) found.set(id, (match = { clauses: new Map(), duties: new Map() }));
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

  const matches = new Map<string, DivisionMatch>();
  for (const division of regulation.divisions) {
    const names = [division.name, ...division.alsoKnownAs, ...division.coLocated, division.nameEn?.text ?? ''];
    const named = names.some((name) => occurrences(name, query).length > 0);
    const clauses = division.responsibilities.map((c) => [c, occurrences(c.text, query)] as const);
    const duties = dutiesOf(division.id).map((d) => [d, occurrences(d.text, query)] as const);
    if (!named && !found.has(division.id) && !clauses.some(([, r]) => r.length) && !duties.some(([, r]) => r.length))
      continue;
    const match = entry(division.id);
    for (const [clause, ranges] of clauses) add(match.clauses, clause.id, ranges);
    for (const [duty, ranges] of duties) add(match.duties, duty.id, ranges);
    // The best sentence: the one with the most matched text, responsibilities first on a tie.
    let best: Excerpt | undefined;
    let most = 0;
    for (const [sentence, ranges] of [
      ...clauses.map(([c]) => [c.text, match.clauses.get(c.id)] as const),
      ...duties.map(([d]) => [d.text, match.duties.get(d.id)] as const),
    ]) {
      const matched = ranges?.reduce((sum, [start, end]) => sum + end - start, 0) ?? 0;
      if (ranges && matched > most) [best, most] = [{ text: sentence, ranges }, matched];
    }
    matches.set(division.id, { ...match, best: best && excerpt(best.text, best.ranges) });
  }
  return matches;
}

/**
 * Filters the directory on its filter box's text and keeps the result (with `module`, this
 * module, which highlights), unless a later run has
 * started meanwhile or the data has changed. When the engine (or a dataset's search aids) cannot
 * be downloaded, the directory stays as it was, and the next keystroke tries again.
 */
export async function runFilter(
  host: DirectoryInternals,
  module: Filter['module'],
  fromDataset: boolean,
): Promise<void> {
  const run = ++host.runs;
  const regulation = host.data;
  const query = host.filter.trim();
  if (!regulation || !query) {
    host.applied = undefined;
    return;
  }
  let matches: Matches;
  try {
    matches = await findMatches(regulation, query, fromDataset, (id) => host.duties(id));
  } catch {
    return;
  }
  if (run !== host.runs || regulation !== host.data) return;
  // Matching divisions stay as they are, open or closed: each summary line shows its best match.
  const { html } = host.lit;
  host.applied = {
    query,
    matches,
    module,
    highlight: (text, ranges) => markRuns(text, ranges, (run) => html`<mark>${run}</mark>`),
  };
}
