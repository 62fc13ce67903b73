/**
 * Tokens: Latin words, Han character pairs and single Han characters. Han characters get dense
 * ids as the data meets them; a pair is keyed by the ids of its two characters, a word by its
 * folded, stemmed text.
 */
import { type Fold, type FoldUnit, isHan, isWordUnit, stem } from './folding.js';

/** A word (string), a single character (its id) or a pair (`first * CHARACTER_LIMIT + second`). */
export type Key = number | string;

/** Character ids stay below this, so that a pair's key fits a small integer (< 2^30). */
export const CHARACTER_LIMIT = 32768;

export const isCharacter = (key: Key): key is number => typeof key === 'number' && key < CHARACTER_LIMIT;

/**
 * Calls `found(key, start, end)` for each token of `text`, folded, in order. With `assign` (while
 * indexing), a character without an id is given one; otherwise it makes no token.
 */
export type Scan = (text: string, found: (key: Key, start: number, end: number) => void, assign?: boolean) => void;

/**
 * The character ids of an engine, and its scan.
 * - `ids`: the id of each UTF-16 code unit, 0 for a unit without one;
 * - `chars`: each id's character (id 0 is none);
 * - `idOf`: the id of a unit, given one if it has none (while ids remain);
 * - `scan`: the tokens of a text.
 */
export function createTokens(
  foldUnit: FoldUnit,
  fold: Fold,
): [ids: Uint16Array, chars: string[], idOf: (unit: number) => number, scan: Scan] {
  const ids = new Uint16Array(65536);
  const chars: string[] = [''];
  const idOf = (unit: number): number => {
    if (!ids[unit] && chars.length < CHARACTER_LIMIT) ids[unit] = chars.push(String.fromCharCode(unit)) - 1;
    return ids[unit]!;
  };
  const scan: Scan = (text, found, assign) => {
    let previous = 0;
    let word = -1;
    for (let i = 0; i <= text.length; i++) {
      const unit = i < text.length ? foldUnit(text.charCodeAt(i)) : 0;
      if (isWordUnit(unit)) {
        if (word < 0) word = i;
      } else if (word >= 0) {
        found(stem(fold(text.slice(word, i))), word, i);
        word = -1;
      }
      const id = !isHan(unit) ? 0 : assign ? idOf(unit) : ids[unit]!;
      if (id) {
        if (previous) found(previous * CHARACTER_LIMIT + id, i - 1, i + 1);
        found(id, i, i + 1);
      }
      previous = id;
    }
  };
  return [ids, chars, idOf, scan];
}
