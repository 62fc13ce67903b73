/** Reads Regulation JSON for `validate`, `index` and `lookup --data`, reporting problems one way. */
import type { Regulation } from '@sanding/data';
import { validateRegulation } from '@sanding/data/validate';
import { CliError } from './errors.js';
import type { Io } from './io.js';
import { readJsonFile } from './io.js';

/** The exit status of input with problems: a text with errors, JSON that is not a Regulation. */
export const EXIT_INVALID = 65;

/**
 * Reads and validates a Regulation file. On problems, prints one line per problem on standard
 * error, `FILE: $.json.path: message` (as `parse` prints `FILE:LINE:COL: …`), then throws a
 * CliError with the count and exit status EXIT_INVALID.
 */
export async function readRegulationFile(file: string, io: Io): Promise<Regulation> {
  const result = validateRegulation(await readJsonFile(file));
  if (result.ok) return result.regulation;
  for (const issue of result.issues) io.stderr.write(`${file}: ${issue.path}: ${issue.message}\n`);
  const count = result.issues.length;
  throw new CliError(`${file}: not a valid Regulation (${count} problem${count === 1 ? '' : 's'})`, EXIT_INVALID);
}
