import {
  parseRegulation,
  type Contact,
  type Diagnostic,
  type Provenance,
  type Regulation,
  type Script,
  type SourcedText,
} from '@sanding/data';
import { validateRegulation } from '@sanding/data/validate';
import { CONVERSION_TOOL, SIMPLIFIED_CORRECTIONS, convertScript, toSimplified } from './convert.js';
import { addSearchAids } from './search-aids.js';

/** A dataset's meta.json: what the text does not say, each fact with its source. */
export interface DatasetMeta {
  readonly id: string;
  readonly datasetVersion: string;
  readonly provenance: Pick<Provenance, 'source' | 'retrieved' | 'notes'>;
  readonly agency?: { readonly nameEn?: string };
  /** Unofficial English names, by division id. */
  readonly divisions?: Readonly<Record<string, string>>;
  /** Contacts; their values are converted to the dataset's script. */
  readonly contacts?: readonly Contact[];
}

export interface DatasetInput {
  /** The regulation text as published, in Traditional script. */
  readonly source: string;
  readonly script: Script;
  readonly meta: DatasetMeta;
  /** The reviewed cross-reference: duty id → ids of the divisions that carry it out. */
  readonly crossReference: Readonly<Record<string, readonly string[]>>;
}

export interface DatasetBuild {
  readonly regulation: Regulation;
  readonly diagnostics: readonly Diagnostic[];
  /** Problems with meta.json, crossref.json or the result's schema; any one fails the build. */
  readonly problems: readonly string[];
}

/**
 * Produces one script of a bundled dataset: parse the source (converted with OpenCC for
 * zh-Hans), then add the sourced facts of meta.json, the reviewed cross-reference and the
 * search aids, and validate the result.
 */
export function buildDataset({ source, script, meta, crossReference }: DatasetInput): DatasetBuild {
  const text = script === 'zh-Hant' ? source : toSimplified(source);
  const parsed = parseRegulation(text, { id: meta.id, lang: script });
  const problems: string[] = [];
  const divisionIds = new Set(parsed.regulation.divisions.map((d) => d.id));
  const dutyIds = new Set(parsed.regulation.duties.map((d) => d.id));

  for (const id of Object.keys(meta.divisions ?? {})) {
    if (!divisionIds.has(id)) problems.push(`meta.json names division ${id}, which the text does not have`);
  }
  for (const [dutyId, ids] of Object.entries(crossReference)) {
    if (!dutyIds.has(dutyId)) problems.push(`crossref.json names duty ${dutyId}, which the text does not have`);
    for (const id of ids)
      if (!divisionIds.has(id))
        problems.push(`crossref.json maps ${dutyId} to division ${id}, which the text does not have`);
  }

  const provenanceSource = meta.provenance.source;
  const regulation: Regulation = {
    ...parsed.regulation,
    agency: {
      ...parsed.regulation.agency,
      ...(meta.agency?.nameEn ? { nameEn: { text: meta.agency.nameEn, official: false } } : {}),
    },
    duties: parsed.regulation.duties.map((duty) => ({ ...duty, divisions: [...(crossReference[duty.id] ?? [])] })),
    divisions: parsed.regulation.divisions.map((division) => {
      const nameEn = meta.divisions?.[division.id];
      return nameEn ? { ...division, nameEn: { text: nameEn, official: false } } : division;
    }),
    leaders: parsed.regulation.leaders.map((leader) => ({
      ...leader,
      source: { ...leader.source, title: provenanceSource.title },
    })),
    ...(meta.contacts ? { contacts: meta.contacts.map((contact) => inScript(contact, script)) } : {}),
    provenance: {
      ...parsed.regulation.provenance,
      source: provenanceSource,
      retrieved: meta.provenance.retrieved,
      datasetVersion: meta.datasetVersion,
      notes: [...meta.provenance.notes],
      ...(script === 'zh-Hans'
        ? {
            conversion: {
              from: 'zh-Hant' as const,
              tool: CONVERSION_TOOL,
              corrections: SIMPLIFIED_CORRECTIONS.map(([a, b]) => [a, b] as [string, string]),
            },
          }
        : {}),
    },
  };
  if (script === 'zh-Hans') {
    regulation.provenance.notes.push(
      'This Simplified text is a machine conversion of the Traditional source (OpenCC t→cn plus the corrections listed in conversion), not a published text.',
    );
  }

  const indexed = addSearchAids(regulation);
  const result = validateRegulation(indexed);
  if (!result.ok) for (const issue of result.issues) problems.push(`${issue.path}: ${issue.message}`);
  return { regulation: indexed, diagnostics: parsed.diagnostics, problems };
}

function inScript(contact: Contact, script: Script): Contact {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(contact)) {
    out[key] =
      key === 'divisionId' || key === 'website'
        ? value
        : { ...(value as SourcedText), value: convertScript((value as SourcedText).value, script) };
  }
  return out as Contact;
}
