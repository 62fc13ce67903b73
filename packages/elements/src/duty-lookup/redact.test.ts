import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { redact } from './redact.js';

/** A digit as typed (ASCII or full-width, as the input method gives it). */
const typed = fc.integer({ min: 0, max: 9 }).chain((d) => fc.constantFrom(String(d), String.fromCharCode(0xff10 + d)));
/** A digit read out in Chinese numerals (幺 for 1, 〇 or 零 for 0). */
const spoken = fc
  .integer({ min: 0, max: 9 })
  .chain((d) => fc.constantFrom(...[['〇', '零'], ['一', '幺'], ...[...'二三四五六七八九'].map((n) => [n])][d]!));
/** What people put between groups of digits, one to three characters of it. */
const separator = fc
  .array(fc.constantFrom(' ', '\u3000', '-', '－', '—', '–', '−', '_', '＿', '/', '／', '.', '．'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((chars) => chars.join(''));
const digits = (min: number, max: number, digit = typed) =>
  fc.array(digit, { minLength: min, maxLength: max }).map((ds) => ds.join(''));
/** Groups of digits joined by separators, or by nothing. */
const grouped = (sizes: readonly number[], digit = typed) =>
  fc
    .tuple(
      fc.tuple(...sizes.map((size) => digits(size, size, digit))),
      fc.array(fc.option(separator, { nil: '' }), { minLength: sizes.length, maxLength: sizes.length }),
    )
    .map(([groups, seps]) => groups.map((group, i) => (i === 0 ? group : `${seps[i]}${group}`)).join(''));

const mobile = fc.oneof(grouped([3, 4, 4]), grouped([3, 4, 4], spoken));
const landline = fc
  .tuple(digits(3, 4), fc.constantFrom(['(', ')'], ['（', '）']), fc.option(separator, { nil: '' }), grouped([4, 4]))
  .map(([area, [open, close], sep, number]) => `${open}${area}${close}${sep}${number}`);
const idCard = fc
  .tuple(grouped([6, 8, 3]), fc.constantFrom('X', 'x', 'Ｘ', '0', '7'))
  .map(([number, check]) => `${number}${check}`);
const passport = fc
  .tuple(fc.constantFrom('E', 'G', 'EA', 'EH', 'Ｅ', 'C', 'H'), digits(7, 8))
  .map(([prefix, number]) => `${prefix}${number}`);

const emailPart = fc
  .array(fc.constantFrom(...'abcxyz019._-'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''));
const email = fc
  .tuple(
    emailPart,
    fc.constantFrom('@', '＠', ' @ ', '@ ', ' ＠'),
    emailPart,
    fc.constantFrom('.cn', '.gov.cn', '．com'),
  )
  .map(([local, at, domain, tld]) => `${local}${at}${domain}${tld}`);

/** The number inside a query, with words on either side that must survive. */
const masksWhole = (number: fc.Arbitrary<string>) =>
  fc.assert(
    fc.property(number, (n) => redact(`孵化器 ${n} 谢谢`) === `孵化器 ${'*'.repeat(n.length)} 谢谢`),
    { numRuns: 300 },
  );

describe('masking a query before it leaves in sanding-search', () => {
  it('masks the hostile phone numbers that once passed through', () => {
    for (const phone of [
      '138  1234  5678',
      '138－1234－5678',
      '138—1234—5678',
      '138_1234_5678',
      '138/1234/5678',
      '一三八一二三四五六七八',
      '幺三八 幺二三四 五六七八',
      '(0411) 8376 5000',
      '（0411）8376-5000',
      '+86 411 8376 5000',
      '21020219900101123X',
      'E12345678',
      'EA1234567',
    ]) {
      expect(redact(`电话 ${phone}`), phone).to.equal(`电话 ${'*'.repeat(phone.length)}`);
    }
  });

  it('masks email addresses with a full-width ＠ or spaces round the @', () => {
    for (const address of ['a.b@example.cn', 'a.b＠example.cn', 'a.b @ example.cn']) {
      expect(redact(`孵化器 ${address}`), address).to.equal('孵化器 *');
    }
  });

  it('masks mobile numbers whatever the digits and separators', () => masksWhole(mobile));
  it('masks landline numbers, area code brackets included', () => masksWhole(landline));
  it('masks ID card numbers with their check character', () => masksWhole(idCard));
  it('masks passport numbers with their letter prefix', () => masksWhole(passport));

  it('masks email addresses whatever the @ and the spacing', () => {
    fc.assert(
      fc.property(email, (address) => redact(`孵化器 ${address} 谢谢`) === '孵化器 * 谢谢'),
      { numRuns: 300 },
    );
  });

  it('leaves queries without personal data as they are', () => {
    const word = fc.constantFrom('孵化器', '高新技术企业', '第三条', '专利', 'fhq', '十一五', '一站式');
    // Short numbers are kept; two of them side by side read as one long one, and are masked.
    const short = fc.constantFrom('', '2025年', 'E12', '第3条', '０４１１');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), short, (words, number) => {
        const query = [...words, number].join(' ');
        return redact(query) === query;
      }),
    );
  });
});
