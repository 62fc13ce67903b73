/**
 * Masks what could identify a person before a query leaves the lookup in `sanding-search`:
 * email addresses, and numbers of five or more digits (ID card, phone, passport and account
 * numbers) however they are typed. A portal's analytics must never receive them, so the
 * patterns err towards masking: an input method gives full-width forms (１３８－１２３４, ＠), people
 * group digits with whatever is at hand (two spaces, dashes, underscores, slashes, brackets
 * round an area code) and dictate numbers in Chinese numerals (一三八…, 幺 for 1).
 */

/**
 * A number, in one of two forms (十一五 2025 is not one number):
 * - digits as typed, ASCII or full-width, after an optional prefix of one or two letters
 *   (passports: E12345678, EA1234567) and an opening bracket or plus (an area code, +86), and
 *   before a closing bracket or the check letter X of an ID card;
 * - Chinese numerals as read out (幺 for 1).
 *
 * Between digits, up to four of what people group them with: spaces (also U+3000), every dash
 * and hyphen (-‐‑‒–—―−﹣－), underscores, slashes, dots and brackets, half- and full-width.
 */
const NUMBER =
  /(?:(?<![a-zａ-ｚ])[a-zａ-ｚ]{1,2})?[(+（＋]{0,2}[0-9０-９](?:[\s\-‐‑‒–—―−﹣－_＿/／.．()（）+＋]{0,4}[0-9０-９])*[)）xｘ]?|[〇零幺一二三四五六七八九](?:[\s\-‐‑‒–—―−﹣－_＿/／.．()（）+＋]{0,4}[〇零幺一二三四五六七八九])*/gi;
const DIGIT = /[0-9０-９〇零幺一二三四五六七八九]/g;
/** An address, with the full-width ＠ and with spaces round the @. */
const EMAIL = /[^\s@＠]+\s*[@＠]\s*[^\s@＠]+/g;

/** The query with email addresses and numbers of five or more digits replaced by `*`. */
export function redact(query: string): string {
  return query
    .replace(EMAIL, '*')
    .replace(NUMBER, (number) => ((number.match(DIGIT)?.length ?? 0) >= 5 ? '*'.repeat(number.length) : number));
}
