/**
 * The search aids: the engine's built-in synonyms and filler words, and what each dataset's
 * `search` block adds (folding pairs, pinyin, English key terms, synonyms). Many regulations
 * share most of theirs: each block, phrase and synonym counts once.
 */
import type { Regulation } from '../model/types.js';
import { type Fold, type FoldUnit, createFolding, words } from './folding.js';

/** [alias, expansion]. */
export type Synonym = readonly [alias: string, expansion: string];
/** An English key term: the words of one of its phrases, and the Chinese it names. */
export type EnglishTerm = [words: string[], term: string];

/** Built-in abbreviations (Simplified, `alias:expansion`), extended by each dataset's own. */
const SYNONYMS =
  '高企:高新技术企业 外专:外国专家 双创:创新创业 科普:科学普及 引智:引进国外智力 自创区:自主创新示范区 高新区:高新技术产业园区 知产:知识产权';

/**
 * Question and filler words (Simplified), longest first, then function characters (particles,
 * pronouns, 是, 不), which never carry a match on their own: ignored in queries.
 */
export const FILLER =
  /[归找去到由]?哪[个些里儿]?(?:部门|处室?|单位|科室)?管?|怎么办|如何|什么|想要|请问|找谁|办理|申请|查询|手续|需要|可以|有事|应该|[的了吗呢吧啊么是不我你们这那想怎]/g;

/** English words that carry no subject. */
export const STOP_WORDS = new Set(
  'a an and are am be can do does for from get have how i in is it me my of on or our please should the to we what where which who whom with want need help'.split(
    ' ',
  ),
);

/**
 * What the search aids give an engine: the folding (with each dataset's pairs, in order); the
 * English key terms, longest phrase first; the pinyin readings of all datasets, one after the
 * other; the built-in synonyms, then the datasets', then the caller's, folded, each once,
 * without those whose alias folds to nothing.
 */
export type Aids = [foldUnit: FoldUnit, fold: Fold, english: EnglishTerm[], readings: string, synonyms: Synonym[]];

export function applyAids(regulations: readonly Regulation[], extra: readonly Synonym[] = []): Aids {
  const synonyms: Synonym[] = SYNONYMS.split(' ').map((s) => s.split(':') as [string, string]);
  const english: EnglishTerm[] = [];
  const pairs: string[] = [];
  let readings = '';
  const seen = new Set<unknown>();
  const once = (key: unknown): boolean => !seen.has(key) && !!seen.add(key);
  for (const r of regulations) {
    const s = r.search;
    if (!s || !once(s)) continue;
    pairs.push(s.folding?.pairs ?? '');
    for (const [term, ...phrases] of s.english ?? [])
      for (const e of phrases) if (once(`e${e}:${term}`)) english.push([words(e), term!]);
    if (s.pinyin && once(s.pinyin)) readings += s.pinyin;
    synonyms.push(...(s.synonyms ?? []));
  }
  synonyms.push(...extra);
  english.sort((a, b) => b[0].length - a[0].length);
  const [foldUnit, fold] = createFolding(pairs);
  const folded = synonyms.map(([a, b]): Synonym => [fold(a), fold(b)]).filter(([a, b]) => a && once(`s${a}:${b}`));
  return [foldUnit, fold, english, readings, folded];
}
