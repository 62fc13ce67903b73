/**
 * Derives a regulation's search aids (the `search` block) once, when the data is authored, so
 * that the lookup engine in @sanding/data ships no dictionary:
 *
 * - folding: the slice of OpenCC's TSCharacters table (Traditional → Simplified, character by
 *   character; Apache-2.0) for the characters that can meet this data: its own, the synonyms',
 *   the English terms', and those of the question words the engine ignores;
 * - pinyin: the readings of the data's characters (and the synonyms'), from pinyin-pro in
 *   context on the Simplified form, so that 銀行 reads yin hang;
 * - english: the reviewed English terms (tables/english-terms.json);
 * - synonyms: the reviewed everyday words and abbreviations (tables/synonyms.json), with the
 *   caller's own.
 *
 * Everything is filtered to what the data contains, so the block stays small.
 */
import type { Regulation, SearchAids } from '@sanding/data';
import { to as openccTo } from 'opencc-js/preset';
import { pinyin } from 'pinyin-pro';
import { toSimplified } from './convert.js';
import englishTerms from './tables/english-terms.json' with { type: 'json' };
import synonymTable from './tables/synonyms.json' with { type: 'json' };

export const FOLDING_ATTRIBUTION =
  "Traditional→Simplified pairs from OpenCC's TSCharacters table (https://github.com/BYVoid/OpenCC), Apache-2.0";

/**
 * English key terms, each [the Chinese term, in Traditional; the English phrases that name it].
 * Reviewed against the S&T regulations' wording (tables/README.md); a phrase is matched as whole
 * words, case folded, longest first. Entries whose Chinese the data does not contain are dropped.
 */
const ENGLISH_TERMS: readonly (readonly string[])[] = englishTerms;

/**
 * Everyday words and abbreviations → the regulation's wording, [alias, expansion], in Simplified
 * (the engine folds both sides). Reviewed (tables/README.md); an entry is kept only when the data
 * contains its expansion.
 */
const SYNONYMS: readonly (readonly [string, string])[] = synonymTable.map(([alias = '', expansion = '']) => [
  alias,
  expansion,
]);

/** Characters of the question words the engine ignores (Simplified), so their Traditional forms fold too. */
const QUERY_CHARACTERS = '哪个部门处室单位科归找里儿些怎么办如何什么我想们是要请问谁理申手续需可以有事应该负责吗';

let tsTable: Map<string, string> | undefined;

/** OpenCC's TSCharacters table, one BMP code unit each side. */
function traditionalToSimplified(): Map<string, string> {
  if (tsTable) return tsTable;
  tsTable = new Map();
  const group = (openccTo.cn ?? []).flat();
  for (const dict of group) {
    // TSCharacters is the one table of single characters (TSPhrases has words).
    if (typeof dict !== 'string' || !dict.includes('|與 与|')) continue;
    for (const entry of dict.split('|')) {
      const [t, s] = entry.split(' ');
      if (t && s && t.length === 1 && s.length === 1 && t !== s) tsTable.set(t, s);
    }
  }
  if (tsTable.size < 1000) throw new Error('opencc-js: TSCharacters table not found');
  return tsTable;
}

const foldText = (text: string, table: Map<string, string>): string => {
  let out = '';
  for (const c of text) out += c.length === 1 ? (table.get(c) ?? c) : c;
  return out;
};

export interface SearchAidsOptions {
  /** More synonyms for this dataset, [alias, expansion], in either script. */
  readonly synonyms?: readonly (readonly [string, string])[];
}

/** Returns a copy of the regulation with its `search` block (re)derived. */
export function addSearchAids(regulation: Regulation, options: SearchAidsOptions = {}): Regulation {
  const table = traditionalToSimplified();
  const fold = (text: string): string => foldText(text, table);
  const inScript = (traditional: string): string =>
    regulation.lang === 'zh-Hans' ? toSimplified(traditional) : traditional;

  const divisionTexts = regulation.divisions.flatMap((d) => [d.name, ...d.alsoKnownAs, ...d.coLocated]);
  const texts = [
    ...(regulation.agency.name !== null ? [regulation.agency.name] : []),
    ...divisionTexts,
    ...regulation.divisions.flatMap((d) => d.responsibilities.map((c) => c.text)),
    ...regulation.duties.map((d) => d.text),
  ];
  const haystack = fold(texts.join('\n'));
  const contains = (text: string): boolean => text.length > 0 && haystack.includes(fold(text));

  const synonyms = [...SYNONYMS, ...(options.synonyms ?? [])]
    .filter(([, expansion]) => contains(expansion))
    .map(([alias, expansion]) => [alias, expansion] as [string, string]);
  const english = ENGLISH_TERMS.map(([zh = '', ...en]) => [en, inScript(zh)] as const).filter(([, zh]) => contains(zh));

  // Pinyin: each character's readings in context, from its Han runs converted to Simplified.
  const readings = new Map<string, Set<string>>();
  for (const text of [...texts, ...synonyms.map(([alias]) => alias)]) {
    for (const [run] of text.matchAll(/[\u3400-\u9fff]+/g)) {
      const simplified = toSimplified(run);
      const syllables = pinyin(simplified.length === run.length ? simplified : fold(run), {
        toneType: 'none',
        type: 'array',
        v: true,
      });
      if (syllables.length !== run.length) continue;
      syllables.forEach((syllable, i) => {
        if (!/^[a-z]+$/.test(syllable)) return;
        const characters = readings.get(syllable) ?? new Set<string>();
        readings.set(syllable, characters.add(run.charAt(i)));
      });
    }
  }
  const pinyinTable = [...readings]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([syllable, characters]) => syllable + [...characters].join(''))
    .join('');

  // The folding table: pairs whose either side can meet this data or its queries.
  const seen = new Set(fold([...texts, ...synonyms.flat(), ...english.map(([, zh]) => zh), QUERY_CHARACTERS].join('')));
  let pairs = '';
  for (const [t, s] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) if (seen.has(s)) pairs += t + s;

  const search: SearchAids = {
    version: 1,
    folding: { pairs, attribution: FOLDING_ATTRIBUTION },
    pinyin: pinyinTable,
    english: english.map(([en, zh]) => [zh, ...en]),
    synonyms,
  };
  return { ...regulation, search };
}
