/**
 * Folding and normalisation. Text is folded code unit by code unit (full-width → half-width,
 * A–Z → a–z, Traditional → Simplified through the data's folding table), so that folded and
 * shown text keep the same offsets and highlights need no mapping back.
 */

/** Folds one UTF-16 code unit. */
export type FoldUnit = (unit: number) => number;
/** Folds a text unit by unit: the result has the same length. */
export type Fold = (text: string) => string;

export const isHan = (unit: number): boolean => (unit >= 0x3400 && unit < 0xa000) || (unit >= 0xf900 && unit < 0xfb00);

/** A unit of a Latin word, once folded: a–z or 0–9. */
export const isWordUnit = (unit: number): boolean => (unit > 96 && unit < 123) || (unit > 47 && unit < 58);

/** Plural and `-ies` folding, enough for English key terms. */
export const stem = (word: string): string =>
  word.length > 4 && word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.length > 3 && /[^s]s$/.test(word)
      ? word.slice(0, -1)
      : word;

/** The Latin words of a text, lower-cased and stemmed. */
export const words = (text: string): string[] => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stem);

/**
 * The folding of an engine: full-width → half-width and A–Z → a–z, then the data's
 * Traditional → Simplified pairs (each a string of alternating characters, `與与處处…`), the
 * later winning.
 */
export function createFolding(pairs: readonly string[]): [foldUnit: FoldUnit, fold: Fold] {
  // Over UTF-16 code units, 0 where a unit folds to itself.
  const table = new Uint16Array(65536);
  for (let unit = 0xff01; unit < 0xff5f; unit++) table[unit] = unit - 0xfee0;
  for (let unit = 65; unit < 91; unit++) table[unit] = table[unit + 0xfee0] = unit + 32;
  for (const p of pairs) for (let i = 1; i < p.length; i += 2) table[p.charCodeAt(i - 1)] = p.charCodeAt(i);
  const foldUnit: FoldUnit = (unit) => table[unit] || unit;
  const fold: Fold = (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
    return out;
  };
  return [foldUnit, fold];
}
