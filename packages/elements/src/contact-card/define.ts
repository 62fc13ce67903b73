import { defineElement } from '../shared/define.js';
import { SandingContactCard } from './contact-card.js';

export { SandingContactCard } from './contact-card.js';
// Types only: the event classes' declarations (and GlobalEventHandlersEventMap) reach this entry's .d.ts.
export type { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from '../shared/events.js';

defineElement('sanding-contact-card', SandingContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'sanding-contact-card': SandingContactCard;
  }
}
