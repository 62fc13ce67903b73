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
