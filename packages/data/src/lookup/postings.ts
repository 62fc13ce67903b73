/**
 * Postings and BM25 scoring. The postings are sorted by counting, one per term and document
 * with its count (tf): term t's run goes from `at[t]` to `at[t + 1]`, so its document
 * frequency is their difference. A search adds each query term's BM25 share (IDF, length
 * normalisation) to the documents of its run.
 *
 * Sorted a step at a time (a generator: it yields after each document of each pass), so that a
 * sliced build can pause between steps (`buildLookup`).
 */
import type { Documents } from './documents.js';
import { type Key, isCharacter } from './tokens.js';

/** The scoring's parameters (a `const enum`: the build inlines its values). */
const enum Bm25 {
  /** BM25's k1: how quickly repeats of a term stop adding to a document's score. */
  Saturation = 1.2,
  /** BM25's b: how much a long document's score is scaled down. */
  LengthWeight = 0.75,
  /**
   * A common term (科技) only adds to documents that rarer ones found, when it is in over this
   * share of the documents and in over twice as many as the rarest term: a ranking needs it, a
   * list of candidates does not.
   */
  CommonShare = 0.1,
}

/**
 * - `scoreTokens`: scores the documents that hold a query's tokens (tokens the data lacks are
 *   ignored) and returns how many it scored;
 * - `score`: each document's score in the last search (0: not found);
 * - `touched`: the documents the last search scored, in the order found.
 */
export type Scoring = [scoreTokens: (tokens: Iterable<Key>) => number, score: Float64Array, touched: Int32Array];

/** `characters`: how many character ids the documents used; later ids have no postings. */
export function* createScoring(documents: Documents, characters: number): Generator<undefined, Scoring> {
  const [terms, occurrences, ends, lengths] = documents;
  const base = terms.size;
  const at = new Int32Array(base + characters + 1);
  const last = new Int32Array(at.length);
  for (let d = 0, i = 0; d < ends.length; d++) {
    for (; i < ends[d]!; i++) {
      const t = occurrences[i]! < 0 ? base - occurrences[i]! : occurrences[i]!;
      occurrences[i] = t;
      if (last[t] !== d + 1) {
        last[t] = d + 1;
        at[t + 1]!++;
      }
    }
    yield;
  }
  for (let t = 1; t < at.length; t++) at[t]! += at[t - 1]!;
  const postings = new Int32Array(at[at.length - 1]!);
  const counts = new Uint16Array(postings.length);
  const fill = at.slice();
  for (let d = 0, i = 0; d < ends.length; d++) {
    for (; i < ends[d]!; i++) {
      const t = occurrences[i]!;
      const j = fill[t]!;
      if (j > at[t]! && postings[j - 1] === d) counts[j - 1]!++;
      else {
        postings[j] = d;
        counts[j] = 1;
        fill[t]!++;
      }
    }
    yield;
  }

  const n = ends.length;
  const average = lengths.reduce((a, b) => a + b, 0) / (n || 1);
  /** BM25's length normalisation per document. */
  const norm = new Float64Array(
    lengths.map((l) => Bm25.Saturation * (1 - Bm25.LengthWeight + (Bm25.LengthWeight * l) / average)),
  );
  const score = new Float64Array(n);
  const touched = new Int32Array(n);
  let scored = 0;

  /** Adds a term's share to the documents of postings a–b: all of them, or only those already scored. */
  const accumulate = (a: number, b: number, all: boolean): void => {
    const idf = Math.log(1 + (n - b + a + 0.5) / (b - a + 0.5)) * (Bm25.Saturation + 1);
    for (let i = a; i < b; i++) {
      const d = postings[i]!;
      if (!score[d]) {
        if (!all) continue;
        touched[scored++] = d;
      }
      score[d]! += (idf * counts[i]!) / (counts[i]! + norm[d]!);
    }
  };

  const scoreTokens = (tokens: Iterable<Key>): number => {
    for (let k = 0; k < scored; k++) score[touched[k]!] = 0;
    scored = 0;
    /** Each token's postings, from `start` to `end` (exclusive). */
    const runs: [start: number, end: number][] = [];
    for (const key of tokens) {
      const t = isCharacter(key) ? (key < characters ? base + key : undefined) : terms.get(key);
      if (t !== undefined) runs.push([at[t]!, at[t + 1]!]);
    }
    const common = Math.max(n * Bm25.CommonShare, 2 * Math.min(...runs.map(([a, b]) => b - a)));
    for (const [a, b] of runs) if (b - a <= common) accumulate(a, b, true);
    for (const [a, b] of runs) if (b - a > common) accumulate(a, b, false);
    return scored;
  };
  return [scoreTokens, score, touched];
}
