/**
 * What the studio accepts as a regulation text. The limit is the CLI's: a text `sanding parse`
 * reads, the studio reads too. Regulations are tens of kilobytes; megabytes are a mistake.
 */

/** At most 8 MB of UTF-8, as `sanding parse`. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

export type Rejection = { readonly reason: 'too-large'; readonly bytes: number } | { readonly reason: 'binary' };

/** UTF-8 length, without encoding a short text. */
function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_TEXT_BYTES) return text.length * 3;
  return new TextEncoder().encode(text).length;
}

/**
 * Why a text cannot be a regulation, or undefined when it can. Binary data shows as NUL bytes,
 * replacement characters of a failed decoding, or a run of control characters.
 */
export function rejectText(text: string): Rejection | undefined {
  if (text.length * 3 > MAX_TEXT_BYTES) {
    const bytes = utf8Length(text);
    if (bytes > MAX_TEXT_BYTES) return { reason: 'too-large', bytes };
  }
  // Control characters a text file never holds (tab, line ends and form feed are allowed).
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return { reason: 'binary' };
    if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) controls++;
  }
  if (controls > Math.max(8, text.length / 100)) return { reason: 'binary' };
  return undefined;
}
