import { defineElement } from '../shared/define.js';
import { SandingDivisionDirectory } from './division-directory.js';

export { SandingDivisionDirectory } from './division-directory.js';
export { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from '../shared/events.js';

defineElement('sanding-division-directory', SandingDivisionDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'sanding-division-directory': SandingDivisionDirectory;
  }
}
