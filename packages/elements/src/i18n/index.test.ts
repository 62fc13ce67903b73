import { expect } from '@open-wc/testing';
import { dataScript, uiLanguage } from './index.js';

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
