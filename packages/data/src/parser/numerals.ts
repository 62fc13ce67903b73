/**
 * Chinese numerals as regulations write them: 一 … 九, 十, 十一, 二十, 二十九, 一百零五,
 * 一万零一, and Arabic digits (half- or full-width) for 第3条-style numbering.
 */

/** Characters that can make up a Chinese numeral below 10,000 (for building patterns). */
export const NUMERAL_CHARS = '〇零一二两兩三四五六七八九十百千';
/**
 * Characters of the numerals that number articles and items, up to 99,999: NUMERAL_CHARS and
 * 万. Kept apart so that counts and section numbers are read as before.
 */
export const LABEL_NUMERAL_CHARS = `${NUMERAL_CHARS}万萬`;

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 萬: 10_000 };
const MYRIAD = 10_000;
const FULL_WIDTH_ZERO = 0xff10;

/** Replaces full-width digits ０-９ with ASCII ones. */
function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - FULL_WIDTH_ZERO));
}

/**
 * The tables above by code unit: numerals are read once per numbered line, and reading them by
 * character (`for…of`, `[...text]`) makes a string of each Han character.
 */
const DIGIT_CODES: ReadonlyMap<number, number> = new Map(
  Object.entries(DIGITS).map(([ch, value]) => [ch.charCodeAt(0), value] as const),
);
const UNIT_CODES: ReadonlyMap<number, number> = new Map(
  Object.entries(UNITS).map(([ch, value]) => [ch.charCodeAt(0), value] as const),
);

/** Reads a numeral written only with digit characters, positionally: 二〇一九 → 2019. */
function parsePositional(text: string): number | null {
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT_CODES.get(text.charCodeAt(i));
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Reads a numeral with units: 十 → 10, 二十九 → 29, 一百零五 → 105, 两万三千 → 23000. What
 * stands before 万 is itself a numeral below 10,000 (二十万 → 200000).
 */
function parseWithUnits(text: string): number | null {
  let myriads = 0;
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  let seenMyriad = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = DIGIT_CODES.get(code);
    if (digit !== undefined) {
      if (pending !== null && pending !== 0 && digit !== 0) return null; // 二三十
      pending = digit;
      continue;
    }
    const unit = UNIT_CODES.get(code);
    if (unit === MYRIAD) {
      const before = total + (pending ?? 0);
      if (seenMyriad || before === 0) return null; // 万, 一万万
      myriads = before;
      seenMyriad = true;
      total = 0;
      pending = null;
      lastUnit = MYRIAD;
      continue;
    }
    if (unit === undefined || unit >= lastUnit || pending === 0) return null;
    total += (pending ?? 1) * unit;
    pending = null;
    lastUnit = unit;
  }
  return myriads * MYRIAD + total + (pending ?? 0);
}

/** True when every code unit is an ASCII or full-width digit (what `\d` matches after `toAsciiDigits`). */
export function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 0x30 && code <= 0x39) || (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9))) return false;
  }
  return true;
}

/**
 * The value of a numeral such as 十七, 二十九 or 17; null when `text` is not a numeral.
 * Never throws.
 */
export function parseNumeral(text: string): number | null {
  if (text === '') return null;
  if (allDigits(text)) {
    const value = Number(toAsciiDigits(text));
    return Number.isSafeInteger(value) ? value : null;
  }
  let hasUnit = false;
  for (let i = 0; i < text.length && !hasUnit; i++) hasUnit = UNIT_CODES.has(text.charCodeAt(i));
  return hasUnit ? parseWithUnits(text) : parsePositional(text);
}

const DIGIT_NAMES = '零一二三四五六七八九';
const UNIT_NAMES = ['', '十', '百', '千'];

/** Writes 1…9999 in full: 10 → 一十, 105 → 一百零五. */
function formatBelowMyriad(value: number): string {
  const digits = String(value);
  let out = '';
  let zero = false;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    if (digit === 0) {
      zero = true;
      continue;
    }
    if (zero && out !== '') out += '零';
    zero = false;
    out += DIGIT_NAMES.charAt(digit) + (UNIT_NAMES[digits.length - 1 - i] ?? '');
  }
  return out;
}

/**
 * Writes 1…99,999,999 as a Chinese numeral the way regulations do: 10 → 十, 17 → 十七,
 * 105 → 一百零五, 10001 → 一万零一, 10010 → 一万零一十. Other values are written with Arabic
 * digits.
 */
export function formatNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value >= MYRIAD * MYRIAD) return String(value);
  const high = Math.floor(value / MYRIAD);
  const low = value % MYRIAD;
  let out = high === 0 ? '' : `${formatBelowMyriad(high)}万`;
  if (low !== 0) out += (high !== 0 && low < 1000 ? '零' : '') + formatBelowMyriad(low);
  return out.startsWith('一十') ? out.slice(1) : out;
}
