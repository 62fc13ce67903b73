/**
 * @sanding/elements: registers every component. To register one, import its own entry point,
 * e.g. `@sanding/elements/contact-card`.
 */
export * from './division-directory/define.js';
export * from './duty-lookup/define.js';
export * from './contact-card/define.js';
export * from './org-chart/define.js';
export { SandingElement } from './shared/sanding-element.js';
export { SandingErrorEvent, SandingSearchEvent, SandingSelectEvent } from './shared/events.js';
export type {
  SandingErrorDetail,
  SandingErrorReason,
  SandingSearchDetail,
  SandingSelectDetail,
} from './shared/events.js';
export { VERSION } from './shared/define.js';
export type { UiLanguage } from './i18n/index.js';
