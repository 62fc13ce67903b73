/** Current schema version. Bumped on any breaking change to the shape. */
export const SCHEMA_VERSION = 2 as const;
/** Versions `validateRegulation` and `mergeRegulation` read; older ones are migrated on read (docs/decisions/schema-2.md). */
export const READABLE_SCHEMA_VERSIONS = [1, 2] as const;
/** `$id` of the published JSON Schema (shipped as `@sanding/data/regulation.schema.json`). */
export const SCHEMA_ID = 'https://sanding.dev/schema/regulation-2.json';
