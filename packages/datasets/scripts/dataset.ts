import type { Contact, Provenance, Script, SourcedText } from '@sanding/data';
import { authorRegulation, convertScript, type AuthoredRegulation } from '@sanding/authoring';

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

/**
 * Produces one script of a bundled dataset with the authoring function `sanding parse` uses:
 * the source (converted with OpenCC for zh-Hans) parsed, with the sourced facts of meta.json, the
 * reviewed cross-reference and the search aids added, and validated.
 */
export function buildDataset({ source, script, meta, crossReference }: DatasetInput): AuthoredRegulation {
  return authorRegulation(source, meta.id, {
    ...(script === 'zh-Hant' ? { lang: script } : { convertTo: script }),
    // Full-width punctuation (GB/T 15834), as `sanding parse` writes by default; only punctuation changes.
    normalizePunctuation: true,
    provenance: { ...meta.provenance, datasetVersion: meta.datasetVersion },
    names: { ...(meta.agency?.nameEn ? { agency: meta.agency.nameEn } : {}), divisions: meta.divisions ?? {} },
    crossReference,
    ...(meta.contacts ? { overlay: { contacts: meta.contacts.map((contact) => inScript(contact, script)) } } : {}),
  });
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
