/**
 * Ranking divisions: a division scores its best clause in full, each further clause a quarter,
 * and half of its names' and its best duty's scores. A clause or duty that holds the query's
 * longest Han run (four characters or more) whole counts double: 全市科技发展规划 typed is that
 * phrase, not its words scattered over short clauses. Its result shows its best clauses and its
 * best duty, highlighted.
 */
import type { Documents } from './documents.js';
import { highlight } from './highlights.js';
import type { Scoring } from './postings.js';
import type { Fold } from './folding.js';
import type { Key, Scan } from './tokens.js';
import type { LookupResult } from './types.js';

/** How a division's documents count (a `const enum`: the build inlines its values). */
const enum Weight {
  /** Each clause after a division's best one. */
  FurtherClause = 0.25,
  /** A division's names, and its best duty. */
  NamesAndDuty = 0.5,
  /** A clause or duty that holds the query's longest run of Han characters as it is typed. */
  Phrase = 2,
}
/** The clauses a result shows, at most. */
const enum Result {
  Clauses = 3,
}

/**
 * Ranks the divisions for a query's tokens: the best `max`, best first. `phrase`: the query's
 * longest run of Han characters, folded; a document that holds it whole scores more.
 */
export type Rank = (tokens: ReadonlySet<Key>, max: number, phrase: string) => LookupResult[];

export function createRanking(
  documents: Documents,
  [scoreTokens, score, touched]: Scoring,
  scan: Scan,
  fold: Fold,
): Rank {
  const [, , , , owner, shown, dutyDivisions, divisions, first, stop] = documents;
  const count = divisions.length;
  const dutyDocument = new Int32Array(count);
  /** Each document's text (a names document: the division's name), folded when a phrase is first looked for in it. */
  const folded: string[] = [];

  return (tokens, max, phrase) => {
    /** Per division: best clause, other clauses, names, best duty (and its document, above). */
    const best = new Float64Array(count);
    const rest = new Float64Array(count);
    const names = new Float64Array(count);
    const duty = new Float64Array(count);
    const scored = scoreTokens(tokens);
    // The phrase decides between the leading documents: only those within its weight of the best
    // are read (a province's query scores thousands). A query without one skips both passes.
    if (phrase[3]) {
      let lead = 0;
      for (let k = 0; k < scored; k++) lead = Math.max(lead, score[touched[k]!]!);
      for (let k = 0; k < scored; k++) {
        const d = touched[k]!;
        if (
          score[d]! * Weight.Phrase > lead &&
          (folded[d] ??= fold(shown[d]?.text ?? divisions[owner[d]!]?.name ?? '')).includes(phrase)
        )
          score[d]! *= Weight.Phrase;
      }
    }
    for (let k = 0; k < scored; k++) {
      const d = touched[k]!;
      const s = score[d]!;
      const o = owner[d]!;
      if (o < 0) {
        for (const v of dutyDivisions[-1 - o]!) {
          if (s > duty[v]!) {
            duty[v] = s;
            dutyDocument[v] = d;
          }
        }
      } else if (d === first[o]) names[o] = s;
      else {
        rest[o]! += Math.min(s, best[o]!);
        best[o] = Math.max(s, best[o]!);
      }
    }
    /**
     * The best `max` divisions as [score, division], best first; ties in the data's order. A
     * division was found when it scores (every document that matches scores above 0). Kept
     * sorted as the divisions are scored, in the data's order: a province's query finds
     * thousands and shows ten, so sorting them all would cost more than the search.
     */
    const top: [number, number][] = [];
    for (let v = 0; v < count; v++) {
      const s = best[v]! + Weight.FurtherClause * rest[v]! + Weight.NamesAndDuty * (names[v]! + duty[v]!);
      let i = top.length;
      while (i && top[i - 1]![0] < s) i--;
      if (s && i < max) top.splice(i, 0, [s, v]);
      top.splice(max);
    }

    const results = top.map(([s, v]): LookupResult => {
      const clauses: number[] = [];
      for (let d = first[v]! + 1; d < stop[v]!; d++) if (score[d]) clauses.push(d);
      clauses.sort((a, b) => score[b]! - score[a]!);
      return {
        division: divisions[v]!,
        score: Math.round(s * 1000) / 1000,
        clauses: clauses.slice(0, Result.Clauses).map((d) => highlight(scan, shown[d]!, tokens)),
        ...(duty[v] ? { duty: highlight(scan, shown[dutyDocument[v]!]!, tokens) } : {}),
      };
    });
    return results;
  };
}
