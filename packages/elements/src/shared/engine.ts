import { createLookup, type Lookup, type Regulation, type SearchAids } from '@sanding/data';
import { bundled } from './datasets.js';

type AidsLoader = () => Promise<{ search: SearchAids | null }>;

/**
 * The search aids (folding, pinyin, English terms, synonyms) of the bundled datasets, by id and
 * script. A component shows a bundled dataset from its data alone (`DATASETS` in datasets.ts);
 * the aids are only the engine's, so they load with it: a directory loads the engine on its
 * first filter, a lookup as soon as it shows its data. (Dalian zh-Hans: data 7.4 kB, aids
 * 5.4 kB gzip; `pnpm size`.)
 */
const SEARCH_AIDS: Readonly<Record<string, Readonly<Record<string, AidsLoader>>>> = {
  'dalian-stb': {
    'zh-Hans': () => import('@sanding/data/datasets/dalian-stb/zh-Hans.search'),
    'zh-Hant': () => import('@sanding/data/datasets/dalian-stb/zh-Hant.search'),
  },
};

const engines = new WeakMap<Regulation, Promise<Lookup>>();

/** The search aids of a bundled dataset a component loaded (datasets.ts); none for any other regulation. */
async function searchAids(regulation: Regulation): Promise<SearchAids | undefined> {
  if (regulation.search || !bundled.has(regulation)) return undefined;
  const load = SEARCH_AIDS[regulation.id]?.[regulation.lang];
  return (await load?.())?.search ?? undefined;
}

/**
 * The lookup engine for a regulation, built once and shared by every component on the page (a
 * lookup and a directory filter on the same data use one index). Only lazily loaded modules
 * import this, so the engine is never in a component's initial chunk.
 *
 * Rejects when the aids fail to download (a network hiccup), as when the engine's own chunk
 * does: the components treat both alike, and the next call tries again.
 */
export function engineFor(regulation: Regulation): Promise<Lookup> {
  let engine = engines.get(regulation);
  if (!engine) {
    const created = searchAids(regulation).then((search) => createLookup(search ? { ...regulation, search } : regulation));
    created.catch(() => {
      if (engines.get(regulation) === created) engines.delete(regulation);
    });
    engines.set(regulation, (engine = created));
  }
  return engine;
}
