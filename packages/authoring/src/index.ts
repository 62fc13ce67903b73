/**
 * @sanding/authoring: what turns a regulation's text into publishable data, in browsers and in
 * Node. The lookup engine and the components never load it.
 */
export { authorRegulation } from './author.js';
export type { AuthorOptions, AuthoredRegulation, EnglishNames, ProvenanceInput } from './author.js';
export { SIMPLIFIED_CORRECTIONS, convertScript, toSimplified, toTraditional } from './convert.js';
export { addSearchAids, FOLDING_ATTRIBUTION } from './search-aids.js';
export type { SearchAidsOptions } from './search-aids.js';
export { readingTable } from './readings.js';
export { proposeCrossReference } from './crossref.js';
export type { CrossReference } from './crossref.js';
