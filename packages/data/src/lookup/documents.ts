/**
 * The documents: for each division its names (with the English name), then its clauses; then
 * the duties the reviewed cross-reference assigns to divisions. Each document is read once
 * into a stream of term numbers, from which the postings are sorted.
 *
 * Read a step at a time (a generator: it yields after each division and each duty), so that a
 * sliced build can pause between steps (`buildLookup`): an agency of thousands of duties reads
 * them in many slices, not one long task.
 */
import type { Regulation } from '../model/types.js';
import { type Key, type Scan, isCharacter } from './tokens.js';
import type { LookupResult } from './types.js';

/** What a clause or duty document shows. */
export interface Shown {
  readonly id: string;
  readonly citation: string;
  readonly text: string;
}

/**
 * The documents, as a labelled tuple (its labels cost no bytes, property names would):
 * - `terms`: the number of each pair and word, from 0. A single character is numbered after
 *   them, by its id; in `occurrences` it stands as minus its id;
 * - `occurrences`: the terms of all documents, in order; document d's run ends at `ends[d]`;
 * - `lengths`: per document, its length in tokens (at least 1);
 * - `owner`: per document, its division, or -1 - the number of its duty in `dutyDivisions`;
 * - `shown`: per document, what it shows (none for a division's names);
 * - `dutyDivisions`: per duty document, the divisions it is assigned to;
 * - `first` and `stop`: per division, its names document; its clauses follow, up to `stop`.
 */
export type Documents = [
  terms: Map<Key, number>,
  occurrences: Int32Array,
  ends: number[],
  lengths: number[],
  owner: number[],
  shown: (Shown | undefined)[],
  dutyDivisions: number[][],
  divisions: LookupResult['division'][],
  first: number[],
  stop: number[],
];

export function* readDocuments(regulations: readonly Regulation[], scan: Scan): Generator<undefined, Documents> {
  const terms = new Map<Key, number>();
  const ends: number[] = [];
  const owner: number[] = [];
  const lengths: number[] = [];
  const shown: (Shown | undefined)[] = [];
  const dutyDivisions: number[][] = [];
  const divisions: LookupResult['division'][] = [];
  const first: number[] = [];
  const stop: number[] = [];
  let occurrences = new Int32Array(1 << 16);
  let count = 0;

  /** Reads a document: its terms onto `occurrences`, its length, owner and what it shows. */
  const add = (text: string, division: number, what?: Shown): void => {
    let length = 0;
    const put = (key: Key): void => {
      if (count === occurrences.length) {
        const grown = new Int32Array(count * 2);
        grown.set(occurrences);
        occurrences = grown;
      }
      let term = isCharacter(key) ? -key : terms.get(key);
      if (term === undefined) terms.set(key, (term = terms.size));
      occurrences[count++] = term;
      // Words and characters count towards the length; pairs do not.
      if (typeof key === 'string' || isCharacter(key)) length++;
    };
    scan(text, put, true);
    ends.push(count);
    owner.push(division);
    lengths.push(length || 1);
    shown.push(what);
  };

  for (const r of regulations) {
    const ids = new Map<string, number>();
    for (const division of r.divisions) {
      const v = divisions.length;
      ids.set(division.id, v);
      divisions.push({
        id: division.id,
        name: division.name,
        ...(division.nameEn ? { nameEn: division.nameEn } : {}),
        agency: r.agency.name ?? r.title,
        regulation: r.id,
      });
      first.push(owner.length);
      add([division.name, ...division.alsoKnownAs, ...division.coLocated, division.nameEn?.text].join(' '), v);
      for (const clause of division.responsibilities) add(clause.text, v, clause);
      stop.push(owner.length);
      yield;
    }
    for (const duty of r.duties) {
      const v = (duty.divisions ?? []).map((id) => ids.get(id)!).filter((i) => i !== undefined);
      if (v.length) add(duty.text, -dutyDivisions.push(v), duty);
      yield;
    }
  }
  return [terms, occurrences, ends, lengths, owner, shown, dutyDivisions, divisions, first, stop];
}
