/**
 * Diagnostics: what the parser tells a person about their text. Every diagnostic has a stable
 * code, an English message and a 1-based line and column (UTF-16 code units; a leading BOM is not
 * counted).
 */

/** A problem found in a regulation text, at a 1-based line and column. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** A stable machine-readable code, e.g. `no-duties`; the parser's codes are {@link DiagnosticCode}. */
  readonly code: string;
  readonly message: string;
  /** 1-based line number. Lines end at `\r\n`, `\r` or `\n`. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units of the line as written (a BOM is not counted). */
  readonly column: number;
}

/**
 * Every code the parser emits, with its severity and what it means. Errors: the regulation is
 * missing something it must have. Warnings: the result is usable, but a person should look. The
 * docs' list of diagnostic codes is generated from this table.
 */
export const DIAGNOSTIC_CODES = {
  'no-agency': [
    'error',
    'Nothing in the text names the agency (no title, no 设立X or X是…工作部门); its name is left null.',
  ],
  'no-duties': ['error', 'No numbered duties (主要职责) were found.'],
  'no-divisions': ['error', 'No division list (内设机构) was found.'],
  'no-title': ['warning', 'The text has no title line; the title is taken from the agency or the first line.'],
  'typo-suspected': [
    'warning',
    'A character that is probably a typo, e.g. 发 for 的 in "人民政府发工作部门". The text is kept verbatim.',
  ],
  'unrecognized-line': ['warning', 'A line the parser could not place; it is kept as a paragraph of the structure.'],
  'unplaced-line': [
    'warning',
    'A line that looks like content but ended up in no fact of the model (duty, division, staffing…).',
  ],
  'item-number-gap': ['warning', 'An item number is skipped: (一)(二)(四).'],
  'item-number-order': ['warning', 'Items are out of order or repeated: (三) after (五).'],
  'article-number-gap': ['warning', 'An article number is skipped: 第一条, 第三条.'],
  'article-number-order': ['warning', 'Articles are out of order or repeated: 第三条 after 第五条.'],
  'empty-item': ['warning', 'A numbered duty with no text.'],
  'duplicate-division': ['warning', 'Two divisions have the same name.'],
  'division-name-missing': ['warning', 'A division item with no name before its text; it is named by its citation.'],
  'division-count-mismatch': [
    'warning',
    'The text declares a number of divisions (设19个内设机构) that differs from the divisions found.',
  ],
  'unbalanced-brackets': ['warning', 'A bracket is never closed, so the clauses after it are not split.'],
  'co-location-unresolved': ['warning', 'A 合署办公 sentence names no listed division.'],
  'no-basis': ['warning', 'No 《…》 legal basis was found in the articles.'],
  'truncated-text': [
    'warning',
    'The text stops mid-sentence (cut off by a website); the last item is kept and flagged as truncated.',
  ],
  'diagnostics-omitted': [
    'warning',
    'More than 100 diagnostics of one code: the first 100 are listed, and this one counts the rest, from the line of the first.',
  ],
} as const satisfies Record<string, readonly ['error' | 'warning', string]>;

/** A code the parser emits (see {@link DIAGNOSTIC_CODES}). */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** A diagnostic as the parser makes it: its code is one of {@link DiagnosticCode}. */
export interface ParserDiagnostic extends Diagnostic {
  readonly code: DiagnosticCode;
}

/** Collects diagnostics while the parts of the parser run. */
export type Report = (diagnostic: ParserDiagnostic) => void;

/**
 * The most diagnostics of one code that are listed. A text that repeats one problem on every line
 * (a pasted list whose numbering restarts, a page of table debris) would otherwise get one
 * diagnostic a line: a list nobody reads, kept as long as the result. The rest are counted in one
 * `diagnostics-omitted` warning at the first of them (docs/decisions/parser-linear-time.md).
 */
export const LISTED_PER_CODE = 100;

/** The warning that counts the diagnostics of `code` past the listed ones, from `first` to line `last`. */
export function omitted(code: DiagnosticCode, count: number, first: ParserDiagnostic, last: number): ParserDiagnostic {
  const kind = first.severity === 'error' ? 'errors' : 'warnings';
  return {
    severity: 'warning',
    code: 'diagnostics-omitted',
    message: `${count} more ${code} ${kind}, from line ${first.line} to line ${last}, are not listed: the first ${LISTED_PER_CODE} are.`,
    line: first.line,
    column: first.column,
  };
}

/**
 * Orders the parser's own list of diagnostics by position, in place (a copy would be one more list
 * as long as the text's lines); equal positions keep the order they were reported in.
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  // Array.prototype.sort is stable (ES2019), and nearly linear on the long sorted runs the parser
  // reports in.
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
