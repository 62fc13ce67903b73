/**
 * @sanding/elements/react: React wrappers for the four components, made with @lit/react.
 * Importing this module registers the custom elements. Properties (such as `regulation`) are
 * set as properties, not attributes, and the Sanding events each component fires are React
 * props: `onSandingError` on all four, `onSandingSelect` on DutyLookup and OrgChart,
 * `onSandingSearch` on DutyLookup.
 *
 * Name a bundled dataset with the `datasetId` prop (the `dataset` attribute's property): a prop
 * called `dataset` would be set as HTMLElement's own `dataset` property, which cannot be assigned.
 *
 * ```tsx
 * import { DutyLookup } from '@sanding/elements/react';
 * <DutyLookup datasetId="dalian-stb" onSandingSelect={(e) => console.log(e.detail.division.name)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SandingContactCard } from './contact-card/define.js';
import { SandingDivisionDirectory } from './division-directory/define.js';
import { SandingDutyLookup } from './duty-lookup/define.js';
import { SandingOrgChart } from './org-chart/define.js';
import type { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from './shared/events.js';

const onSandingError = 'sanding-error' as EventName<SandingErrorEvent>;
const onSandingSelect = 'sanding-select' as EventName<SandingSelectEvent>;
const onSandingSearch = 'sanding-search' as EventName<SandingSearchEvent>;

/** `<sanding-division-directory>` for React. */
export const DivisionDirectory = createComponent({
  react: React,
  tagName: 'sanding-division-directory',
  elementClass: SandingDivisionDirectory,
  displayName: 'DivisionDirectory',
  events: { onSandingError },
});

/** `<sanding-duty-lookup>` for React. */
export const DutyLookup = createComponent({
  react: React,
  tagName: 'sanding-duty-lookup',
  elementClass: SandingDutyLookup,
  displayName: 'DutyLookup',
  events: { onSandingError, onSandingSelect, onSandingSearch },
});

/** `<sanding-contact-card>` for React. */
export const ContactCard = createComponent({
  react: React,
  tagName: 'sanding-contact-card',
  elementClass: SandingContactCard,
  displayName: 'ContactCard',
  events: { onSandingError },
});

/** `<sanding-org-chart>` for React. */
export const OrgChart = createComponent({
  react: React,
  tagName: 'sanding-org-chart',
  elementClass: SandingOrgChart,
  displayName: 'OrgChart',
  events: { onSandingError, onSandingSelect },
});

export type { SandingErrorDetail, SandingSearchDetail, SandingSelectDetail } from './shared/events.js';
export { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from './shared/events.js';
