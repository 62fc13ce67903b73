// What only filtering needs: the lookup engine, matching and highlighting. The directory loads
// this module lazily, once its list has rendered and the browser is idle (or on the first focus
// of or keystroke in the filter box, if sooner), and has it build the engine in slices then, so
// that the first filter does not wait for the build (nor its first render for the download).
import type { Clause, Division, Duty, Regulation } from '@sanding/data';
import type { UiLanguage } from '../i18n/index.js';
import { filter as filterStrings } from '../i18n/filter.js';
import { engineFor, relevant } from '../shared/engine.js';
import type { DirectoryInternals, Filter } from './internals.js';
import { markRuns, type Range } from '../shared/runs.js';

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

/** How long a slice of preparation runs before the page may handle input and render (ms). */
const SLICE_MS = 8;

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
 * What the verbatim match scans in a division: its names and then its sentences (responsibilities,
 * then duties), each case folded, one a line, in one string; and where each sentence starts in it.
 * A query's words hold no line break, so a word found in it lies within one name or sentence.
 */
interface Haystack {
  readonly text: string;
  /** Per sentence, its start in `text`. */
  readonly starts: readonly number[];
  /** The sentences, responsibilities first: a clause or a duty, which the ranges are by. */
  readonly sentences: readonly (Clause | Duty)[];
  /** Where the sentences begin (after the names). */
  readonly namesEnd: number;
}

const haystacks = new WeakMap<Regulation, Map<string, Haystack>>();

/** A division's `Haystack`, made once per regulation. */
function haystack(regulation: Regulation, division: Division, dutiesOf: (id: string) => readonly Duty[]): Haystack {
  let made = haystacks.get(regulation);
  if (!made) haystacks.set(regulation, (made = new Map()));
  let found = made.get(division.id);
  if (!found) {
    const names = [division.name, ...division.alsoKnownAs, ...division.coLocated, division.nameEn?.text ?? ''];
    const sentences = [...division.responsibilities, ...dutiesOf(division.id)];
    // Each part folded alone, as `occurrences` folds it, so that offsets match within each part;
    // joined, not appended, into a flat string that each search reads as it is.
    const parts = [names.map((name) => name.toLowerCase()).join('\n'), ...sentences.map((s) => s.text.toLowerCase())];
    const starts: number[] = [];
    let at = (parts[0] ?? '').length;
    for (const part of parts.slice(1)) {
      starts.push((at += 1));
      at += part.length;
    }
    made.set(division.id, (found = { text: parts.join('\n'), starts, sentences, namesEnd: (parts[0] ?? '').length }));
  }
  return found;
}

const prepared = new WeakSet<Regulation>();

/**
 * Makes, ahead of the first filter, what it needs: the engine (built in slices, engine.ts) and
 * each division's haystack (in slices too). Once per regulation; a failure is left to the filter
 * (the next call tries again).
 */
export async function prepare(host: DirectoryInternals, _module: unknown, fromDataset: boolean): Promise<void> {
  const regulation = host.data;
  if (!regulation || prepared.has(regulation)) return;
  prepared.add(regulation);
  try {
    await engineFor(regulation, fromDataset);
    let end = Date.now() + SLICE_MS;
    for (const division of regulation.divisions) {
      haystack(regulation, division, (id) => host.duties(id));
      if (Date.now() < end) continue;
      await new Promise((resolve) => setTimeout(resolve));
      end = Date.now() + SLICE_MS;
    }
  } catch {
    prepared.delete(regulation);
  }
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
  // What the engine finds, per division.
  const found = new Map<string, { clauses: Map<string, Range[]>; duties: Map<string, Range[]> }>();
  const add = (into: Map<string, Range[]>, id: string, ranges: readonly Range[]): void => {
    if (ranges.length) into.set(id, [...(into.get(id) ?? []), ...ranges]);
  };
  const results = (await engineFor(regulation, fromDataset)).search(query, { limit: 100 });
  for (const result of relevant(results)) {
    let match = found.get(result.division.id);
    if (!match) found.set(result.division.id, (match = { clauses: new Map(), duties: new Map() }));
    for (const clause of result.clauses) add(match.clauses, clause.id, clause.highlights);
    if (result.duty) add(match.duties, result.duty.id, result.duty.highlights);
  }

  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = new Map<string, DivisionMatch>();
  // Indexed loops, not for…of: a filter runs these once over every division, often cold (the
  // first filter), where the interpreter's iterators cost several times as much.
  const { divisions } = regulation;
  for (let d = 0; d < divisions.length; d++) {
    const division = divisions[d] as Division;
    const { text, starts, sentences, namesEnd } = haystack(regulation, division, dutiesOf);
    let match = found.get(division.id);
    const clauseCount = division.responsibilities.length;
    // Where the query's words occur verbatim: one scan of the division's text.
    let named = false;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t] as string;
      for (let at = text.indexOf(term), k = 0; at >= 0; at = text.indexOf(term, at + term.length)) {
        if (at < namesEnd) {
          named = true;
          continue;
        }
        while (k + 1 < starts.length && (starts[k + 1] as number) <= at) k++;
        const start = at - (starts[k] as number);
        match ??= { clauses: new Map(), duties: new Map() };
        add(k < clauseCount ? match.clauses : match.duties, (sentences[k] as Clause | Duty).id, [
          [start, start + term.length],
        ]);
      }
    }
    if (!named && !match) continue;
    match ??= { clauses: new Map(), duties: new Map() };
    // The best sentence: the one with the most matched text, responsibilities first on a tie.
    let best: Excerpt | undefined;
    let most = 0;
    for (let k = 0; k < sentences.length; k++) {
      const sentence = sentences[k] as Clause | Duty;
      const ranges = (k < clauseCount ? match.clauses : match.duties).get(sentence.id);
      if (!ranges) continue;
      let matched = 0;
      for (let r = 0; r < ranges.length; r++) {
        const [start, end] = ranges[r] as Range;
        matched += end - start;
      }
      if (matched > most) [best, most] = [{ text: sentence.text, ranges }, matched];
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
    apply(host, undefined);
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
  apply(host, {
    query,
    matches,
    module,
    highlight: (text, ranges) => markRuns(text, ranges, (run) => html`<mark>${run}</mark>`),
  });
}

/**
 * How many divisions fill a screen (a phone's, a laptop's; the directory's first chunk, CHUNK, is
 * as many): a filter shows at once down to the row that completes one.
 */
const SCREEN = 12;

/**
 * Where a chunk of rows that starts at row `from` ends: after the row that completes a screen of
 * the divisions `applied` leaves (and a screen of rows at least); undefined when the chunk reaches
 * the end of the list (every row then shows the filter, as `filtered` says with undefined).
 */
function reach(divisions: readonly Division[], applied: Filter | undefined, from: number): number | undefined {
  let left = 0;
  for (let i = from; i < divisions.length - 1; i++) {
    if (!applied || applied.matches.has((divisions[i] as Division).id)) left++;
    if (left >= SCREEN && i + 1 - from >= SCREEN) return i + 1;
  }
  return undefined;
}

/**
 * Shows a filter (or its clearing) at once down to a screen of the divisions it leaves, and on the
 * rest of the list a chunk a task, each in a task of its own once the previous chunk has been
 * painted: the first screen does not wait for three hundred rows, and the browser paints and
 * handles input between chunks. A newer filter, or a change that shows every row at once
 * (`reveal`), ends the chunks.
 */
function apply(host: DirectoryInternals, applied: Filter | undefined): void {
  const divisions = host.data?.divisions ?? [];
  // Each application counts: a later one (or a clearing after a clearing) ends this one's chunks.
  const generation = (generations.get(host) ?? 0) + 1;
  generations.set(host, generation);
  host.filtered = reach(divisions, applied, 0);
  host.applied = applied;
  const chunk = (): void => {
    // Ended by a later application, by whatever shows every row at once (reveal), or by the
    // element leaving the page.
    if (generations.get(host) !== generation || host.filtered === undefined || !host.isConnected) return;
    host.filtered = reach(divisions, applied, host.filtered);
    host.requestUpdate();
    next();
  };
  // Once the browser has painted what the last chunk changed. (Not `turn` from after-paint.ts,
  // as the directory's own chunks: imported here too, it would leave the first render's chunk for
  // one of its own, about 100 bytes and a request more there.)
  const next = (): void => void requestAnimationFrame(() => setTimeout(chunk));
  next();
}

/** How many times a filter was applied to each directory (see `apply`). */
const generations = new WeakMap<DirectoryInternals, number>();
