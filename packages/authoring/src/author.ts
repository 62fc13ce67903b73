/**
 * From a regulation's text to the Regulation JSON a portal publishes, in one function: the
 * `sanding parse` command, the dataset build and a page in the browser all call it, so the same
 * text and inputs give the same bytes everywhere.
 */
import {
  assignStableIds,
  mergeRegulation,
  parseRegulation,
  type Contact,
  type Diagnostic,
  type EnglishName,
  type Provenance,
  type Regulation,
  type RegulationOverlay,
  type Script,
} from '@sanding/data';
import { validateRegulation } from '@sanding/data/validate';
import { pinyin } from 'pinyin-pro';
import { convertScript, conversionOf } from './convert.js';
import { addSearchAids, type SearchAidsOptions } from './search-aids.js';

/** English names the text does not give. A plain string is an unofficial translation. */
export interface EnglishNames {
  readonly agency?: string | EnglishName;
  /** By division id. */
  readonly divisions?: Readonly<Record<string, string | EnglishName>>;
}

/** What the text does not say about its own source; each field replaces the parser's. */
export type ProvenanceInput = Partial<Pick<Provenance, 'source' | 'retrieved' | 'datasetVersion' | 'notes'>>;

export interface AuthorOptions extends SearchAidsOptions {
  /** The script the text is written in; detected from the text when absent. */
  readonly lang?: Script;
  /**
   * Publish in this script: the text is converted with OpenCC before it is parsed, and the
   * provenance records the conversion (`sanding parse --script`).
   */
  readonly convertTo?: Script;
  /** Where the text comes from. With a `source`, the leaders and contacts read from the text cite it. */
  readonly provenance?: ProvenanceInput;
  /** English names of the agency and its divisions. */
  readonly names?: EnglishNames;
  /** The reviewed cross-reference: duty id → ids of the divisions that carry it out. */
  readonly crossReference?: Readonly<Record<string, readonly string[]>>;
  /** Current leaders and contacts from other sources, merged with `mergeRegulation`. */
  readonly overlay?: RegulationOverlay;
  /** Normalise half-width punctuation to full width (GB/T 15834); default false. */
  readonly normalizePunctuation?: boolean;
  /** Give divisions and duties stable ids from their names (pinyin), after names and cross-references apply. */
  readonly stableIds?: boolean;
}

export interface AuthoredRegulation {
  /** The Regulation, with its search aids. */
  readonly regulation: Regulation;
  /** The Regulation as published: JSON, two-space indented, with a final line end. */
  readonly json: string;
  /** The parser's errors and warnings, ordered by line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Inputs that name what the text does not have, and schema issues of the result. Any one
   * means the JSON should not be published.
   */
  readonly problems: readonly string[];
}

/** A contact read from the text, each of its fields citing `title` (the text's source) at its line. */
function citing(contact: Contact, title: string): Contact {
  const cited: Record<string, unknown> = { ...contact };
  for (const [field, value] of Object.entries(contact))
    if (value && typeof value === 'object' && 'source' in value)
      cited[field] = { ...value, source: { ...value.source, title } };
  return cited as Contact;
}

/**
 * Parses a regulation text and adds what the text does not say (provenance, English names, the
 * reviewed cross-reference, current leaders and contacts) and the search aids, then validates
 * the result. Never throws on a user's text or inputs; throws a TypeError on a malformed id
 * (a slug such as `dalian-stb`), as `parseRegulation` does.
 */
export function authorRegulation(text: string, id: string, options: AuthorOptions = {}): AuthoredRegulation {
  const { convertTo, provenance, names, crossReference, overlay } = options;
  const lang = convertTo ?? options.lang;
  const parsed = parseRegulation(convertTo ? convertScript(text, convertTo) : text, {
    id,
    ...(lang ? { lang } : {}),
    normalizePunctuation: options.normalizePunctuation ?? false,
  });
  const problems: string[] = [];
  const divisionIds = new Set(parsed.regulation.divisions.map((d) => d.id));
  const dutyIds = new Set(parsed.regulation.duties.map((d) => d.id));
  for (const divisionId of Object.keys(names?.divisions ?? {})) {
    if (!divisionIds.has(divisionId))
      problems.push(`an English name is given for division ${divisionId}, which the text does not have`);
  }
  for (const [dutyId, ids] of Object.entries(crossReference ?? {})) {
    if (!dutyIds.has(dutyId)) problems.push(`the cross-reference names duty ${dutyId}, which the text does not have`);
    for (const divisionId of ids)
      if (!divisionIds.has(divisionId))
        problems.push(`the cross-reference maps ${dutyId} to division ${divisionId}, which the text does not have`);
  }

  const base = parsed.regulation;
  const agencyName = names?.agency;
  const conversion = convertTo ? conversionOf(convertTo) : undefined;
  const sourceTitle = provenance?.source?.title;
  let regulation: Regulation = {
    ...base,
    agency: { ...base.agency, ...(agencyName ? { nameEn: englishName(agencyName) } : {}) },
    duties: crossReference
      ? base.duties.map((duty) => ({ ...duty, divisions: [...(crossReference[duty.id] ?? [])] }))
      : base.duties,
    divisions: base.divisions.map((division) => {
      const nameEn = names?.divisions?.[division.id];
      return nameEn ? { ...division, nameEn: englishName(nameEn) } : division;
    }),
    leaders: sourceTitle
      ? base.leaders.map((leader) => ({ ...leader, source: { ...leader.source, title: sourceTitle } }))
      : base.leaders,
    ...(base.contacts && sourceTitle ? { contacts: base.contacts.map((c) => citing(c, sourceTitle)) } : {}),
    provenance: {
      ...base.provenance,
      ...(provenance?.source ? { source: provenance.source } : {}),
      ...(provenance?.retrieved !== undefined ? { retrieved: provenance.retrieved } : {}),
      ...(provenance?.datasetVersion ? { datasetVersion: provenance.datasetVersion } : {}),
      notes: [...(provenance?.notes ?? base.provenance.notes), ...(conversion ? [conversion.note] : [])],
      ...(conversion ? { conversion: conversion.record } : {}),
    },
  };
  if (overlay) regulation = mergeRegulation(regulation, overlay);
  if (options.stableIds) {
    regulation = assignStableIds(regulation, (chunk) =>
      pinyin(chunk, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }),
    );
  }
  regulation = addSearchAids(regulation, options);

  const result = validateRegulation(regulation);
  if (!result.ok) for (const issue of result.issues) problems.push(`${issue.path}: ${issue.message}`);
  return { regulation, json: `${JSON.stringify(regulation, null, 2)}\n`, diagnostics: parsed.diagnostics, problems };
}

const englishName = (name: string | EnglishName): EnglishName =>
  typeof name === 'string' ? { text: name, official: false } : { text: name.text, official: name.official };
