/** Current schema version. Bumped on any breaking change to the shape. */
export const SCHEMA_VERSION = 1 as const;
/** `$id` of the published JSON Schema (shipped as `@sanding/data/regulation.schema.json`). */
export const SCHEMA_ID = 'https://sanding.dev/schema/regulation-1.json';
