// Which duties of the agency each division carries out (the duty → division cross-reference),
// indexed once per regulation: the panels, their text and the filter all ask, per division.
import type { Duty, Regulation } from '@sanding/data';

const indexes = new WeakMap<Regulation, ReadonlyMap<string, readonly Duty[]>>();

/** The duties `divisionId` carries out, in the regulation's order. */
export function dutiesOf(regulation: Regulation, divisionId: string): readonly Duty[] {
  let index = indexes.get(regulation);
  if (!index) {
    // Indexed loops, not for…of: this runs once, cold, in the first render, where the
    // interpreter's iterators over thousands of duties cost several times as much.
    const made = new Map<string, Duty[]>();
    const { duties } = regulation;
    for (let i = 0; i < duties.length; i++) {
      const duty = duties[i] as Duty;
      const ids = duty.divisions ?? [];
      for (let j = 0; j < ids.length; j++) {
        const list = made.get(ids[j] as string);
        if (list) list.push(duty);
        else made.set(ids[j] as string, [duty]);
      }
    }
    indexes.set(regulation, (index = made));
  }
  return index.get(divisionId) ?? [];
}
