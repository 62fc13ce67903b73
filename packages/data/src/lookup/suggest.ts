/**
 * "Did you mean": homophones for the characters of a query that no term of the data holds
 * (专历 → 专利, 孵化气 → 孵化器). Chinese typing mistakes are mostly homophones: an input method
 * offers every character of a syllable, and the wrong one is a click away. The readings come from
 * a reading table the caller loads (the components load @sanding/datasets' `readings` lazily,
 * only when `wants` says a query has such a character): the engine ships no dictionary
 * (docs/decisions/reading-table.md).
 */
import type { Regulation } from '../model/types.js';
import { FILLER, applyAids } from './aids.js';
import { isHan } from './folding.js';
import type { Lookup } from './types.js';

/** The suggester's limits (a `const enum`: the build inlines its values). */
const enum Limit {
  /** Characters of a query looked at: a longer text is a question, not a typo. */
  Query = 24,
  /** Characters replaced, at most. */
  Rounds = 2,
}

/** How much better a replacement must score than the query as typed (a share of its score). */
const BETTER = 1.5;

export interface Suggester {
  /**
   * Whether a character of the query is in no term of the data, so that a homophone may be what
   * was meant: worth loading a reading table for. Question words and function characters do not
   * count.
   */
  wants(query: string): boolean;
  /**
   * The query with one or two characters replaced by homophones that the data holds, when that
   * finds clearly more (a better first result) and every character of it is then in a term of
   * the data; otherwise undefined. `readings` is a reading
   * table in the search aids' pinyin format (`a啊阿ai埃挨…`), e.g. @sanding/datasets/readings.
   */
  suggest(query: string, readings: string): string | undefined;
}

/** A suggester for the regulations a `lookup` was created for (with their search aids). */
export function createSuggester(regulations: Regulation | readonly Regulation[], lookup: Lookup): Suggester {
  const regs: readonly Regulation[] = Array.isArray(regulations) ? regulations : [regulations as Regulation];
  const [, fold, , dataReadings, synonyms] = applyAids(regs);
  const texts = synonyms.map(([alias]) => alias);
  for (const r of regs) {
    for (const d of r.divisions)
      texts.push(d.name, ...d.alsoKnownAs, ...d.coLocated, ...d.responsibilities.map((c) => c.text));
    for (const d of r.duties) texts.push(d.text);
  }
  /** The pairs of adjacent characters of the data, folded. */
  const pairs = new Set<string>();
  /** Each character of the data as written, by its folded form. */
  const written = new Map<string, string>();
  for (const text of texts) {
    const folded = fold(text);
    for (let i = 0; i < text.length; i++) {
      if (!isHan(text.charCodeAt(i))) continue;
      if (!written.has(folded[i]!)) written.set(folded[i]!, text[i]!);
      if (isHan(text.charCodeAt(i - 1))) pairs.add(folded.slice(i - 1, i + 1));
    }
  }

  /** The query as the engine reads it, folded, its question words and function characters blanked. */
  const typed = (query: string): string => fold(query).replace(FILLER, (m) => ' '.repeat(m.length));
  /** The positions of characters in no pair of the data. */
  const uncovered = (t: string): number[] => {
    const at: number[] = [];
    for (let i = 0; i < t.length; i++)
      if (isHan(t.charCodeAt(i)) && !pairs.has(t.slice(i - 1, i + 1)) && !pairs.has(t.slice(i, i + 2))) at.push(i);
    return at;
  };
  const prepare = (query: string): string => query.normalize('NFKC').trim().slice(0, Limit.Query);

  let table: string | undefined;
  /** The reading of each folded character, and the data's characters by reading. */
  let reading = new Map<string, string>();
  let bySyllable = new Map<string, string[]>();
  const read = (readings: string): void => {
    if (table === readings) return;
    table = readings;
    reading = new Map();
    bySyllable = new Map();
    // The data's own readings first (in context), then the table's.
    for (const [, syllable, characters] of (dataReadings + readings).matchAll(/([a-z]+)([^a-z]+)/g))
      for (const c of fold(characters!)) if (!reading.has(c)) reading.set(c, syllable!);
    for (const c of written.keys()) {
      const syllable = reading.get(c);
      if (syllable) bySyllable.set(syllable, [...(bySyllable.get(syllable) ?? []), c]);
    }
  };
  const scoreOf = (query: string): number => lookup.search(query, { limit: 1 })[0]?.score ?? 0;

  return {
    wants: (query) => uncovered(typed(prepare(query))).length > 0,
    suggest(query, readings) {
      read(readings);
      let text = prepare(query);
      let base = scoreOf(text);
      let suggestion: string | undefined;
      for (let round = 0; round < Limit.Rounds; round++) {
        const t = typed(text);
        let best = base * BETTER;
        let found: string | undefined;
        for (const i of uncovered(t)) {
          for (const c of bySyllable.get(reading.get(t[i]!) ?? '') ?? []) {
            // Only a character that makes a pair of the data with a neighbour can find more.
            if (c === t[i] || (!pairs.has(t.charAt(i - 1) + c) && !pairs.has(c + t.charAt(i + 1)))) continue;
            const candidate = text.slice(0, i) + written.get(c)! + text.slice(i + 1);
            const score = scoreOf(candidate);
            if (score > best) {
              best = score;
              found = candidate;
            }
          }
        }
        if (!found) break;
        suggestion = text = found;
        base = best;
      }
      // A suggestion reads wholly as the data's terms (公积金 is not 公技金).
      return suggestion && !uncovered(typed(suggestion)).length ? suggestion : undefined;
    },
  };
}
