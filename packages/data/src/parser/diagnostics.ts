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
 * Every code the parser emits.
 *
 * Errors (the regulation is missing something it must have):
 * - `no-title` — the text has no title line (empty text, or it starts with an article).
 * - `no-duties` — no numbered duties (主要职责) were found.
 * - `no-divisions` — no division list (内设机构) was found.
 *
 * Warnings (the result is usable, but a person should look):
 * - `typo-suspected` — a character that is probably a typo, e.g. 发 for 的 in
 *   "人民政府发工作部门". The text is kept verbatim.
 * - `unrecognized-line` — a line the parser could not place; it is kept as a paragraph.
 * - `item-number-gap` / `item-number-order` — (一)(二)(四), or (三) after (五).
 * - `article-number-gap` / `article-number-order` — 第一条, 第三条; or 第三条 after 第五条.
 * - `empty-item` — a numbered duty with no text.
 * - `duplicate-division` — two divisions with the same name.
 * - `division-name-missing` — a division item with no name before its text.
 * - `unbalanced-brackets` — a bracket is never closed, so clauses after it are not split.
 * - `co-location-unresolved` — a 合署办公 sentence names no listed division.
 * - `no-basis` — no 《…》 legal basis was found in the articles.
 */
export type DiagnosticCode =
  | 'no-title'
  | 'no-duties'
  | 'no-divisions'
  | 'typo-suspected'
  | 'unrecognized-line'
  | 'item-number-gap'
  | 'item-number-order'
  | 'article-number-gap'
  | 'article-number-order'
  | 'empty-item'
  | 'duplicate-division'
  | 'division-name-missing'
  | 'unbalanced-brackets'
  | 'co-location-unresolved'
  | 'no-basis'
  | 'no-agency'
  | 'division-count-mismatch'
  | 'truncated-text'
  | 'unplaced-line';

/** A diagnostic as the parser makes it: its code is one of {@link DiagnosticCode}. */
export interface ParserDiagnostic extends Diagnostic {
  readonly code: DiagnosticCode;
}

/** Collects diagnostics while the parts of the parser run. */
export type Report = (diagnostic: ParserDiagnostic) => void;

/** Diagnostics ordered by position; equal positions keep the order they were reported in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) => a.diagnostic.line - b.diagnostic.line || a.diagnostic.column - b.diagnostic.column || a.index - b.index,
    )
    .map(({ diagnostic }) => diagnostic);
}
