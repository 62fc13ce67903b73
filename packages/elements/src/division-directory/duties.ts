// Which duties of the agency each division carries out (the duty → division cross-reference),
// indexed once per regulation: the panels, their text and the filter all ask, per division.
import type { Duty, Regulation } from '@sanding/data';

const indexes = new WeakMap<Regulation, ReadonlyMap<string, readonly Duty[]>>();

/** The duties `divisionId` carries out, in the regulation's order. */
export function dutiesOf(regulation: Regulation, divisionId: string): readonly Duty[] {
  let index = indexes.get(regulation);
  if (!index) {
    const made = new Map<string, Duty[]>();
    for (const duty of regulation.duties)
      for (const id of duty.divisions ?? []) {
        const list = made.get(id);
        if (list) list.push(duty);
        else made.set(id, [duty]);
      }
    indexes.set(regulation, (index = made));
  }
  return index.get(divisionId) ?? [];
}
