import { defineElement } from '../shared/define.js';
import { SandingDutyLookup } from './duty-lookup.js';

export { SandingDutyLookup } from './duty-lookup.js';
// Types only: the event classes' declarations (and GlobalEventHandlersEventMap) reach this entry's .d.ts.
export type { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from '../shared/events.js';

defineElement('sanding-duty-lookup', SandingDutyLookup);

declare global {
  interface HTMLElementTagNameMap {
    'sanding-duty-lookup': SandingDutyLookup;
  }
}
