/**
 * Pinyin, in full (`fuhuaqi`), by initials (`fhq`) or mixed, spelt as the Chinese it can read:
 * chains of characters whose every pair occurs in the data, and aliases (synonyms) spelt in
 * full or by initials. The readings come from the data's search aids.
 */
import type { Synonym } from './aids.js';
import type { FoldUnit } from './folding.js';
import { isHan } from './folding.js';
import { CHARACTER_LIMIT, type Key } from './tokens.js';

/** The speller's limits (a `const enum`: the build inlines its values, as it does not a `const`'s). */
const enum Limit {
  /** The longest syllable (`zhuang`), in letters. */
  Syllable = 6,
  /** A word longer than this that is not all syllables is not pinyin. */
  ShortWord = 8,
  /** Characters in a chain, chains kept at each step, and spellings at one point, at most. */
  Chain = 16,
  Chains = 256,
  Spellings = 4,
}

/** [last id, text, end, spelt with at least one full syllable]. */
type Chain = [id: number, text: string, end: number, full: boolean];

/**
 * The speller of an engine. `keyTerms`: division names, English key terms and synonyms,
 * folded, which initials alone may spell; `hasTerm` tells whether a pair occurs in the data.
 */
export function createSpeller(
  readings: string,
  ids: Uint16Array,
  chars: readonly string[],
  idOf: (unit: number) => number,
  foldUnit: FoldUnit,
  synonyms: readonly Synonym[],
  keyTerms: string,
  hasTerm: (key: Key) => boolean,
): (letters: string) => string {
  // Synonym aliases get ids too, so that pinyin can spell them (gxqy → 高新企业).
  for (const [a] of synonyms) for (let i = 0; i < a.length; i++) if (isHan(a.charCodeAt(i))) idOf(a.charCodeAt(i));
  /** The ids read by each syllable and by each initial. */
  const bySyllable = new Map<string, number[]>();
  const syllables = new Set<string>();
  /** The first reading of each id. */
  const reading: string[] = [];
  for (const [, syllable, cs] of readings.matchAll(/([a-z]+)([^a-z]+)/g)) {
    syllables.add(syllable!);
    for (let i = 0; i < cs!.length; i++) {
      const id = ids[foldUnit(cs!.charCodeAt(i))]!;
      if (!id) continue;
      reading[id] ??= syllable!;
      for (const y of [syllable!, syllable![0]!]) {
        if (!bySyllable.has(y)) bySyllable.set(y, []);
        bySyllable.get(y)!.push(id);
      }
    }
  }
  /** Each alias with its pinyin and initials. */
  const aliases = synonyms.map(([a]) => {
    const ys = [...a].map((c) => reading[ids[c.charCodeAt(0)]!] ?? '?');
    return [a, ys.join(''), ys.map((y) => y[0]).join('')] as const;
  });

  /**
   * Spells pinyin (no spaces) as the characters it can read: at each point, the longest chain of
   * two or more characters whose every pair occurs in the data, or an alias spelt in full or by
   * initials; all of them when several tie. Gives '' for what is not pinyin.
   */
  return (p) => {
    /** Whether the letters from j on are all syllables (a word that is all of them is read syllable by syllable). */
    const rest: boolean[] = [];
    rest[p.length] = true;
    for (let j = p.length; j--;)
      for (let k = 1; k <= Limit.Syllable && j + k <= p.length; k++)
        rest[j] ||= rest[j + k]! && syllables.has(p.slice(j, j + k));
    if (p.length > Limit.ShortWord && !rest[0]) return '';
    let out = '';
    for (let i = 0; i < p.length;) {
      let far = i + 1;
      let found: string[] = [];
      const take = (t: string, j: number): void => {
        // In a word that is all syllables, a spelling ends only where syllables follow.
        if (rest[0] && !rest[j]) return;
        if (j > far) {
          far = j;
          found = [];
        }
        if (j === far && found.length < Limit.Spellings && !found.includes(t)) found.push(t);
      };
      for (const [a, y, initials] of aliases)
        for (const x of [y, initials]) if (p.startsWith(x, i)) take(a, i + x.length);
      /** One chain per (last id, end, full). */
      let chains: Chain[] = [[0, '', i, false]];
      for (let step = 0; chains.length && step < Limit.Chain; step++) {
        const next = new Map<string, Chain>();
        for (const [c, t, j, full] of chains) {
          // A full syllable of 1–6 letters; a single letter also reads as an initial.
          for (let k = 1; k <= Limit.Syllable && j + k <= p.length; k++) {
            // In a word that is all syllables, only whole syllables that leave syllables after them
            // (jinbu: jin + bu, never ji + the initial n + bu; kejiju: 科技 + ju, never 科技 + j + u).
            const y = p.slice(j, j + k);
            if (rest[0] && !(rest[j + k] && syllables.has(y))) continue;
            for (const id of bySyllable.get(y) ?? []) {
              const f = full || k > 1;
              if (!c || hasTerm(c * CHARACTER_LIMIT + id))
                next.set(`${id} ${j + k} ${f}`, [id, t + chars[id], j + k, f]);
            }
          }
        }
        chains = [...next.values()].slice(0, Limit.Chains);
        // Initials alone spell only a key term (names, English terms, synonyms), or a run of three
        // or more characters of one, with all the letters of the query: any letters are the initials of some runs of the
        // text ("zzzz" → 自主 + 政执), which is not a match.
        if (step)
          for (const [, t, j, full] of chains)
            if (full || (!i && j === p.length && keyTerms.includes(t[2] ? t : `|${t}|`))) take(t, j);
      }
      if (found.length) out += ` ${found.join(' ')}`;
      // A letter that spells nothing: unless the word is all syllables, it is not pinyin.
      else if (!rest[0]) return '';
      i = found.length ? far : i + 1;
    }
    return out;
  };
}
