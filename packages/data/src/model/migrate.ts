/**
 * Migration on read: a file of an older schema version becomes a Regulation of the current one.
 * Schema 2 only widened the agency's name to allow null, so a version-1 file is already a valid
 * version-2 regulation under its new number (docs/decisions/schema-2.md).
 */
import type { Regulation, RegulationV1 } from './types.js';

/** The regulation in the current schema; a current one is returned as it is. */
export function migrateRegulation(regulation: Regulation | RegulationV1): Regulation {
  return regulation.schemaVersion === 2 ? regulation : { ...regulation, schemaVersion: 2 };
}
