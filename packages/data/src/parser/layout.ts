/**
 * Layout repair: turns the lines of a text as websites publish it into one logical line per
 * article, item or paragraph. A whole regulation on one line is cut where its articles and items
 * start, escaped line breaks (`\r\n` in a database dump) are followed, lines hard-wrapped at a
 * fixed width are joined, and edit links (`[编辑]`), footnote markers and table bars at the ends
 * of a line are dropped. Each logical line keeps the source line it starts on and its offset
 * there, so diagnostics still point into the text as written.
 */
import type { SourceLine } from './lines.js';
import { LABEL_NUMERAL_CHARS, NUMERAL_CHARS } from './numerals.js';

/** A line this long with spaces between its parts is a whole text run together. */
const RUN_TOGETHER_LENGTH = 120;
/** Where a new logical line may start inside a run-together line: an item, article or section. */
const MARKER_AFTER_STOP = new RegExp(
  `^(?:[(（][${LABEL_NUMERAL_CHARS}]{1,9}[)）]|第[${LABEL_NUMERAL_CHARS}0-9]{1,9}[条條](?![例件款])|[${NUMERAL_CHARS}]{1,3}、)`,
);
/** Characters after which a space never ends a part: 职能配置、 内设机构; 第一条 根据. */
const JOINS_NEXT = new Set([...'、，,（(《〈“‘【[']);
/** The words a count ends with: a space between a figure and one never ends a part (局长1 名). */
const COUNT_WORD_CHARS = '名人个個';
const COUNT_WORDS = new Set([...COUNT_WORD_CHARS]);
/** A count after a space (编制为 21 名, 副书记 1 名): the space before it never ends a part. */
const COUNT_AFTER = new RegExp(`^[0-9０-９]{1,4}\\s{0,2}[${COUNT_WORD_CHARS}]`, 'u');
/** Characters before which a space never ends a part: 47 号. */
const JOINS_PREVIOUS = new Set([...'号號）)》〉”’】]，,。；;、']);
/** A label that stays with the text after it: 第一条, （一）, 一、. */
const LABEL_BEFORE = new RegExp(
  `(?:第[${LABEL_NUMERAL_CHARS}0-9]{1,9}[条條章]|[(（][${LABEL_NUMERAL_CHARS}]{1,9}[)）]|[${NUMERAL_CHARS}]{1,3}、)$`,
);
/** A short section heading that an item may follow directly: 一、主要职责(一)… */
const SECTION_HEADING = new RegExp(`^[${NUMERAL_CHARS}]{1,3}、[^\\s，,。；;：:(（]{2,8}$`);
/** One piece of debris at the end of a line: a wiki edit link, a footnote marker, a table bar. */
const DEBRIS_AT_END = /(?:\[[编編][辑輯]\]|\[edit\]|\[\d{1,3}\]|\|)$/u;
/** The most characters one piece of debris takes ([edit]). */
const DEBRIS_LONGEST = 6;

/**
 * `text` without the debris at its end, and the white space around it: cut from the end, one piece
 * at a time, never matched with a pattern that may start anywhere (a long run of spaces would
 * cost a scan from each of them).
 */
export function withoutTrailingDebris(text: string): string {
  let rest = text.trimEnd();
  for (
    let cut = DEBRIS_AT_END.exec(rest.slice(-DEBRIS_LONGEST));
    cut;
    cut = DEBRIS_AT_END.exec(rest.slice(-DEBRIS_LONGEST))
  )
    rest = rest.slice(0, rest.length - cut[0].length).trimEnd();
  return rest;
}
const LEADING_DEBRIS = /^(?:\|\s*)+/u;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** A piece of a source line: its text and its offset within the line's raw text. */
function piece(line: SourceLine, from: number, to: number): SourceLine | null {
  let start = from;
  let end = to;
  while (start < end && isSpace(line.raw.charAt(start))) start++;
  while (end > start && isSpace(line.raw.charAt(end - 1))) end--;
  const whole = start === line.start && end === line.start + line.text.length;
  let text = whole ? line.text : line.raw.slice(start, end);
  const leading = LEADING_DEBRIS.exec(text)?.[0].length ?? 0;
  text = withoutTrailingDebris(text.slice(leading)).trim();
  if (text === '') return null;
  // A line that needs no cutting or cleaning stays the object it was: one object less per line.
  if (leading === 0 && text === line.text && start === line.start) return line;
  return {
    number: line.number,
    raw: line.raw,
    text,
    start: start + leading,
    ...(line.sourceLength !== undefined ? { sourceLength: line.sourceLength } : {}),
    index: line.index,
  };
}

/** An escaped line break in a database dump: the characters \\r\\n or \\n. */
const ESCAPED_BREAK = /\\r\\n|\\n/gu;
/** A sentence stop followed by an item, article or section marker, spaces between or not: 。（二）…, 。 （二）… */
const STOP_THEN_MARKER = new RegExp(`[。；;：:](?=[ \t\u3000\u00a0]*${MARKER_AFTER_STOP.source.slice(1)})`, 'gu');
const SPACES = /[ \t\u3000\u00a0]+/gu;

/** A cut of a line: where (in `raw`) and how many characters it drops. */
interface Cut {
  readonly at: number;
  readonly skip: number;
}

/** The lines that need no cut (nearly all of them) share this list. */
const NO_CUTS: readonly Cut[] = Object.freeze([]);

/** A sentence stop: only a line with one can have a marker after one. */
const STOP = /[。；;：:]/;

/**
 * Offsets (in `raw`) where a run-together or escaped line is cut, in order. Global patterns are
 * run with `exec` and `lastIndex` (`matchAll` copies the pattern for each line), and only on lines
 * that hold what they look for.
 */
function cuts(line: SourceLine): readonly Cut[] {
  const raw = line.raw;
  const long = line.text.length >= RUN_TOGETHER_LENGTH;
  const escaped = raw.includes('\\');
  if (!escaped && !long && !STOP.test(raw)) return NO_CUTS;
  // Made at the first cut: most lines with a stop have none.
  let out: Cut[] | null = null;
  if (escaped) {
    ESCAPED_BREAK.lastIndex = 0;
    for (let match = ESCAPED_BREAK.exec(raw); match !== null; match = ESCAPED_BREAK.exec(raw)) {
      (out ??= []).push({ at: match.index, skip: match[0].length });
    }
  }
  STOP_THEN_MARKER.lastIndex = 0;
  for (let match = STOP_THEN_MARKER.exec(raw); match !== null; match = STOP_THEN_MARKER.exec(raw)) {
    (out ??= []).push({ at: match.index + 1, skip: 0 });
  }
  if (long) {
    SPACES.lastIndex = 0;
    for (let match = SPACES.exec(raw); match !== null; match = SPACES.exec(raw)) {
      const i = match.index;
      const end = i + match[0].length;
      const before = raw.charAt(i - 1);
      const after = raw.charAt(end);
      const joined =
        i === 0 ||
        end === raw.length ||
        JOINS_NEXT.has(before) ||
        JOINS_PREVIOUS.has(after) ||
        (isDigit(before) && isDigit(after)) ||
        (isDigit(before) && COUNT_WORDS.has(after)) ||
        (isDigit(after) && COUNT_AFTER.test(raw.slice(end, end + 8))) ||
        LABEL_BEFORE.test(raw.slice(Math.max(0, i - 12), i));
      if (!joined) (out ??= []).push({ at: i, skip: end - i });
    }
  }
  // A stop cut and a space cut can fall at the same offset (…。 （二）… in a long line); the sort is
  // stable, so the stop cut comes first, and the empty piece between them is dropped.
  if (out === null) return NO_CUTS;
  return out.length > 1 ? out.sort((a, b) => a.at - b.at) : out;
}

/** True when a line with no `lineCuts` needs no cleaning either: it is one logical line as it stands. */
function keptWhole(line: SourceLine, lineCuts: readonly Cut[]): boolean {
  return lineCuts.length === 0 && piece(line, 0, line.raw.length) === line && !headingBeforeItem(line);
}

/** Cuts one source line at its `lineCuts` into logical lines (one, when it has none), added to `out`. */
function cutLine(line: SourceLine, lineCuts: readonly Cut[], out: SourceLine[]): void {
  let from = 0;
  for (const cut of lineCuts) {
    const part = piece(line, from, cut.at);
    if (part) splitHeadingFromItem(part, out);
    from = cut.at + cut.skip;
  }
  const last = piece(line, from, line.raw.length);
  if (last) splitHeadingFromItem(last, out);
}

const ITEM_LABEL_ANYWHERE = new RegExp(`[(（][${LABEL_NUMERAL_CHARS}]{1,9}[)）]`);

/** Where the first item starts in a line that a section heading opens (一、主要职责(一)按照…), or -1. */
function itemAfterHeading(line: SourceLine): number {
  const itemAt = line.text.search(ITEM_LABEL_ANYWHERE);
  return itemAt > 0 && SECTION_HEADING.test(line.text.slice(0, itemAt)) ? itemAt : -1;
}

function headingBeforeItem(line: SourceLine): boolean {
  return itemAfterHeading(line) !== -1;
}

/** 一、主要职责(一)按照…: the heading and its first item share a line; adds both to `out`. */
function splitHeadingFromItem(line: SourceLine, out: SourceLine[]): void {
  const itemAt = itemAfterHeading(line);
  if (itemAt === -1) {
    out.push(line);
    return;
  }
  out.push(
    { ...line, text: line.text.slice(0, itemAt) },
    { ...line, text: line.text.slice(itemAt), start: line.start + itemAt },
  );
}

/** Display width: Han and full-width characters count two, others one. */
export function width(text: string): number {
  // Per character (a surrogate pair is one), read as code units: `for…of` makes a string of each.
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    w += code > 0x2e80 ? 2 : 1;
  }
  return w;
}

const ENDS_A_PARAGRAPH = /[。；;：:！!？?」』”）)】》]$/;

/** True when most characters of a line are Han: an OCR page's text, not a URL or a menu. */
function mostlyHan(text: string): boolean {
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) han++;
  }
  return han * 2 >= text.length;
}

/**
 * The width at which a text was hard-wrapped (an OCR page or a fixed-width dump), or null: most
 * of its long lines have the same width, give or take a few half-width characters.
 */
function wrapWidth(lines: readonly SourceLine[]): number | null {
  // The widths in a typed list: sorted as numbers, with no comparator and no boxed list as long as the text.
  const all = new Int32Array(lines.length);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    if (text.length >= 20 && mostlyHan(text)) all[count++] = width(text);
  }
  if (count < 4) return null;
  const widths = all.subarray(0, count).sort();
  const median = widths[Math.floor(count / 2)] ?? 0;
  let near = 0;
  for (let i = 0; i < count; i++) {
    const w = widths[i] as number;
    if (w >= median - 4 && w <= median + 2) near++;
  }
  return near >= 4 && near * 4 >= count * 3 ? median - 4 : null;
}

/** Joins hard-wrapped lines: a line as wide as the wrap width continues on the next line. */
function joinWrapped(lines: SourceLine[]): SourceLine[] {
  const wrap = wrapWidth(lines);
  if (wrap === null) return lines;
  const out: SourceLine[] = [];
  let pending: SourceLine | null = null;
  for (const line of lines) {
    const current: SourceLine = pending
      ? {
          ...pending,
          raw: pending.raw + line.text,
          text: pending.text + line.text,
          sourceLength: pending.sourceLength ?? pending.raw.length,
        }
      : line;
    const continues =
      line.text !== '' &&
      mostlyHan(line.text) &&
      width(line.text) >= wrap &&
      width(line.text) <= wrap + 6 &&
      !ENDS_A_PARAGRAPH.test(line.text);
    if (continues) pending = current;
    else {
      out.push(current);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  return out;
}

/**
 * The logical lines of a text: blank lines are kept (they separate paragraphs), every other line
 * is cut and cleaned as described above.
 */
export function layoutLines(lines: SourceLine[]): SourceLine[] {
  const joined = joinWrapped(lines);
  // Most texts need no repair: their lines are returned as they are, and a new list (another list
  // as long as the text) is made only from the first line that changes.
  let out: SourceLine[] | null = null;
  for (let i = 0; i < joined.length; i++) {
    const line = joined[i] as SourceLine;
    if (line.text === '') {
      out?.push(line);
      continue;
    }
    // Found once: a run-together text is one long line, and its cuts are the work of the layout.
    const lineCuts = cuts(line);
    if (out === null) {
      if (keptWhole(line, lineCuts)) continue;
      out = joined.slice(0, i);
    }
    cutLine(line, lineCuts, out);
  }
  const result = out ?? joined;
  if (result !== lines) for (let i = 0; i < result.length; i++) (result[i] as SourceLine).index = i;
  return result;
}
