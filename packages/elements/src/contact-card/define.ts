import { defineElement } from '../shared/define.js';
import { SandingContactCard } from './contact-card.js';

export { SandingContactCard } from './contact-card.js';
export { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from '../shared/events.js';

defineElement('sanding-contact-card', SandingContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'sanding-contact-card': SandingContactCard;
  }
}
