import {
  RELEVANT_SHARE,
  createLookupInSlices,
  type Lookup,
  type LookupResult,
  type Regulation,
  type SearchAids,
} from '@sanding/data';

type AidsLoader = () => Promise<{ search: SearchAids | null }>;

/**
 * The search aids (folding, pinyin, English terms, synonyms) of the bundled datasets, by id and
 * script. A component shows a bundled dataset from its data alone (`DATASETS` in datasets.ts);
 * the aids are only the engine's, so they load with it: a directory loads the engine on its
 * first filter, a lookup as soon as it shows its data (`pnpm size` prints both chunks).
 */
const SEARCH_AIDS: Readonly<Record<string, Readonly<Record<string, AidsLoader>>>> = {
  'dalian-stb': {
    'zh-Hans': () => import('@sanding/datasets/dalian-stb/zh-Hans.search'),
    'zh-Hant': () => import('@sanding/datasets/dalian-stb/zh-Hant.search'),
  },
};

const engines = new WeakMap<Regulation, Promise<Lookup>>();
/** Each regulation as its engine indexed it: with the search aids that loaded for it. */
const indexed = new WeakMap<Lookup, Regulation>();
/** Engines built, or why a regulation cannot be indexed: what a component may read synchronously. */
const built = new WeakMap<Regulation, Lookup | InvalidData>();

/** A regulation the engine cannot index: bad data, not a network failure. */
export class InvalidData extends Error {}

/** The search aids of a bundled dataset a component loaded; none for any other regulation. */
async function searchAids(regulation: Regulation, fromDataset: boolean): Promise<SearchAids | undefined> {
  if (regulation.search || !fromDataset) return undefined;
  const load = SEARCH_AIDS[regulation.id]?.[regulation.lang];
  return (await load?.())?.search ?? undefined;
}

/**
 * The lookup engine for a regulation, built once (in slices) and shared by every component on the page (a
 * lookup and a directory filter on the same data use one index). Only lazily loaded modules
 * import this, so the engine is never in a component's initial chunk.
 *
 * `fromDataset`: the component loaded this regulation for its `dataset` (datasets.ts `bundled`),
 * without its search aids, which load here. (A flag from the component rather than an import of
 * datasets.ts: that import would move it into a chunk shared with the initial one.)
 *
 * Rejects when the aids fail to download (a network hiccup), as when the engine's own chunk
 * does: the components treat both alike, and the next call tries again. Rejects with
 * `InvalidData` when the regulation cannot be indexed.
 */
export function engineFor(regulation: Regulation, fromDataset: boolean): Promise<Lookup> {
  let engine = engines.get(regulation);
  if (!engine) {
    const created = searchAids(regulation, fromDataset).then(async (search) => {
      const aided = search ? { ...regulation, search } : regulation;
      // In slices of a few milliseconds with a task between them: a large regulation's build
      // never holds up the page's input or rendering.
      const lookup = await createLookupInSlices(aided).catch((error: unknown) => {
        // Data that passed the components' shape check but that the engine cannot index.
        throw new InvalidData(`cannot index the regulation: ${String(error)}`);
      });
      indexed.set(lookup, aided);
      return lookup;
    });
    created.then(
      (lookup) => built.set(regulation, lookup),
      (error: unknown) => {
        // Bad data stays bad; a download that failed (a network hiccup) is tried again next time.
        if (error instanceof InvalidData) built.set(regulation, error);
        else if (engines.get(regulation) === created) engines.delete(regulation);
      },
    );
    engines.set(regulation, (engine = created));
  }
  return engine;
}

/**
 * The engine of a regulation once `engineFor` has built it, or the `InvalidData` error it met;
 * undefined while it builds, before, and after a failed download.
 */
export function builtEngine(regulation: Regulation): Lookup | InvalidData | undefined {
  return built.get(regulation);
}

/** The regulation an engine indexed, with its search aids (what a `Suggester` needs). */
export function indexedRegulation(lookup: Lookup): Regulation | undefined {
  return indexed.get(lookup);
}

/**
 * The results worth showing: the engine ranks every division that shares a single character
 * with the query, and the components keep those that score at least `RELEVANT_SHARE` of the best.
 */
export function relevant(results: readonly LookupResult[]): LookupResult[] {
  const best = results[0]?.score ?? 0;
  return results.filter((result) => result.score >= best * RELEVANT_SHARE);
}
