import { expect } from '@open-wc/testing';
import { httpHref, isFetchableSrc, mailtoHref, telHref } from './safe-url.js';

/** Each of `values` gets no link. */
function refuses(link: (value: string) => string | undefined, values: readonly string[]): void {
  for (const value of values) expect(link(value), value).to.equal(undefined);
}

describe('safe links and sources', () => {
  it('links only http(s) URLs', () => {
    expect(httpHref('https://kjj.dl.gov.cn')).to.equal('https://kjj.dl.gov.cn');
    expect(httpHref('http://kjj.dl.gov.cn/zwgk/')).to.equal('http://kjj.dl.gov.cn/zwgk/');
    expect(httpHref(undefined)).to.equal(undefined);
    refuses(httpHref, [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'mailto:kjj@example.gov.cn',
      'tel:041183765000',
      'kjj.dl.gov.cn',
      '//kjj.dl.gov.cn',
      '',
    ]);
  });

  it('mails the address alone, never extra recipients or headers', () => {
    expect(mailtoHref('kjj@example.gov.cn')).to.equal('mailto:kjj@example.gov.cn');
    expect(mailtoHref('ke.ji-ju+1@大连.中国')).to.equal('mailto:ke.ji-ju+1@大连.中国');
    refuses(mailtoHref, [
      'a@b.cn?bcc=spy@evil.example',
      'a@b.cn&body=hello',
      'a@b.cn,spy@evil.example',
      'a@b.cn;spy@evil.example',
      'spy@evil.example?@b.cn',
      'a%3Fbcc%3Dspy@b.cn',
      'a@b.cn#x',
      'a @ b.cn',
      'a＠b.cn',
      'javascript:alert(1)//@b.cn',
      'a@b',
      '',
    ]);
  });

  it('fetches src only over http(s), as the browser parses the URL', () => {
    expect(isFetchableSrc('/data/agency.json')).to.equal(true);
    expect(isFetchableSrc('agency.json')).to.equal(true);
    expect(isFetchableSrc('https://example.gov.cn/agency.json')).to.equal(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:application/json,{}',
      'da\tta:application/json,{}',
      '\u0001data:application/json,{}',
      'file:///etc/passwd',
    ]) {
      expect(isFetchableSrc(bad), JSON.stringify(bad)).to.equal(false);
    }
  });

  it('dials only the first number of a phone field', () => {
    expect(telHref('0411-8376 5000')).to.equal('tel:041183765000');
    expect(telHref('0411-83631234 转 8001')).to.equal('tel:041183631234');
    expect(telHref('0411-83631234、0411-83631235')).to.equal('tel:041183631234');
    expect(telHref('+86 411 8376 5000')).to.equal('tel:+8641183765000');
    expect(telHref('暂无')).to.equal(undefined);
  });
});
