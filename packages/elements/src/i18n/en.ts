import type { Strings } from './strings.js';

// English UI strings: one table, one export per section, so that a bundle carries only
// the sections of the components it registers (see index.ts).

export const common: Strings['common'] = {
  loading: 'Loading…',
  empty: 'No data yet',
  errorTitle: 'The agency information cannot be shown',
  errors: {
    network: 'The data server cannot be reached. Please try again later.',
  },
  unofficial: 'unofficial translation',
  source: 'Source: ',
  comma: ', ',
  asOf: 'as of',
  dateUnknown: 'date unknown',
  citation: 'Citation',
};

export const directory: Strings['directory'] = {
  divisions: 'Divisions',
  alsoKnownAs: 'Also known as',
  leaders: 'Leaders',
  expandAll: 'Show all sections',
  collapseAll: 'Hide all sections',
  show: 'Show',
  hide: 'Hide',
  unofficialNote: 'English names are unofficial translations.',
  filterLabel: 'Filter divisions',
  filterHint: 'Type a matter or a keyword, in Chinese, pinyin or English, e.g. “incubator”.',
};

export const lookup: Strings['lookup'] = {
  label: 'What do you need to do?',
  hint: (agency, divisions) => [
    `Finds the division responsible among the ${divisions} divisions of `,
    agency,
    '. Chinese, pinyin and English all work.',
  ],
  keys: 'Down arrow or Enter moves to the results, Up and Down arrows move between them, Enter chooses one, Escape clears the field.',
  examplesTitle: 'For example:',
  examples: ['incubator', 'foreign experts', 'technology awards'],
  results: 'Results',
  resultCount: (count, division) =>
    count === 1 ? `1 division found${division ? `: ${division}` : ''}` : `${count} divisions found`,
  didYouMean: 'Did you mean: ',
  openInDirectory: 'Show in the directory',
  contact: { phone: 'Phone', address: 'Address', hours: 'Office hours' },
  noMatch: (query) => `No division matches “${query}”.`,
  noMatchHint: 'Try other words, or browse all the divisions and their responsibilities.',
  browseDirectory: 'Browse the directory',
  duty: 'Main duty',
  preparing: 'Preparing the search…',
};

export const contact: Strings['contact'] = {
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  hours: 'Office hours',
  agencyFact: '(the agency’s)',
};

export const orgChart: Strings['orgChart'] = {
  title: 'Organisation chart',
  leadership: 'Leadership',
  posts: (title, count) => `${title}: ${count}`,
  offices: 'Offices',
  divisions: 'Divisions',
  other: 'Other units',
};
