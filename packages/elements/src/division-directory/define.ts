import { defineElement } from '../shared/define.js';
import { SandingDivisionDirectory } from './division-directory.js';

export { SandingDivisionDirectory } from './division-directory.js';
// Types only: the event classes' declarations (and GlobalEventHandlersEventMap) reach this entry's .d.ts.
export type { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from '../shared/events.js';

defineElement('sanding-division-directory', SandingDivisionDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'sanding-division-directory': SandingDivisionDirectory;
  }
}
