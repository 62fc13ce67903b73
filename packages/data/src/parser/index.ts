/**
 * `parseRegulation`: a three-determinations regulation text (三定规定) → a `Regulation` and a list
 * of diagnostics. Runs in browsers and Node: no DOM, no Node APIs, no dependencies.
 *
 * It never throws on a user's text: whatever it cannot read is kept in `articles` and reported.
 * It throws a `TypeError` only on programmer error (a non-string text, a malformed option).
 *
 * Positions: `line` and `column` are 1-based. Lines end at `\r\n`, `\r` or `\n`; a column counts
 * UTF-16 code units of the line as written (a leading BOM is not counted).
 */
import type { Regulation, Script } from '../model/types.js';
import type { Coverage } from './coverage.js';
import type { Diagnostic } from './diagnostics.js';
import { parse } from './parse.js';

export type { Diagnostic, DiagnosticCode } from './diagnostics.js';
export type { Coverage, UnplacedLine } from './coverage.js';

/** Options of `parseRegulation`; all optional. */
export interface ParseOptions {
  /** The regulation's slug, e.g. `dalian-stb`; `regulation` when absent. */
  readonly id?: string;
  /** The text's script; detected from the text when absent. */
  readonly lang?: Script;
  /** The date the text was retrieved, YYYY-MM-DD (`provenance.retrieved`); null when absent. */
  readonly retrieved?: string | null;
  /** The file the text was read from, within the dataset (`provenance.source.file`). */
  readonly sourceFile?: string;
  /**
   * Normalise half-width punctuation between Han characters to full width (GB/T 15834), and write
   * citations as 内设机构（六）; recorded in `provenance.punctuation`. Default false: the text is
   * kept exactly as written (`sanding parse` normalises unless given `--keep-punctuation`).
   */
  readonly normalizePunctuation?: boolean;
}

/** What `parseRegulation` returns: the regulation (always schema-valid) and the diagnostics. */
export interface ParseResult {
  readonly regulation: Regulation;
  /** Errors and warnings, ordered by line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** How much of the text ended up in the model's facts, and the lines that did not. */
  readonly coverage: Coverage;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const SCRIPTS: readonly unknown[] = ['zh-Hans', 'zh-Hant'];

function checkOptions(options: ParseOptions): void {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('parseRegulation: options must be an object');
  const { id, lang, retrieved, sourceFile, normalizePunctuation } = options;
  if (normalizePunctuation !== undefined && typeof normalizePunctuation !== 'boolean') {
    throw new TypeError('parseRegulation: normalizePunctuation must be a boolean');
  }
  if (id !== undefined && (typeof id !== 'string' || !SLUG.test(id))) {
    throw new TypeError(`parseRegulation: id must be a slug such as dalian-stb, got ${JSON.stringify(id)}`);
  }
  if (lang !== undefined && !SCRIPTS.includes(lang)) {
    throw new TypeError(`parseRegulation: lang must be zh-Hans or zh-Hant, got ${JSON.stringify(lang)}`);
  }
  if (retrieved !== undefined && retrieved !== null && (typeof retrieved !== 'string' || !ISO_DATE.test(retrieved))) {
    throw new TypeError(`parseRegulation: retrieved must be a date as YYYY-MM-DD, got ${JSON.stringify(retrieved)}`);
  }
  if (sourceFile !== undefined && typeof sourceFile !== 'string') {
    throw new TypeError('parseRegulation: sourceFile must be a string');
  }
}

/**
 * Parses a regulation text into a `Regulation` that always validates against the schema, and
 * diagnostics (see `DiagnosticCode`) with 1-based line and column.
 *
 * @example
 * const { regulation, diagnostics } = parseRegulation(text, { id: 'dalian-stb' });
 */
export function parseRegulation(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') throw new TypeError(`parseRegulation: text must be a string, got ${typeof text}`);
  checkOptions(options);
  return parse(text, {
    id: options.id ?? 'regulation',
    lang: options.lang ?? null,
    retrieved: options.retrieved ?? null,
    sourceFile: options.sourceFile ?? null,
    normalizePunctuation: options.normalizePunctuation ?? false,
  });
}
