/** Every page of the site, in navigation order. The build inputs and the header nav come from here. */
export interface Page {
  /** The HTML file, relative to docs/; every page sits at the top level, so links are `./file`. */
  readonly file: string;
  /** The label in the header nav. */
  readonly nav: string;
  /** Pages of the same group are listed together under its label. */
  readonly group?: 'Components';
  /** For a component page: the tag whose API tables it shows. */
  readonly tag?: string;
}

export const PAGES: readonly Page[] = [
  { file: 'index.html', nav: 'Home' },
  { file: 'getting-started.html', nav: 'Getting started' },
  {
    file: 'division-directory.html',
    nav: 'Division directory',
    group: 'Components',
    tag: 'sanding-division-directory',
  },
  { file: 'duty-lookup.html', nav: 'Duty lookup', group: 'Components', tag: 'sanding-duty-lookup' },
  { file: 'contact-card.html', nav: 'Contact card', group: 'Components', tag: 'sanding-contact-card' },
  { file: 'org-chart.html', nav: 'Org chart', group: 'Components', tag: 'sanding-org-chart' },
  { file: 'data-model.html', nav: 'Data model' },
  { file: 'studio.html', nav: 'Studio' },
  { file: 'publish.html', nav: 'Publish' },
  { file: 'theming.html', nav: 'Theming' },
  { file: 'accessibility.html', nav: 'Accessibility' },
  { file: 'hosting.html', nav: 'Hosting' },
];
