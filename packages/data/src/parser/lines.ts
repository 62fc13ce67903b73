/**
 * Splitting a text into lines, with the offsets that diagnostics need.
 *
 * Lines end at `\r\n`, `\r` or `\n`. A byte order mark at the start of the text is not part of
 * line 1. Columns are 1-based and count UTF-16 code units of the line as written.
 */

/** One line of the source text. */
export interface SourceLine {
  /** 1-based line number. */
  readonly number: number;
  /** The line as written, without its line break (and, on line 1, without a BOM). */
  readonly raw: string;
  /** The line without leading and trailing white space (U+3000 included). */
  readonly text: string;
  /** 0-based offset of `text` within `raw`. */
  readonly start: number;
  /**
   * The length of the source line, when `raw` is longer: hard-wrapped lines joined into one keep
   * the first line's number, and columns past its end are clamped to it.
   */
  readonly sourceLength?: number;
}

const LINE_BREAK = /\r\n|\r|\n/;
const BOM = 0xfeff;

/** Splits `text` into lines; an empty text is one empty line. */
export function splitLines(text: string): SourceLine[] {
  const body = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  return body.split(LINE_BREAK).map((raw, index) => {
    const leading = raw.length - raw.trimStart().length;
    return { number: index + 1, raw, text: raw.trim(), start: leading };
  });
}

/** The 1-based column of the code unit at `offset` within a line's trimmed `text`. */
export function columnAt(line: SourceLine, offset: number): number {
  return Math.min(line.start + offset + 1, (line.sourceLength ?? line.raw.length) + 1);
}

/** The code units `\s` matches in a JavaScript regular expression, and `trim` removes. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
