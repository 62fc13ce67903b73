import { migrateRegulation } from './model/migrate.js';
import type { Contact, Leader, Regulation, RegulationV1 } from './model/types.js';

/** What a portal knows better than the dataset: its current leaders and contacts. */
export interface RegulationOverlay {
  /**
   * Current leaders, each with its own source and as-of date. A leader replaces the dataset's
   * leaders of the same title (the text's 局長 is replaced by the portal's 局長); other titles
   * are added after the dataset's.
   */
  readonly leaders?: readonly Leader[];
  /**
   * Contacts, matched to the dataset's by `divisionId` (absent = the agency). Each field the
   * overlay gives (address, phone, email, website, hours) replaces the dataset's; the others are
   * kept.
   */
  readonly contacts?: readonly Contact[];
}

/**
 * Merges a portal's own leaders and contacts over a dataset's, returning a new Regulation (the
 * inputs are not changed). Every fact keeps its own source, so a reader can tell the portal's
 * facts from the regulation text's.
 *
 * A base of schema 1 (a file a portal already hosts) is migrated first: the result is current.
 *
 * A missing overlay (`null` or `undefined`, say a portal's file that is not there yet) merges
 * nothing: the result equals the base.
 *
 * @throws {RangeError} when a contact's `divisionId` names no division of `base` (the message
 * names the id): merging it would give a Regulation that fails validation.
 *
 * @example
 * const merged = mergeRegulation(regulation, {
 *   leaders: [{ title: '局长', name: '…', source: { title: 'Our website', url: 'https://…' }, asOf: '2026-01-01' }],
 *   contacts: [{ phone: { value: '0411-…', source: { title: 'Our website' } } }],
 * });
 */
export function mergeRegulation(
  hosted: Regulation | RegulationV1,
  overlay: RegulationOverlay | null | undefined,
): Regulation {
  const base = migrateRegulation(hosted);
  const merged: Regulation = { ...base };
  if (!overlay) return merged;
  if (overlay.leaders) {
    // Each dataset leader whose title the portal gives is replaced, in place, by the portal's
    // leaders of that title; the portal's other titles follow the dataset's leaders.
    const baseTitles = new Set(base.leaders.map((l) => l.title));
    const placed = new Set<string>();
    const leaders: Leader[] = [];
    for (const leader of base.leaders) {
      const replacements = overlay.leaders.filter((l) => l.title === leader.title);
      if (!replacements.length) leaders.push(leader);
      else if (!placed.has(leader.title)) {
        placed.add(leader.title);
        leaders.push(...replacements);
      }
    }
    leaders.push(...overlay.leaders.filter((l) => !baseTitles.has(l.title)));
    merged.leaders = leaders;
  }
  if (overlay.contacts) {
    const contacts = [...(base.contacts ?? [])];
    const divisionIds = new Set(base.divisions.map((d) => d.id));
    for (const extra of overlay.contacts) {
      if (extra.divisionId !== undefined && !divisionIds.has(extra.divisionId)) {
        throw new RangeError(
          `mergeRegulation: a contact names division "${extra.divisionId}", which ${base.id} does not have`,
        );
      }
      const i = contacts.findIndex((c) => c.divisionId === extra.divisionId);
      if (i === -1) contacts.push({ ...extra });
      else contacts[i] = { ...contacts[i], ...withoutUndefined(extra) };
    }
    merged.contacts = contacts;
  }
  return merged;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
