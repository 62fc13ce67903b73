import type { Regulation } from '@sanding/data';

/** TODO(lookup): derive the search block (folding table, pinyin, synonyms). */
export function addSearchAids(regulation: Regulation): Regulation {
  return regulation;
}
