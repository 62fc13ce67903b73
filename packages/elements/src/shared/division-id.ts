/**
 * Division ids and their aliases. Divisions now have stable ids derived from their names
 * (`div_waiguo-zhuanjia-guoji-hezuo`); pages written against the older positional ids
 * (`sec_divisions__point_8`) keep working for a deprecation period: such an id is looked up in
 * each division's `positionalId`.
 */
import type { Division, Regulation } from '@sanding/data';

/** The division an id names: by its id, else by its former positional id. */
export function findDivision(regulation: Regulation | undefined, id: string | undefined): Division | undefined {
  // Stable ids (`div_…`) and positional ids (`sec_…`, `art_…`) never collide, so one pass finds either.
  return id ? regulation?.divisions.find((division) => division.id === id || division.positionalId === id) : undefined;
}
