/**
 * The lookup engine: which division handles a matter, asked in Simplified or Traditional,
 * colloquially, by abbreviation, in pinyin or in English.
 *
 * Hand-written rather than a library: off-the-shelf engines fail on Chinese without spaces, and
 * the engine must fit a widget's budget (docs/decisions/lookup-engine.md; `pnpm bench`,
 * `pnpm size`). It ships no dictionary: what it needs beyond the text (folding table, pinyin,
 * English terms, synonyms) travels in the data's `search` block, derived by the CLI
 * (`sanding index`).
 *
 * How it works, a module each:
 * - folding.ts: text is folded code unit by code unit, so that highlights need no mapping back;
 * - aids.ts: the built-in synonyms and filler words, and each dataset's search aids;
 * - tokens.ts: Han character pairs, single Han characters and Latin words;
 * - documents.ts: a division's names, its clauses, and the duties the reviewed cross-reference
 *   assigns to it;
 * - postings.ts: the postings, scored BM25-style (IDF, length normalisation);
 * - pinyin.ts: pinyin spelt as the Chinese it reads;
 * - ranking.ts and highlights.ts: divisions from the documents' scores, and what matched;
 * - suggest.ts ("did you mean", apart from the engine): homophones for a query's typos, from a
 *   reading table the caller loads;
 * - slices.ts (apart from the engine): the build in slices that yield to the page between them.
 */
import type { Regulation } from '../model/types.js';
import { FILLER, STOP_WORDS, applyAids } from './aids.js';
import { isHan, words } from './folding.js';
import { readDocuments } from './documents.js';
import { createSpeller } from './pinyin.js';
import { createScoring } from './postings.js';
import { createRanking } from './ranking.js';
import { type Key, createTokens, isCharacter } from './tokens.js';
import type { Lookup, LookupOptions } from './types.js';

export * from './types.js';
export { createSuggester, type Suggester } from './suggest.js';
export { createLookupInSlices, type SliceOptions } from './slices.js';

/**
 * The share of the best result's score that a result needs to be worth showing. The engine
 * ranks every division that shares a single character with the query; the components show (or
 * keep, when filtering) those that score at least this share of the first.
 */
export const RELEVANT_SHARE = 0.2;

/** A search's limits (a `const enum`: the build inlines its values). */
const enum Limit {
  /** Results returned by default, and at most. */
  Default = 10,
  Max = 100,
  /** UTF-16 units of a query read: past this, text is not a question. */
  Query = 256,
  /** Latin words of a query read. */
  Words = 32,
  /** Letters spelt as pinyin. */
  Pinyin = 64,
}

/** Builds the engine for regulations at once (`createLookupInSlices` builds it in slices). */
export function createLookup(regulations: Regulation | readonly Regulation[], options?: LookupOptions): Lookup {
  let built;
  for (built of buildLookup(regulations, options));
  return built as Lookup;
}

/**
 * The engine's build, a step at a time: each step reads one division's documents (or a
 * regulation's duties), or sorts one document's postings, and yields nothing; the last step
 * yields the engine (what `createLookup` returns).
 */
export function* buildLookup(
  regulations: Regulation | readonly Regulation[],
  options: LookupOptions = {},
): Generator<Lookup | undefined, void> {
  // One regulation or several: either way, a list.
  const regs = [regulations].flat() as readonly Regulation[];
  const [foldUnit, fold, english, readings, synonyms] = applyAids(regs, options.synonyms);
  const [ids, chars, idOf, scan] = createTokens(foldUnit, fold);
  const documents = yield* readDocuments(regs, scan);
  const scoring = yield* createScoring(documents, chars.length);
  const [terms, , , , , , , divisions] = documents;
  const hasTerm = (key: Key): boolean => terms.has(key);
  /** What initials alone may spell: division names, English key terms and synonyms, folded. */
  const keyTerms = fold(
    `|${[...divisions.map((d) => d.name), ...english.map(([, term]) => term), ...synonyms.flat()].join('|')}|`,
  );
  const spell = createSpeller(readings, ids, chars, idOf, foldUnit, synonyms, keyTerms, hasTerm);
  const rank = createRanking(documents, scoring, scan, fold);

  yield {
    search(query, { limit = Limit.Default } = {}) {
      const n = Math.floor(Number(limit));
      let q = fold(
        (typeof query === 'string' ? query : '').slice(0, Limit.Query).normalize('NFKC').slice(0, Limit.Query),
      ).replace(FILLER, ' ');
      /** The query as typed ends here; what follows is added (terms, pinyin, synonyms). */
      const typed = q.length;

      // Latin: English key terms (longest phrase first), else pinyin, else words of the English names.
      const w = words(q).slice(0, Limit.Words);
      const latin: string[] = [];
      let isEnglish = false;
      for (let i = 0; i < w.length;) {
        const hit = english.find(([e]) => e.every((x, k) => w[i + k] === x));
        isEnglish ||= !!hit || STOP_WORDS.has(w[i]!);
        if (hit) q += ` ${hit[1]}`;
        else if (!STOP_WORDS.has(w[i]!)) latin.push(w[i]!);
        i += hit ? hit[0].length : 1;
      }
      let spelt = isEnglish ? '' : spell(latin.join('').slice(0, Limit.Pinyin));
      // Else word by word, when most words spell (rencai jili butie: 人才 激励, and a word the data lacks).
      if (!spelt && !isEnglish) {
        const parts = latin.map((word) => spell(word.slice(0, Limit.Pinyin))).filter(Boolean);
        if (parts.length * 2 > latin.length) spelt = parts.join(' ');
      }
      if (spelt) latin.length = 0;
      q = fold(q + spelt);
      /** The typed characters a term of the data or an alias covers. */
      const covered = new Uint8Array(typed);
      for (const [a, b] of synonyms) {
        const at = q.indexOf(a);
        if (at >= 0) {
          q += ` ${b}`;
          covered.fill(1, at, at + a.length);
        }
      }
      q = q.replace(FILLER, ' ').replace(/[a-z0-9]/g, ' ');

      const tokens = new Set<Key>();
      const singles: Key[] = [];
      scan(q, (key, i, end) => {
        if (!isCharacter(key)) {
          if (hasTerm(key)) {
            covered.fill(1, i, end);
            tokens.add(key);
          }
        } else if (!isHan(q.charCodeAt(i - 1)) && !isHan(q.charCodeAt(i + 1))) {
          covered[i] = 1;
          singles.push(key);
        }
      });
      // More than half of the characters typed must be the data's, or three of them (a term or an
      // alias of three characters, two terms): in 不存在的事项, 事项 alone is not an answer; a long
      // question may say more than the data (省里那个科技奖今年啥时候开始报啊: 科技奖).
      let han = 0;
      let hit = 0;
      for (let i = 0; i < typed; i++) {
        if (isHan(q.charCodeAt(i))) {
          han++;
          hit += covered[i]!;
        }
      }
      if (han && hit * 2 <= han && hit < 3) return [];
      for (const x of latin) if (hasTerm(x)) tokens.add(x);
      if (!tokens.size) for (const x of singles) tokens.add(x);
      // The longest run of Han characters typed (fillers are spaces by now): 全市科技发展规划.
      const phrase = q
        .slice(0, typed)
        .split(/[^\u3400-\u9fff]/)
        .reduce((a, b) => (b[a.length] ? b : a));
      return rank(tokens, n >= 0 ? Math.min(n, Limit.Max) : Limit.Default, phrase);
    },
  };
}
