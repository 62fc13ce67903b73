/**
 * What the text lacks, as the forms hold it (plain strings, exactly as typed), and how it becomes
 * the inputs of the authoring step: `mergeRegulation`'s overlay, English names and notes. The
 * forms are validated with the Regulation schema itself, so a bad field is reported with the
 * JSON path it would have in the data.
 */
import type { Contact, EnglishName, Leader, Regulation, RegulationOverlay, Source, SourcedText } from '@sanding/data';
import type { ValidationIssue } from '@sanding/data/validate';
import type { AuthorInputs } from './pipeline';

/** A published source's other fields (date, locator), kept when published data is updated. */
type SourceRest = Omit<Source, 'title' | 'url'>;

export interface SourcedDraft {
  value: string;
  sourceTitle: string;
  sourceUrl: string;
  sourceRest?: SourceRest;
}

export interface LeaderDraft {
  title: string;
  name: string;
  sourceTitle: string;
  sourceUrl: string;
  sourceRest?: SourceRest;
  asOf: string;
}

export const CONTACT_FIELDS = ['address', 'phone', 'website', 'hours'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface ContactDraft extends Record<ContactField, SourcedDraft> {
  /** '' for the agency itself. */
  divisionId: string;
}

export interface NameDraft {
  text: string;
  source: string;
}

export interface FormsDraft {
  leaders: LeaderDraft[];
  contacts: ContactDraft[];
  names: { agency: NameDraft; divisions: Record<string, NameDraft> };
}

export const emptyLeader = (): LeaderDraft => ({ title: '', name: '', sourceTitle: '', sourceUrl: '', asOf: '' });
const emptySourced = (): SourcedDraft => ({ value: '', sourceTitle: '', sourceUrl: '' });
export const emptyContact = (): ContactDraft => ({
  divisionId: '',
  address: emptySourced(),
  phone: emptySourced(),
  website: emptySourced(),
  hours: emptySourced(),
});
export const emptyForms = (): FormsDraft => ({
  leaders: [],
  contacts: [],
  names: { agency: { text: '', source: '' }, divisions: {} },
});

const trim = (s: string): string => s.trim();
const blank = (values: readonly string[]): boolean => values.every((v) => !v.trim());

function source(title: string, url: string, rest: SourceRest = {}): Source {
  const { date, locator } = rest;
  return {
    title: trim(title),
    ...(trim(url) ? { url: trim(url) } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(locator !== undefined ? { locator } : {}),
  };
}

const restOf = ({ title: _title, url: _url, ...rest }: Source): SourceRest => rest;

function sourced(draft: SourcedDraft): SourcedText | undefined {
  if (blank([draft.value, draft.sourceTitle, draft.sourceUrl])) return undefined;
  return { value: trim(draft.value), source: source(draft.sourceTitle, draft.sourceUrl, draft.sourceRest) };
}

/** Leaders, skipping rows left blank; `rows[i]` is the form row of `leaders[i]`. */
function leadersOf(forms: FormsDraft): { leaders: Leader[]; rows: number[] } {
  const leaders: Leader[] = [];
  const rows: number[] = [];
  forms.leaders.forEach((l, row) => {
    if (blank([l.title, l.name, l.sourceTitle, l.sourceUrl, l.asOf])) return;
    rows.push(row);
    leaders.push({
      title: trim(l.title),
      name: trim(l.name),
      source: source(l.sourceTitle, l.sourceUrl, l.sourceRest),
      asOf: trim(l.asOf) || null,
    });
  });
  return { leaders, rows };
}

function contactsOf(forms: FormsDraft): Contact[] {
  return forms.contacts.map((c) => {
    const contact: Contact = c.divisionId ? { divisionId: c.divisionId } : {};
    for (const field of CONTACT_FIELDS) {
      const value = sourced(c[field]);
      if (value) contact[field] = value;
    }
    return contact;
  });
}

function englishName(draft: NameDraft | undefined): EnglishName | undefined {
  return draft && trim(draft.text) ? { text: trim(draft.text), official: !!trim(draft.source) } : undefined;
}

/** The forms as inputs of the authoring step. */
export function authorInputs(forms: FormsDraft): AuthorInputs {
  const { leaders } = leadersOf(forms);
  const contacts = contactsOf(forms).filter((c) => Object.keys(c).some((k) => k !== 'divisionId'));
  const overlay: RegulationOverlay = {
    ...(leaders.length ? { leaders } : {}),
    ...(contacts.length ? { contacts } : {}),
  };
  const divisions: Record<string, EnglishName> = {};
  for (const [id, draft] of Object.entries(forms.names.divisions)) {
    const name = englishName(draft);
    if (name) divisions[id] = name;
  }
  const agency = englishName(forms.names.agency);
  const notes = [forms.names.agency, ...Object.values(forms.names.divisions)]
    .filter((n) => trim(n.text) && trim(n.source))
    .map((n) => `The English name "${trim(n.text)}" is published at ${trim(n.source)}.`);
  return {
    ...(overlay.leaders || overlay.contacts ? { overlay } : {}),
    ...(agency || Object.keys(divisions).length ? { names: { ...(agency ? { agency } : {}), divisions } } : {}),
    ...(notes.length ? { provenance: { notes } } : {}),
  };
}

/**
 * The fields of the forms that the schema rejects, keyed by the form field's path
 * (`leaders.0.sourceUrl`), each with the JSON path it has in the data and the schema's message.
 * Checked on a copy of the regulation whose leaders, contacts and names are the forms' alone.
 */
export function formIssues(
  regulation: Regulation,
  forms: FormsDraft,
  validate: (value: unknown) => { readonly issues: readonly ValidationIssue[] },
): Map<string, ValidationIssue> {
  const { leaders, rows } = leadersOf(forms);
  const divisionIndex = new Map(regulation.divisions.map((d, i) => [d.id, i]));
  const agencyName = englishName(forms.names.agency);
  // Without the text's articles, duties and clauses (already valid, and most of the checking time).
  const probe: Regulation = {
    ...regulation,
    articles: [],
    duties: [],
    agency: { ...regulation.agency, ...(agencyName ? { nameEn: agencyName } : {}) },
    divisions: regulation.divisions.map((d) => {
      const nameEn = englishName(forms.names.divisions[d.id]);
      return { ...d, responsibilities: [], ...(nameEn ? { nameEn } : {}) };
    }),
    leaders,
    contacts: contactsOf(forms),
  };
  const fields = new Map<string, ValidationIssue>();
  for (const issue of validate(probe).issues) {
    const field = formField(issue.path, rows, divisionIndex);
    if (field && !fields.has(field)) fields.set(field, issue);
  }
  return fields;
}

const LEADER_FIELDS: Readonly<Record<string, keyof LeaderDraft>> = {
  title: 'title',
  name: 'name',
  'source.title': 'sourceTitle',
  'source.url': 'sourceUrl',
  'source.date': 'asOf',
  asOf: 'asOf',
};

/** `$.leaders[0].source.url` → `leaders.0.sourceUrl`; `$.contacts[1].phone.source.title` → `contacts.1.phone.sourceTitle`. */
function formField(
  path: string,
  leaderRows: readonly number[],
  divisions: ReadonlyMap<string, number>,
): string | undefined {
  const leader = /^\$\.leaders\[(\d+)\]\.(.+)$/.exec(path);
  if (leader) {
    const field = LEADER_FIELDS[leader[2] ?? ''];
    const row = leaderRows[Number(leader[1])];
    return field && row !== undefined ? `leaders.${row}.${field}` : undefined;
  }
  const contact = /^\$\.contacts\[(\d+)\]\.(\w+)\.(value|source\.title|source\.url)$/.exec(path);
  if (contact) {
    const part = contact[3] === 'value' ? 'value' : contact[3] === 'source.title' ? 'sourceTitle' : 'sourceUrl';
    return `contacts.${contact[1]}.${contact[2]}.${part}`;
  }
  if (path.startsWith('$.agency.nameEn')) return 'names.agency';
  const division = /^\$\.divisions\[(\d+)\]\.nameEn/.exec(path);
  if (division) {
    const id = [...divisions].find(([, i]) => i === Number(division[1]))?.[0];
    return id ? `names.divisions.${id}` : undefined;
  }
  return undefined;
}

/** The forms filled from published data, so its leaders and contacts can be updated. */
export function formsFrom(regulation: Regulation): FormsDraft {
  const draftOf = (s: SourcedText | undefined): SourcedDraft =>
    s
      ? { value: s.value, sourceTitle: s.source.title, sourceUrl: s.source.url ?? '', sourceRest: restOf(s.source) }
      : emptySourced();
  return {
    leaders: regulation.leaders.map((l) => ({
      title: l.title,
      name: l.name,
      sourceTitle: l.source.title,
      sourceUrl: l.source.url ?? '',
      sourceRest: restOf(l.source),
      asOf: l.asOf ?? '',
    })),
    contacts: (regulation.contacts ?? []).map((c) => ({
      divisionId: c.divisionId ?? '',
      address: draftOf(c.address),
      phone: draftOf(c.phone),
      website: draftOf(c.website),
      hours: draftOf(c.hours),
    })),
    names: { agency: { text: '', source: '' }, divisions: {} },
  };
}
