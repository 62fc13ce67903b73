/**
 * Runtime validation of Regulation JSON. A separate entry point (`@sanding/data/validate`) so
 * that code which never sees external JSON never loads Valibot. No eval, no `new Function`.
 */
import { RegulationSchema } from '../model/schema.js';
import { migrateRegulation } from '../model/migrate.js';
import type { Regulation, RegulationV1 } from '../model/types.js';

/** One problem with a value, at a JSON path such as `$.divisions[3].name`. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly regulation: Regulation; readonly issues: readonly [] }
  | { readonly ok: false; readonly regulation: undefined; readonly issues: readonly ValidationIssue[] };

/**
 * Formats a Valibot issue path as a JSONPath: `$.divisions[3].name`. The schema's keys are all
 * identifiers (unknown keys are ignored, never reported), so no key needs quoting.
 */
function jsonPath(path: readonly { key: unknown }[] = []): string {
  return path.reduce<string>((out, { key }) => out + (typeof key == 'number' ? `[${key}]` : `.${key as string}`), '$');
}

/**
 * Checks that `value` is a Regulation (of the current schema, or of schema 1, which is migrated:
 * the result is always current): its shape, and that no two divisions share an id (the
 * components, deep links and contacts address a division by its id). Reports every problem,
 * each with its JSON path. Never throws, not even on a value whose getters throw (a Proxy, an
 * object with accessors): that is one issue at `$`.
 */
export function validateRegulation(value: unknown): ValidationResult {
  let result: { value?: unknown; issues?: readonly { message: string; path?: readonly { key: unknown }[] }[] };
  try {
    // The schema's Standard Schema entry: Valibot's own, synchronous, reporting every issue
    // (smaller in the lazily loaded chunk than `safeParse`).
    result = RegulationSchema['~standard'].validate(value) as typeof result;
  } catch {
    // A getter threw (a Proxy, an accessor): one issue at the root, whose path is `$`.
    result = { issues: [{ message: 'could not be read: a property threw' }] };
  }
  if (!result.issues) {
    return { ok: true, regulation: migrateRegulation(result.value as Regulation | RegulationV1), issues: [] };
  }
  const issues = result.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
  return { ok: false, regulation: undefined, issues };
}

/** Like `validateRegulation`, but throws a `RegulationValidationError` listing every issue. */
export function assertRegulation(value: unknown): Regulation {
  const result = validateRegulation(value);
  if (result.ok) return result.regulation;
  throw new RegulationValidationError(result.issues);
}

export class RegulationValidationError extends Error {
  // `declare`: no class field for ES2021 to lower into a helper in the lazily loaded validator.
  declare readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super(`Invalid regulation:\n${issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
    this.name = 'RegulationValidationError';
    this.issues = issues;
  }
}
