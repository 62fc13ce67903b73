/**
 * Splitting a text into lines, with the offsets that diagnostics need.
 *
 * Lines end at `\r\n`, `\r` or `\n`. A byte order mark at the start of the text is not part of
 * line 1. Columns are 1-based and count UTF-16 code units of the line as written. A web page's markup
 * copied with the text (&nbsp;, <br>) counts as white space.
 */
import { ShortStrings } from './lists.js';

/** One line of the source text. */
export interface SourceLine {
  /** 1-based line number. */
  readonly number: number;
  /** The line as written, without its line break (and, on line 1, without a BOM; markup blanked). */
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
  /**
   * 0-based position among the text's logical lines (`layoutLines` numbers them): the coverage
   * marks lines in a list by it, instead of keeping a set of line objects.
   */
  index: number;
}

const BOM = 0xfeff;

/**
 * A web page's markup that a copy of its text can carry: white-space entities (&nbsp;, &#12288;) and
 * the tags of line breaks, paragraphs and inline formatting (<br>, <p class="…">, </span>), each
 * within its line (a tag split over two lines is left as it is: blanking it would join them).
 */
const MARKUP =
  /&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);|<\/?(?:br|[pbiu]|div|span|font|strong|em)(?:[ \t][^<>\r\n]{0,200})?[ \t]*\/?>/giu;
/** As many spaces as `match` has code units. */
const blank = (match: string): string => ' '.repeat(match.length);
const CR = 0x0d;
const LF = 0x0a;

/** The end of the line that starts at `from`: the offset of its line break, or the text's length. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return i;
  }
  return text.length;
}

/** The offset after the line break at `end` (`\r\n` is one break). */
function nextLineStart(text: string, end: number): number {
  return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

/**
 * Splits `text` into lines; an empty text is one empty line. The lines are counted first, so the
 * list is made at its size: a list grown line by line is copied each time it grows, and a long
 * text's copies are large objects of their own.
 */
export function splitLines(text: string): SourceLine[] {
  const written = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  // A page's markup copied with its text (&nbsp;, <br>) is white space of the same length: lines and
  // columns still count the text as written.
  const body = written.includes('&') || written.includes('<') ? written.replace(MARKUP, blank) : written;
  let count = 1;
  for (let end = lineEnd(body, 0); end < body.length; end = lineEnd(body, nextLineStart(body, end))) count++;
  const lines = new Array<SourceLine>(count);
  let from = 0;
  // A text that repeats a short line (第一條 根据, 负责。) keeps one copy of it.
  const strings = new ShortStrings();
  for (let index = 0; index < count; index++) {
    const end = lineEnd(body, from);
    const raw = strings.share(body.slice(from, end));
    const leading = raw.length - raw.trimStart().length;
    lines[index] = { number: index + 1, raw, text: raw.trim(), start: leading, index };
    from = nextLineStart(body, end);
  }
  return lines;
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
