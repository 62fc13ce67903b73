/**
 * What a component does with the response to its `src`: the status, the JSON, the validation.
 * Loaded lazily, while the request is under way, so that pages that never use `src` never
 * download it (the directory's initial chunk would not fit its budget with it); the validator it
 * needs loads as its own chunk, also while the request runs.
 */
import type { Regulation } from '@sanding/data';
import type { SandingErrorDetail } from './events.js';
import type * as Validator from './validate.js';

/** Reads the response to `src`; `request` is undefined when `src` was refused (isFetchableSrc). */
export async function readRegulation(
  src: string,
  request: Promise<Response> | undefined,
): Promise<{ regulation: Regulation } | SandingErrorDetail> {
  if (!request) return { reason: 'invalid-src', message: `src must be an http(s) or relative URL: ${src}` };
  const validator = import('./validate.js');
  // Not awaited until the response is there: a failed download is reported once, below.
  validator.catch(() => undefined);
  let response: Response;
  try {
    response = await request;
  } catch (error) {
    return { reason: 'network', message: `fetch ${src} failed: ${(error as Error).message}` };
  }
  if (!response.ok) return { reason: 'http', message: `fetch ${src}: HTTP ${response.status}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { reason: 'json', message: `${src} is not valid JSON` };
  }
  let validateRegulation: typeof Validator.validateRegulation;
  try {
    ({ validateRegulation } = await validator);
  } catch (error) {
    return { reason: 'network', message: `loading the validator failed: ${(error as Error).message}` };
  }
  const result = validateRegulation(json);
  if (result.ok) return { regulation: result.regulation };
  return {
    reason: 'invalid-data',
    message: `${src} is not a valid Regulation (${result.issues.length} problems)`,
    issues: result.issues,
  };
}
