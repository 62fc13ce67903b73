/**
 * The regulation model: one Valibot schema is the single source of truth. The TypeScript types
 * are inferred from it (`types.ts`) and the published JSON Schema is generated from it at build
 * time (`scripts/json-schema.ts` → `dist/regulation.schema.json`).
 *
 * Valibot, not Zod: it validates without `eval` or `new Function` (strict CSP), and it is the
 * smallest (docs/decisions/valibot.md). The widgets load it lazily, only for external JSON.
 *
 * Names follow the glossary in CONTRIBUTING.md.
 *
 * ## Ids (Akoma Ntoso style eIds)
 * Levels are joined with `__`; each level is `prefix_number`:
 * - `art_3` — article 3 (第三條); `art_3__point_14` — its item (十四).
 * - `sec_divisions` — the division list when the text gives it no article header; its items are
 *   `sec_divisions__point_6`. With a header (第四条 内设机构) a division is `art_4__point_6`.
 * - `…__clause_2` — the second clause (split at 。 and ；) of a division's responsibilities.
 * - `art_3__point_17` is the function transformation when the text numbers it as an item.
 * - `div_waiguo-zhuanjia-guoji-hezuo`, `duty_niding-shi-chuangxin` — stable ids derived from the
 *   words (`assignStableIds`, run by `sanding parse`); the positional id stays in `positionalId`.
 * Ids never depend on the script, so zh-Hans and zh-Hant data share them.
 */
import * as v from 'valibot';

// Each Valibot action costs bytes in the lazily loaded validator, which has a budget of its own
// (`pnpm size`), so the checks are regexes and one `check` where Valibot has a dedicated action
// (isoDate, url, integer, minValue).
const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-[01]\d-[0-3]\d$/, 'must be a date, YYYY-MM-DD'));
const httpUrl = v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/]+/, 'must be an http(s) URL'));
const count = (min: number) =>
  v.pipe(
    v.number(),
    v.check((n) => Number.isInteger(n) && n >= min, `must be a whole number ≥ ${min}`),
  );
const eId = v.pipe(
  v.string(),
  // A level's value may be a hyphenated pinyin slug: div_waiguo-zhuanjia-guoji-hezuo.
  v.regex(
    /^[a-z]+_[0-9a-z]+(?:-[0-9a-z]+)*(?:__[a-z]+_[0-9a-z]+(?:-[0-9a-z]+)*)*$/,
    'must be an id like art_3__point_14',
  ),
);

export const ScriptSchema = v.picklist(['zh-Hans', 'zh-Hant']);

/** Where a fact comes from, when it is not the regulation text itself. */
export const SourceSchema = v.object({
  /** Human-readable name of the source, e.g. a notice's title. */
  title: nonEmpty,
  /** Public address of the source, when it has one. */
  url: v.optional(httpUrl),
  /** Date the source was published or states, YYYY-MM-DD. */
  date: v.optional(isoDate),
  /** Where in the source, e.g. "line 57" of the regulation text. */
  locator: v.optional(v.string()),
});

/** A name in English that we wrote; `official: false` means no agency published it. */
export const EnglishNameSchema = v.object({
  text: nonEmpty,
  official: v.boolean(),
});

/** A node of the article structure exactly as the text writes it. */
export interface ProvisionInput {
  id: string;
  kind: 'article' | 'section' | 'item' | 'paragraph';
  /** The article's or item's number (第三條 → 3, (十四) → 14), null when unnumbered. */
  number: number | null;
  /** The label as written: 第三條, (十四), 內設機構. */
  label: string | null;
  /** The node's own text, without its children. */
  text: string;
  /** 1-based line in the source text where the node starts. */
  line: number;
  children: ProvisionInput[];
}

export const ProvisionSchema: v.GenericSchema<ProvisionInput> = v.object({
  id: eId,
  kind: v.picklist(['article', 'section', 'item', 'paragraph']),
  number: v.nullable(count(1)),
  label: v.nullable(v.string()),
  text: v.string(),
  line: count(1),
  children: v.array(v.lazy(() => ProvisionSchema)),
});

export const AgencySchema = v.object({
  /** Null when nothing in the text names the agency (schema 2): never a guess, never the parse id. */
  name: v.nullable(nonEmpty),
  nameEn: v.optional(EnglishNameSchema),
  /** Other names it carries (加掛…牌子, 對外保留…牌子). */
  alsoKnownAs: v.array(nonEmpty),
  /** The body it belongs to: 大連市人民政府. */
  parent: v.nullable(v.string()),
  /** 工作部門, 直屬機構… */
  kind: v.nullable(v.string()),
  /** 副廳級, 正局級… */
  rank: v.nullable(v.string()),
});

/** The legal basis as cited: 《…》(廳秘發〔2018〕245號). */
export const BasisSchema = v.object({
  title: v.nullable(v.string()),
  documentNumber: v.nullable(v.string()),
  citation: nonEmpty,
});

/** One numbered duty of the agency (主要職責). */
export const DutySchema = v.object({
  id: eId,
  number: count(1),
  citation: nonEmpty,
  text: nonEmpty,
  /** Ids of the divisions that carry this duty out (the reviewed cross-reference). */
  divisions: v.optional(v.array(eId)),
  /** True when the text stops inside this duty (a website cut it off); its text is what is there. */
  truncated: v.optional(v.boolean()),
});

/** One transfer of duties (職責調整: 取消, 劃出, 劃入, 加強); never counted as a duty. */
export const DutyAdjustmentSchema = v.object({
  id: eId,
  number: count(1),
  citation: nonEmpty,
  text: nonEmpty,
});

export const FunctionTransformationSchema = v.object({
  id: eId,
  citation: nonEmpty,
  text: nonEmpty,
});

/** One clause of a division's responsibilities, split at 。 and ；. */
export const ClauseSchema = v.object({
  id: eId,
  citation: nonEmpty,
  text: nonEmpty,
});

export const DivisionSchema = v.object({
  id: eId,
  number: count(1),
  name: nonEmpty,
  nameEn: v.optional(EnglishNameSchema),
  citation: nonEmpty,
  alsoKnownAs: v.array(nonEmpty),
  /** Names of the bodies it operates jointly with (合署辦公); names, not ids. */
  coLocated: v.array(nonEmpty),
  responsibilities: v.array(ClauseSchema),
  /** True for a body listed after the numbered divisions without a number (機關黨委。負責…). */
  unnumbered: v.optional(v.boolean()),
  /** True when the text stops inside this division. */
  truncated: v.optional(v.boolean()),
  /** The id this division had before ids were derived from names (`sec_divisions__point_8`). */
  positionalId: v.optional(eId),
});

/** A sentence of the division section that names no division (紀檢監察機構按有關規定設置。). */
export const DivisionNoteSchema = v.object({
  text: nonEmpty,
  /** 1-based line of the source text. */
  line: count(1),
});

/** The notice that issues the regulation (關於印發…的通知): 文號, 發文機關, 成文日期. */
export const PromulgationSchema = v.object({
  /** The notice's own title, when the text gives it. */
  title: v.nullable(nonEmpty),
  /** 長府辦發〔2009〕47號, as written. */
  documentNumber: v.nullable(nonEmpty),
  /** The issuing office, as signed. */
  issuer: v.nullable(nonEmpty),
  /** The date of the notice, converted from 二〇〇九年九月十日 to YYYY-MM-DD. */
  date: v.nullable(isoDate),
  /** 1-based source lines of each fact (a one-line text gives them all the same line). */
  lines: v.object({
    title: v.optional(count(1)),
    documentNumber: v.optional(count(1)),
    issuer: v.optional(count(1)),
    date: v.optional(count(1)),
  }),
});

export const LeadershipPostSchema = v.object({
  title: nonEmpty,
  count: count(0),
});

/** 人員編制: administrative posts (行政編制) and leadership posts (領導職數). */
export const StaffingSchema = v.object({
  administrativePosts: v.nullable(count(0)),
  leadershipPosts: v.array(LeadershipPostSchema),
  citation: nonEmpty,
  text: nonEmpty,
});

export const LeaderSchema = v.object({
  title: nonEmpty,
  name: nonEmpty,
  source: SourceSchema,
  /** The date the source states this leader held the post; null when it gives none. */
  asOf: v.nullable(isoDate),
});

/** A contact fact with its own source. */
export const SourcedTextSchema = v.object({
  value: nonEmpty,
  source: SourceSchema,
});

export const ContactSchema = v.object({
  /** The division this contact belongs to; absent for the agency itself. */
  divisionId: v.optional(eId),
  address: v.optional(SourcedTextSchema),
  phone: v.optional(SourcedTextSchema),
  email: v.optional(SourcedTextSchema),
  website: v.optional(SourcedTextSchema),
  hours: v.optional(SourcedTextSchema),
});

export const ProvenanceSchema = v.object({
  /** Where the regulation text came from. */
  source: v.object({
    title: nonEmpty,
    url: v.optional(v.string()),
    /** What kind of publication reproduces the text. */
    kind: v.picklist(['official-gazette', 'official-website', 'encyclopaedia', 'other']),
    /** The file the text was read from, within the dataset. */
    file: v.optional(v.string()),
  }),
  /** The date the text was retrieved, YYYY-MM-DD; null when unknown. */
  retrieved: v.nullable(isoDate),
  datasetVersion: nonEmpty,
  /** Set when this script is a machine conversion of another. */
  conversion: v.optional(
    v.object({
      from: ScriptSchema,
      tool: nonEmpty,
      corrections: v.array(v.tuple([v.string(), v.string()])),
    }),
  ),
  /** Article headers the text does not give (e.g. the division list's 第四條). */
  absentHeaders: v.array(v.string()),
  /**
   * How the parser normalised the text's punctuation to full width (GB/T 15834), e.g.
   * `{ rule: 'gb-t-15834', changes: 12 }`; absent when nothing was changed or it was kept as written.
   */
  punctuation: v.optional(v.object({ rule: v.picklist(['gb-t-15834']), changes: count(1) })),
  notes: v.array(nonEmpty),
});

/**
 * Search aids, derived once by the CLI and stored with the data so that the browser engine
 * ships no dictionary. All optional: data without them still works by exact-script matching.
 */
export const SearchAidsSchema = v.object({
  version: v.picklist([1]),
  /**
   * Traditional→Simplified character pairs, as one string of alternating characters
   * (`與与處处…`), for the characters that can meet this data. Generated from OpenCC's
   * TSCharacters table (Apache-2.0).
   */
  folding: v.optional(
    v.object({
      pairs: v.string(),
      attribution: nonEmpty,
    }),
  ),
  /**
   * Pinyin readings of the characters of the data and of its synonyms, computed in context with
   * pinyin-pro: each toneless syllable (ü written v) followed by the characters read so, e.g.
   * `fu孵服hua化華…`; a character read two ways appears under both. The engine matches full
   * pinyin (`fuhuaqi`) and initials (`fhq`) against runs of characters that occur in the data.
   */
  pinyin: v.optional(
    v.pipe(v.string(), v.regex(/^(?:[a-z]+[\u0080-\uffff]+)*$/, 'must be syllables each followed by its characters')),
  ),
  /** English key terms, reviewed: [the Chinese term, then the English phrases that name it]. */
  english: v.optional(
    v.array(v.pipe(v.array(nonEmpty), v.minLength(2, 'must give a term and at least one English phrase'))),
  ),
  /**
   * Aliases for this dataset, [alias, expansion], in either script (the engine folds both
   * sides), added to the engine's built-in defaults: a query containing the alias also
   * searches the expansion.
   */
  synonyms: v.optional(v.array(v.tuple([nonEmpty, nonEmpty]))),
});

/** The message of the unique-division-ids check (scripts/json-schema.ts recognises it). */
export const UNIQUE_IDS = 'must not give two divisions the same id';

export const RegulationSchema = v.object({
  $schema: v.optional(v.string()),
  // READABLE_SCHEMA_VERSIONS (constants.ts), written out so the lazily loaded validator imports no
  // shared chunk; test/validate.test.ts checks that the two agree. Version 1 is read and migrated.
  schemaVersion: v.picklist([1, 2]),
  /** A slug such as `dalian-stb`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug like dalian-stb')),
  title: nonEmpty,
  lang: ScriptSchema,
  agency: AgencySchema,
  basis: v.nullable(BasisSchema),
  /** The article structure as written. */
  articles: v.array(ProvisionSchema),
  duties: v.array(DutySchema),
  functionTransformation: v.nullable(FunctionTransformationSchema),
  /** Transfers of duties (職責調整) of the 2008–2010 template; absent when the text has none. */
  dutyAdjustments: v.optional(v.array(DutyAdjustmentSchema)),
  /** Ids are unique: components, deep links and contacts address a division by its id. */
  divisions: v.pipe(
    v.array(DivisionSchema),
    v.check((divisions) => new Set(divisions.map((d) => d.id)).size == divisions.length, UNIQUE_IDS),
  ),
  /** The number of divisions the text declares (設19個內設機構), whether or not it lists them all. */
  declaredDivisionCount: v.optional(count(0)),
  /** Sentences of the division section that are not divisions. */
  divisionNotes: v.optional(v.array(DivisionNoteSchema)),
  /** The notice the text was wrapped in, when it was. */
  promulgation: v.optional(PromulgationSchema),
  /** True when the text stops mid-item (cut off by a website's pagination). */
  truncated: v.optional(v.boolean()),
  leaders: v.array(LeaderSchema),
  staffing: v.optional(StaffingSchema),
  contacts: v.optional(v.array(ContactSchema)),
  provenance: ProvenanceSchema,
  search: v.optional(SearchAidsSchema),
});
