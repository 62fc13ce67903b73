import { defineElement } from '../shared/define.js';
import { SandingOrgChart } from './org-chart.js';

export { SandingOrgChart } from './org-chart.js';
// Types only: the event classes' declarations (and GlobalEventHandlersEventMap) reach this entry's .d.ts.
export type { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from '../shared/events.js';

defineElement('sanding-org-chart', SandingOrgChart);

declare global {
  interface HTMLElementTagNameMap {
    'sanding-org-chart': SandingOrgChart;
  }
}
