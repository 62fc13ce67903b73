import type { Strings } from './strings.js';

export const en: Strings = {
  common: {
    loading: 'Loading…',
    empty: 'No data yet',
    errorTitle: 'The agency information cannot be shown',
    errors: {
      'invalid-src': 'The data address is not safe: only http(s) or relative addresses are accepted.',
      network: 'The data server cannot be reached. Please try again later.',
      http: 'The data server answered with an error.',
      json: 'The data file is not valid JSON.',
      'invalid-data': 'The data file does not have the expected format.',
      'unknown-dataset': 'The named dataset does not exist.',
    },
    unofficial: 'unofficial translation',
    source: 'Source',
    asOf: 'as of',
    dateUnknown: 'date unknown',
    citation: 'Citation',
  },
  directory: {},
  lookup: {},
  contact: {
    name: 'Name',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
    hours: 'Office hours',
    agencyFact: '(the agency’s)',
    label: 'Contact',
  },
  orgChart: {},
};
