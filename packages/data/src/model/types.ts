import type * as v from 'valibot';
import type {
  AgencySchema,
  BasisSchema,
  ClauseSchema,
  ContactSchema,
  DivisionSchema,
  DutySchema,
  DutyAdjustmentSchema,
  DivisionNoteSchema,
  PromulgationSchema,
  EnglishNameSchema,
  FunctionTransformationSchema,
  LeaderSchema,
  LeadershipPostSchema,
  ProvenanceSchema,
  ProvisionInput,
  RegulationSchema,
  ScriptSchema,
  SearchAidsSchema,
  SourceSchema,
  SourcedTextSchema,
  StaffingSchema,
} from './schema.js';

/** The types are inferred from the schema: one source of truth (see schema.ts). */
export type Script = v.InferOutput<typeof ScriptSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type EnglishName = v.InferOutput<typeof EnglishNameSchema>;
export type Provision = ProvisionInput;
export type Agency = v.InferOutput<typeof AgencySchema>;
export type Basis = v.InferOutput<typeof BasisSchema>;
export type Duty = v.InferOutput<typeof DutySchema>;
export type DutyAdjustment = v.InferOutput<typeof DutyAdjustmentSchema>;
export type DivisionNote = v.InferOutput<typeof DivisionNoteSchema>;
export type Promulgation = v.InferOutput<typeof PromulgationSchema>;
export type FunctionTransformation = v.InferOutput<typeof FunctionTransformationSchema>;
export type Clause = v.InferOutput<typeof ClauseSchema>;
export type Division = v.InferOutput<typeof DivisionSchema>;
export type LeadershipPost = v.InferOutput<typeof LeadershipPostSchema>;
export type Staffing = v.InferOutput<typeof StaffingSchema>;
export type Leader = v.InferOutput<typeof LeaderSchema>;
export type SourcedText = v.InferOutput<typeof SourcedTextSchema>;
export type Contact = v.InferOutput<typeof ContactSchema>;
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;
export type SearchAids = v.InferOutput<typeof SearchAidsSchema>;
type ReadableRegulation = v.InferOutput<typeof RegulationSchema>;
/** A three-determinations regulation (三定規定) as typed data, as this model writes it (schema 2). */
export type Regulation = Omit<ReadableRegulation, 'schemaVersion'> & { schemaVersion: 2 };
/** A file of schema 1, as portals host them: the agency always had a name. Migrated on read. */
export type RegulationV1 = Omit<ReadableRegulation, 'schemaVersion' | 'agency'> & {
  schemaVersion: 1;
  agency: Agency & { name: string };
};
