/**
 * The lookup engine: which division handles a matter, asked in Simplified or Traditional,
 * colloquially, by abbreviation, in pinyin or in English.
 *
 * Hand-written rather than a library, on two measurements. Off-the-shelf engines fail on Chinese
 * without spaces (shared/TOOLCHAIN.md; `pnpm bench` on the Dalian query set: fuse.js 48% top-1,
 * minisearch 73%, flexsearch 74%, this engine 100%; at 30,000 clauses fuse.js takes 0.5–3.5 s a
 * query and flexsearch builds in 1.4 s). And the widget budget for this module is 4 kB gzip,
 * minified: it measures 3.8 kB (`pnpm size`). It ships no dictionary: what
 * it needs beyond the text (folding table, pinyin, English terms, synonyms) travels in the
 * data's `search` block, derived by the CLI (`sanding index`).
 *
 * How it works:
 * - Text is folded code unit by code unit (full-width → half-width, A–Z → a–z, Traditional →
 *   Simplified through the data's folding table), so folded and shown text keep the same
 *   offsets and highlights need no mapping back.
 * - Documents are a division's clauses, its names (with the English name), and the duties the
 *   reviewed cross-reference assigns to it. They are indexed by Han character pairs, single Han
 *   characters and Latin words, and scored BM25-style (IDF, length normalisation). A single
 *   character counts only when it stands alone in a query that matches no pair, so a
 *   one-character query works and a long one stays precise.
 * - A query is capped, NFKC-normalised and folded; English phrases and pinyin (full or initials)
 *   become the Chinese they name; synonyms add their expansion; question and filler words are
 *   dropped.
 * - A division scores its best clause in full, each further clause a quarter, and half of its
 *   names' and its best duty's scores.
 */
import type { EnglishName, Regulation } from '../model/types.js';

/** A matched run in a text: UTF-16 offsets, `end` exclusive, in the text as shown. */
export type Highlight = [start: number, end: number];

/** A clause or duty that matched a query. */
export interface LookupMatch {
  readonly id: string;
  readonly citation: string;
  readonly text: string;
  readonly highlights: Highlight[];
}

export interface LookupResult {
  readonly division: {
    readonly id: string;
    readonly name: string;
    readonly nameEn?: EnglishName;
    /** The agency's name. */
    readonly agency: string;
    /** The regulation's id, e.g. `dalian-stb`. */
    readonly regulation: string;
  };
  /** Relevance; comparable only within one search. */
  readonly score: number;
  /** The best-matching clauses of the division's responsibilities, best first (at most 3). */
  readonly clauses: LookupMatch[];
  /** The best-matching duty the cross-reference assigns to this division, if one matched. */
  readonly duty?: LookupMatch;
}

export interface LookupOptions {
  /** More synonyms, [alias, expansion], in either script: added to the built-ins and the data's. */
  readonly synonyms?: readonly (readonly [string, string])[];
}

export interface SearchOptions {
  /** How many divisions at most (default 10, at most 100). */
  readonly limit?: number;
}

export interface Lookup {
  /** Ranks the divisions for a query. Never throws; an empty or meaningless query gives []. */
  search(query: string, options?: SearchOptions): LookupResult[];
}

/** Built-in abbreviations (Simplified, `alias:expansion`), extended by each dataset's own. */
const SYNONYMS =
  '高企:高新技术企业 外专:外国专家 双创:创新创业 科普:科学普及 引智:引进国外智力 自创区:自主创新示范区 高新区:高新技术产业园区 知产:知识产权';
/** Question and filler words (Simplified), longest first: ignored in queries. */
const FILLER =
  /[归找去到由是]?(?:哪个|哪些|哪里|哪儿|哪)(?:部门|处室|处|单位|科室)?管?|怎么办|怎么|如何|什么|我想|我们|我是|想要|请问|找谁|办理|申请|手续|需要|可以|有事|应该|吗|呢/g;
/** English words that carry no subject. */
const STOP = new Set(
  'a an and are am be can do does for from get have how i in is it me my of on or our please should the to we what where which who whom with want need help'.split(
    ' ',
  ),
);
const K1 = 1.2;
const B = 0.75;
const MAX_QUERY = 256;
/** Weight of each clause after a division's best one. */
const FURTHER = 0.25;
/** Weight of a division's names and of its best duty. */
const HALF = 0.5;
/** Pairs are keyed by `first * PAIR + second` over dense character ids (< 2^15: fits a Smi). */
const PAIR = 32768;

type Key = number | string;
/** What a clause or duty document shows. */
interface Shown {
  id: string;
  citation: string;
  text: string;
}

const isHan = (c: number): boolean => (c >= 0x3400 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00);
const isWord = (c: number): boolean => (c > 96 && c < 123) || (c > 47 && c < 58);
/** Plural and `-ies` folding, enough for English key terms. */
const stem = (w: string): string =>
  w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w;
const words = (s: string): string[] => (s.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stem);

export function createLookup(regulations: Regulation | readonly Regulation[], options: LookupOptions = {}): Lookup {
  const regs: readonly Regulation[] = Array.isArray(regulations) ? regulations : [regulations as Regulation];

  // The folding table over UTF-16 code units, 0 where a unit folds to itself: full-width →
  // half-width, A–Z → a–z, and the data's Traditional → Simplified pairs.
  const F = new Uint16Array(65536);
  for (let i = 65; i < 91; i++) F[i] = F[i + 0xfee0] = i + 32;
  for (let i = 0xff01; i < 0xff5f; i++) F[i] ||= i - 0xfee0;
  F[0x3000] = 32;
  const fc = (c: number): number => F[c] || c;
  const fold = (s: string): string => {
    let o = '';
    for (let i = 0; i < s.length; i++) o += String.fromCharCode(fc(s.charCodeAt(i)));
    return o;
  };

  // The search aids. Many regulations share most of theirs: each phrase and synonym once.
  const synonyms: (readonly [string, string])[] = SYNONYMS.split(' ').map((s) => s.split(':') as [string, string]);
  /** [words, Chinese] of each English key term, longest first. */
  const english: [string[], string][] = [];
  let readings = '';
  const seen = new Set<unknown>();
  const once = (key: unknown): boolean => !seen.has(key) && !!seen.add(key);
  for (const r of regs) {
    const s = r.search;
    if (!s || !once(s)) continue;
    const p = s.folding?.pairs ?? '';
    for (let i = 1; i < p.length; i += 2) F[p.charCodeAt(i - 1)] = p.charCodeAt(i);
    for (const [term, ...phrases] of s.english ?? [])
      for (const e of phrases) if (once(`e${e}:${term}`)) english.push([words(e), term!]);
    if (s.pinyin && once(s.pinyin)) readings += s.pinyin;
    synonyms.push(...(s.synonyms ?? []));
  }
  synonyms.push(...(options.synonyms ?? []));
  english.sort((a, b) => b[0].length - a[0].length);
  const folded = synonyms.map(([a, b]) => [fold(a), fold(b)] as const).filter(([a, b]) => a && once(`s${a}:${b}`));

  /** Dense ids of the Han characters seen (0 for any other), and each id's character. */
  const C = new Uint16Array(65536);
  const K: string[] = [''];
  const idOf = (c: number): number => {
    if (!C[c] && K.length < PAIR) C[c] = K.push(String.fromCharCode(c)) - 1;
    return C[c]!;
  };

  /**
   * Calls `f(key, start, end)` for each token of `s`, folded: Latin words, Han pairs and single
   * Han characters (keyed by id). A character the data lacks has no id and makes no token.
   */
  const scan = (s: string, f: (key: Key, start: number, end: number) => void): void => {
    let prev = 0;
    let w = -1;
    for (let i = 0; i <= s.length; i++) {
      const c = i < s.length ? fc(s.charCodeAt(i)) : 0;
      if (isWord(c)) {
        if (w < 0) w = i;
      } else if (w >= 0) {
        f(stem(fold(s.slice(w, i))), w, i);
        w = -1;
      }
      const id = isHan(c) ? C[c]! : 0;
      if (id) {
        if (prev) f(prev * PAIR + id, i - 1, i + 1);
        f(id, i, i + 1);
      }
      prev = id;
    }
  };

  // The documents: for each division its names, then its clauses; then the duties.
  /** Pairs and words, numbered from 0; single characters are numbered after them (`termOf`). */
  const T = new Map<Key, number>();
  /** Per document: its division (or -1 - its duty's number), length and what it shows. */
  const owner: number[] = [];
  const length: number[] = [];
  const shown: (Shown | undefined)[] = [];
  const dutyDivisions: number[][] = [];
  const divisions: LookupResult['division'][] = [];
  /** Per division: its names document; its clauses follow, up to `stop`. */
  const first: number[] = [];
  const stop: number[] = [];
  /** The term occurrences of all documents, in order, and where each document's end. */
  let occurrences = new Int32Array(1 << 16);
  let m = 0;
  const ends: number[] = [];
  const stems = new Map<string, string>();
  const put = (key: Key): void => {
    if (m === occurrences.length) {
      const grown = new Int32Array(m * 2);
      grown.set(occurrences);
      occurrences = grown;
    }
    // A single character goes in as minus its id until the pairs and words are counted.
    let t = typeof key === 'number' && key < PAIR ? -key : T.get(key);
    if (t === undefined) T.set(key, (t = T.size));
    occurrences[m++] = t;
  };
  // The indexing twin of `scan`: no call per token, and unseen characters get an id.
  const add = (text: string, o: number, r?: Shown): void => {
    let n = 0;
    let prev = 0;
    let w = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? fc(text.charCodeAt(i)) : 0;
      if (isWord(c)) {
        if (w < 0) w = i;
      } else if (w >= 0) {
        const raw = text.slice(w, i);
        if (!stems.has(raw)) stems.set(raw, stem(fold(raw)));
        put(stems.get(raw)!);
        n++;
        w = -1;
      }
      const id = isHan(c) ? idOf(c) : 0;
      if (id) {
        if (prev) put(prev * PAIR + id);
        put(id);
        n++;
      }
      prev = id;
    }
    ends.push(m);
    owner.push(o);
    length.push(n || 1);
    shown.push(r);
  };
  for (const r of regs) {
    const ids = new Map<string, number>();
    for (const division of r.divisions) {
      const v = divisions.length;
      ids.set(division.id, v);
      divisions.push({
        id: division.id,
        name: division.name,
        ...(division.nameEn ? { nameEn: division.nameEn } : {}),
        agency: r.agency.name,
        regulation: r.id,
      });
      first.push(owner.length);
      add([division.name, ...division.alsoKnownAs, ...division.coLocated, division.nameEn?.text].join(' '), v);
      for (const clause of division.responsibilities) add(clause.text, v, clause);
      stop.push(owner.length);
    }
    for (const duty of r.duties) {
      const v = (duty.divisions ?? []).map((id) => ids.get(id)!).filter((i) => i !== undefined);
      if (v.length) add(duty.text, -dutyDivisions.push(v), duty);
    }
  }

  // Postings by counting sort, one per term and document with its count (tf): term t's run
  // from `at[t]` to `at[t + 1]`, so its document frequency is their difference.
  const base = T.size;
  const indexed = K.length;
  const termOf = (key: Key): number | undefined =>
    typeof key !== 'number' || key >= PAIR ? T.get(key) : key < indexed ? base + key : undefined;
  const at = new Int32Array(base + indexed + 1);
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
  }

  const N = owner.length;
  const avg = length.reduce((a, b) => a + b, 0) / (N || 1);
  /** BM25's length normalisation per document. */
  const norm = new Float64Array(length.map((n) => K1 * (1 - B + (B * n) / avg)));
  const score = new Float64Array(N);
  /** Per division during a search: best clause, other clauses, names, best duty and its document. */
  const D = divisions.length;
  const best = new Float64Array(D);
  const rest = new Float64Array(D);
  const names = new Float64Array(D);
  const duty = new Float64Array(D);
  const dutyDoc = new Int32Array(D);
  const marked = new Uint8Array(D);
  /** The documents a search scored, the first `scored` of them. */
  const touched = new Int32Array(N);
  let scored = 0;
  /**
   * Adds a term's BM25 share to the documents of postings a–b: to all of them, listing the new
   * ones in `touched`, or only to those already scored.
   */
  const accumulate = (a: number, b: number, all: boolean): void => {
    const idf = Math.log(1 + (N - b + a + 0.5) / (b - a + 0.5)) * (K1 + 1);
    for (let i = a; i < b; i++) {
      const d = postings[i]!;
      if (!score[d]) {
        if (!all) continue;
        touched[scored++] = d;
      }
      score[d]! += (idf * counts[i]!) / (counts[i]! + norm[d]!);
    }
  };

  // Pinyin: the ids read by each syllable and by each initial. Synonym aliases get ids too, so
  // that pinyin can spell them (gxqy → 高新企业).
  for (const [a] of folded) for (let i = 0; i < a.length; i++) if (isHan(a.charCodeAt(i))) idOf(a.charCodeAt(i));
  const bySyllable = new Map<string, number[]>();
  const syllables = new Set<string>();
  /** The first reading of each id. */
  const reading: string[] = [];
  for (const [, syllable, cs] of readings.matchAll(/([a-z]+)([^a-z]+)/g)) {
    syllables.add(syllable!);
    for (let i = 0; i < cs!.length; i++) {
      const id = C[fc(cs!.charCodeAt(i))]!;
      if (!id) continue;
      reading[id] ??= syllable!;
      for (const y of [syllable!, syllable![0]!]) {
        if (!bySyllable.has(y)) bySyllable.set(y, []);
        bySyllable.get(y)!.push(id);
      }
    }
  }
  /** Division names, English key terms and synonyms, folded: what initials alone may spell. */
  const keyTerms = fold(
    [...divisions.map((d) => d.name), ...english.map(([, term]) => term), ...folded.flatMap(([a, b]) => [a, b])].join(
      '|',
    ),
  );
  /** Each alias with its pinyin and initials. */
  const aliases = folded.map(([a]) => {
    const ys = [...a].map((c) => reading[C[c.charCodeAt(0)]!] ?? '?');
    return [a, ys.join(''), ys.map((y) => y[0]).join('')] as const;
  });

  /**
   * Spells pinyin (full syllables, initials or both; no spaces) as the characters it can read:
   * at each point, the longest chain of two or more characters whose every pair occurs in the
   * data, or an alias spelt in full or by initials; all of them when several tie. A long word
   * that is not all syllables is not pinyin.
   */
  const spell = (p: string): string => {
    const ok = [true];
    for (let j = 1; j <= p.length; j++)
      for (let k = 1; k < 7 && k <= j; k++) ok[j] ||= ok[j - k]! && syllables.has(p.slice(j - k, j));
    if (p.length > 8 && !ok[p.length]) return '';
    let out = '';
    for (let i = 0; i < p.length;) {
      let far = i + 1;
      let found: string[] = [];
      const take = (t: string, j: number): void => {
        if (j > far) {
          far = j;
          found = [];
        }
        if (j === far && found.length < 4 && !found.includes(t)) found.push(t);
      };
      for (const [a, y, initials] of aliases)
        for (const x of [y, initials]) if (p.startsWith(x, i)) take(a, i + x.length);
      /** Chains as [last id, text, end, spelt with a full syllable], one per (last id, end, full). */
      let chains: [number, string, number, boolean][] = [[0, '', i, false]];
      for (let step = 0; chains.length && step < 16; step++) {
        const next = new Map<string, [number, string, number, boolean]>();
        for (const [c, t, j, full] of chains) {
          // A full syllable of 1–6 letters; a single letter also reads as an initial.
          for (let k = 1; k < 7 && j + k <= p.length; k++) {
            for (const id of bySyllable.get(p.slice(j, j + k)) ?? []) {
              const f = full || k > 1;
              if (!c || T.has(c * PAIR + id)) next.set(`${id} ${j + k} ${f}`, [id, t + K[id], j + k, f]);
            }
          }
        }
        chains = [...next.values()].slice(0, 256);
        // Initials alone spell only key terms (names, English terms, synonyms): any letters are
        // the initials of some run of the text ("zzzz" → 组织重…), which is not a match.
        if (step) for (const [, t, j, full] of chains) if (full || keyTerms.includes(t)) take(t, j);
      }
      if (found.length) out += ` ${found.join(' ')}`;
      // A letter that spells nothing: unless the word is all syllables, it is not pinyin.
      else if (!ok[p.length]) return '';
      i = found.length ? far : i + 1;
    }
    return out;
  };

  return {
    search(query, { limit = 10 } = {}) {
      const n = Math.floor(Number(limit));
      const max = n >= 0 ? Math.min(n, 100) : 10;
      let q = fold((typeof query === 'string' ? query : '').slice(0, MAX_QUERY).normalize('NFKC').slice(0, MAX_QUERY));

      // Latin: English key terms (longest phrase first), else pinyin, else words of the English names.
      const w = words(q).slice(0, 32);
      const latin: string[] = [];
      let isEnglish = false;
      for (let i = 0; i < w.length;) {
        const hit = english.find(([e]) => e.every((x, k) => w[i + k] === x));
        isEnglish ||= !!hit || STOP.has(w[i]!);
        if (hit) q += ` ${hit[1]}`;
        else if (!STOP.has(w[i]!)) latin.push(w[i]!);
        i += hit ? hit[0].length : 1;
      }
      const spelt = isEnglish ? '' : spell(latin.join('').slice(0, 64));
      if (spelt) latin.length = 0;
      q = fold(q + spelt);
      for (const [a, b] of folded) if (q.includes(a)) q += ` ${b}`;
      q = q.replace(FILLER, ' ').replace(/[a-z0-9]+/g, ' ');

      // Query tokens: the pairs found in the data and the English words; else characters that
      // stand alone (奖), so that a one-character query works and a long one stays precise.
      const tokens = new Set<Key>();
      const singles: Key[] = [];
      scan(q, (key, i) => {
        if (typeof key !== 'number' || key >= PAIR) {
          if (T.has(key)) tokens.add(key);
        } else if (!isHan(q.charCodeAt(i - 1)) && !isHan(q.charCodeAt(i + 1))) singles.push(key);
      });
      for (const x of latin) if (T.has(x)) tokens.add(x);
      if (!tokens.size) for (const x of singles) tokens.add(x);

      // BM25 over the documents. Common tokens (科技: in over a tenth of the documents and over
      // twice as many as the rarest token) only add to documents that rarer ones found: a
      // ranking needs them, a list of candidates does not.
      scored = 0;
      const lists = [...tokens].flatMap((key) => {
        const t = termOf(key);
        return t === undefined ? [] : [[at[t]!, at[t + 1]!] as const];
      });
      const rare = Math.max(N / 10, 2 * Math.min(...lists.map(([a, b]) => b - a)));
      for (const [a, b] of lists) if (b - a <= rare) accumulate(a, b, true);
      for (const [a, b] of lists) if (b - a > rare) accumulate(a, b, false);

      // Divisions: the best clause in full, further clauses less, plus names and the best duty.
      const hit: number[] = [];
      const mark = (v: number): void => {
        if (!marked[v]) hit.push(v);
        marked[v] = 1;
      };
      for (let k = 0; k < scored; k++) {
        const d = touched[k]!;
        const s = score[d]!;
        const o = owner[d]!;
        if (o < 0) {
          for (const v of dutyDivisions[-1 - o]!) {
            mark(v);
            if (s > duty[v]!) {
              duty[v] = s;
              dutyDoc[v] = d;
            }
          }
        } else {
          mark(o);
          if (d === first[o]) names[o] = s;
          else {
            rest[o]! += Math.min(s, best[o]!);
            best[o] = Math.max(s, best[o]!);
          }
        }
      }
      /** The best `max` divisions as [score, division], best first; ties in the data's order. */
      const top: [number, number][] = [];
      for (const v of hit) {
        const s = best[v]! + FURTHER * rest[v]! + HALF * (names[v]! + duty[v]!);
        let i = top.length;
        while (i > 0 && (top[i - 1]![0] < s || (top[i - 1]![0] === s && top[i - 1]![1] > v))) i--;
        if (i < max) top.splice(i, 0, [s, v]);
        if (top.length > max) top.pop();
      }

      const match = (d: number): LookupMatch => {
        const { id, citation, text } = shown[d]!;
        const on: number[] = [];
        scan(text, (key, s, e) => {
          if (tokens.has(key)) for (let i = s; i < e; i++) on[i] = 1;
        });
        const highlights: Highlight[] = [];
        on.forEach((_, i) => {
          const previous = highlights[highlights.length - 1];
          if (previous?.[1] === i) previous[1]++;
          else highlights.push([i, i + 1]);
        });
        return { id, citation, text, highlights };
      };
      const results = top.map(([s, v]): LookupResult => {
        const clauses: number[] = [];
        for (let d = first[v]! + 1; d < stop[v]!; d++) if (score[d]) clauses.push(d);
        clauses.sort((a, b) => score[b]! - score[a]!);
        return {
          division: divisions[v]!,
          score: Math.round(s * 1000) / 1000,
          clauses: clauses.slice(0, 3).map(match),
          ...(duty[v] ? { duty: match(dutyDoc[v]!) } : {}),
        };
      });
      for (let k = 0; k < scored; k++) score[touched[k]!] = 0;
      for (const v of hit) best[v] = rest[v] = names[v] = duty[v] = marked[v] = 0;
      return results;
    },
  };
}
