import { expect } from '@open-wc/testing';
import { dataScript, uiLanguage } from './index.js';
import * as zhHans from './zh-Hans.js';
import * as zhHant from './zh-Hant.js';
import { errors } from './errors.js';
import { filter } from './filter.js';
import { panel } from './panel.js';

describe('the UI language of a lang tag', () => {
  const cases: readonly (readonly [string | null, string])[] = [
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-hant-tw', 'zh-Hant'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'zh-Hans'],
    ['', 'zh-Hans'],
    [null, 'zh-Hans'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => expect(uiLanguage(tag)).to.equal(expected));
  }

  it('shows Simplified data on en pages and Traditional only on zh-Hant ones', () => {
    expect(dataScript('en')).to.equal('zh-Hans');
    expect(dataScript('zh-Hans')).to.equal('zh-Hans');
    expect(dataScript('zh-Hant')).to.equal('zh-Hant');
  });
});

describe('the Chinese UI strings', () => {
  /** Every string of a table, functions called with sample arguments. */
  const texts = (table: object): string[] =>
    Object.values(table).flatMap((value: unknown) =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'function'
          ? // A string, or parts around a value (the hint places the agency's name): joined.
            [[(value as (...args: unknown[]) => unknown)('孵化器', 11)].flat().join('')]
          : value && typeof value === 'object'
            ? texts(value)
            : [],
    );
  // The tables, with the sections that load lazily from their own modules.
  const lazy = [errors, filter, panel];
  for (const [name, table] of [
    ['zh-Hans', [zhHans, ...lazy.map((section) => section['zh-Hans'])]],
    ['zh-Hant', [zhHant, ...lazy.map((section) => section['zh-Hant'])]],
  ] as const) {
    it(`${name} uses full-width ，；：（） beside Chinese text`, () => {
      for (const text of texts(table)) {
        // A Latin term keeps its own punctuation: http(s).
        const chinese = text.replace(/\w+\(\w*\)/g, 'x');
        expect(chinese, text).to.not.match(/\p{Script=Han}\s*[,;:()]|[,;:()]\s*\p{Script=Han}/u);
      }
    });
  }
});
