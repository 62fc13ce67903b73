import { createLookup, type Lookup, type Regulation } from '@sanding/data';

const engines = new WeakMap<Regulation, Lookup>();

/**
 * The lookup engine for a regulation, built once and shared by every component on the page (a
 * lookup and a directory filter on the same data use one index). Only lazily loaded modules
 * import this, so the engine is never in a component's initial chunk.
 */
export function engineFor(regulation: Regulation): Lookup {
  let engine = engines.get(regulation);
  if (!engine) engines.set(regulation, (engine = createLookup(regulation)));
  return engine;
}
