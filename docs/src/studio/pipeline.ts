/**
 * The one place where the studio turns text into data. The worker calls only these two functions:
 * `readText` on every pause in typing (fast: the parser alone, for the diagnostics and the
 * structure), and `author`, which is `authorRegulation` of @sanding/authoring, the function that
 * `sanding parse FILE --id ID` calls: the same text and inputs give the same bytes in both.
 * The authoring package (OpenCC, pinyin) is loaded the first time it is needed.
 */
import { parseRegulation, type ParseResult } from '@sanding/data';
import type { AuthoredRegulation, AuthorOptions } from '@sanding/authoring';

/** What the studio adds to the text: the forms' leaders, contacts, English names and notes; a script to convert to. */
export type AuthorInputs = Pick<AuthorOptions, 'convertTo' | 'names' | 'overlay' | 'provenance'>;

/**
 * What `sanding parse` does unless told otherwise: punctuation normalised, stable ids. The
 * equality test (tests/pages/studio.test.mjs) fails if the two ever differ.
 */
const AS_THE_CLI = { normalizePunctuation: true, stableIds: true } as const;

/** The parser alone: the structure and the diagnostics of a text. */
export function readText(text: string, id: string): ParseResult {
  return parseRegulation(text, { id, normalizePunctuation: AS_THE_CLI.normalizePunctuation });
}

/** The publishable Regulation and its JSON, exactly as the CLI makes it. */
export async function author(text: string, id: string, inputs: AuthorInputs): Promise<AuthoredRegulation> {
  const { authorRegulation } = await import('@sanding/authoring');
  return authorRegulation(text, id, { ...AS_THE_CLI, ...inputs });
}
