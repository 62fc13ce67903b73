import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runSharedSuite, shownText } from '../../test/shared-suite.js';
import { copy, dalianHans, dalianHant } from '../../test/fixtures.js';
import { atWidths, linesOf, widths } from '../../test/typography.js';
import { SandingContactCard } from './define.js';

runSharedSuite({ tag: 'sanding-contact-card', constructor: SandingContactCard, readyText: (r) => r.agency.name });

describe('<sanding-contact-card>', () => {
  it('its entry point registers this one component only', () => {
    expect(customElements.get('sanding-contact-card')).to.equal(SandingContactCard);
    for (const other of ['sanding-division-directory', 'sanding-duty-lookup', 'sanding-org-chart'])
      expect(customElements.get(other), other).to.equal(undefined);
  });

  it('shows the Dalian bureau’s name, address and website, each with its source', async () => {
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card lang="zh-CN" .regulation=${dalianHans}></sanding-contact-card>`,
    );
    const text = shownText(el);
    expect(text).to.include('大连市科学技术局');
    expect(text).to.include('大连市中山区人民路75号');
    expect(text).to.include('2025-11-14');
    const website = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="https://kjj.dl.gov.cn"]');
    expect(website).to.exist;
    await expect(el).to.be.accessible();
  });

  it('marks the Chinese source titles zh-Hans on an English page', async () => {
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card lang="en" .regulation=${dalianHans}></sanding-contact-card>`,
    );
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="source"] a')];
    expect(titles).to.have.length(2);
    for (const title of titles) expect(title.getAttribute('lang'), title.textContent!).to.equal('zh-Hans');
    await expect(el).to.be.accessible();
  });

  it('shows Traditional data as given', async () => {
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card lang="zh-TW" .regulation=${dalianHant}></sanding-contact-card>`,
    );
    expect(shownText(el)).to.include('大連市中山區人民路75號');
    expect(shownText(el)).to.include('地址');
  });

  it('makes the phone a tel: link and lets attributes override the data', async () => {
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card lang="zh-CN" phone="0411-8376 5000" hours="周一至周五 8:30–17:00" .regulation=${dalianHans}></sanding-contact-card>`,
    );
    const tel = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
    expect(tel?.getAttribute('href')).to.equal('tel:041183765000');
    expect(shownText(el)).to.include('周一至周五');
    await expect(el).to.be.accessible();
  });

  it('works with no data when the portal fills in every field by slot', async () => {
    const el = await fixture<SandingContactCard>(html`<sanding-contact-card lang="en">
      <span slot="name">Partner help desk</span>
      <span slot="address">1 Example Road</span>
    </sanding-contact-card>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="address"]');
    expect(slot?.assignedElements()[0]?.textContent).to.equal('1 Example Road');
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a division’s name and falls back to the agency’s address, saying so', async () => {
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card lang="en" division="sec_divisions__point_8" .regulation=${dalianHans}></sanding-contact-card>`,
    );
    const text = shownText(el);
    expect(text).to.include('外国专家与国际合作处');
    expect(text).to.include('Foreign Experts and International Cooperation Division');
    expect(text).to.include('unofficial');
    expect(text).to.include('(the agency’s)');
  });

  it('never links a javascript: website', async () => {
    const data = copy(dalianHans);
    data.contacts = [{ website: { value: 'javascript:alert(1)', source: { title: 'x' } } }];
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card .regulation=${data}></sanding-contact-card>`,
    );
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.not.exist;
    expect(shownText(el)).to.include('javascript:alert(1)');
  });

  it('links an email address alone, never the recipients or body a bad address adds', async () => {
    const mailto = async (email: string) => {
      const el = await fixture<SandingContactCard>(
        html`<sanding-contact-card email=${email} .regulation=${dalianHans}></sanding-contact-card>`,
      );
      expect(shownText(el)).to.include(email);
      return el.shadowRoot!.querySelector('a[href^="mailto:"]')?.getAttribute('href');
    };
    expect(await mailto('kjj@example.gov.cn')).to.equal('mailto:kjj@example.gov.cn');
    expect(await mailto('a@b.cn?bcc=spy@evil.example&body=hello')).to.equal(undefined);
    expect(await mailto('a@b.cn,spy@evil.example')).to.equal(undefined);
  });

  it('links a website only when it is an http(s) address, not a tel: or mailto: one', async () => {
    for (const website of ['tel:041183765000', 'mailto:a@b.cn']) {
      const el = await fixture<SandingContactCard>(
        html`<sanding-contact-card website=${website} .regulation=${dalianHans}></sanding-contact-card>`,
      );
      expect(shownText(el), website).to.include(website);
      const links = [...el.shadowRoot!.querySelectorAll('dd a')].map((a) => a.getAttribute('href'));
      expect(links, website).to.not.include(website);
    }
  });

  it('links the same source addresses whether the data is set by property or fetched from src', async () => {
    const realFetch = window.fetch;
    const linked = (el: SandingContactCard, url: string) =>
      [...el.shadowRoot!.querySelectorAll('a')].some((a) => a.getAttribute('href') === url);
    const outcomes: Record<string, [boolean, boolean]> = {};
    try {
      for (const url of [
        'https://kjj.dl.gov.cn/',
        'http://example.gov.cn/notice',
        'mailto:a@b.cn?bcc=spy@evil.example',
        'tel:041183765000',
        'javascript:alert(1)',
        'ftp://example.gov.cn/',
        '//example.gov.cn/',
      ]) {
        const data = copy(dalianHans);
        data.contacts = [{ address: { value: '人民路75号', source: { title: '大连市科学技术局网站', url } } }];
        const byProperty = await fixture<SandingContactCard>(
          html`<sanding-contact-card .regulation=${data}></sanding-contact-card>`,
        );
        window.fetch = () => Promise.resolve(new Response(JSON.stringify(data)));
        const fromSrc = await fixture<SandingContactCard>(
          html`<sanding-contact-card src="/regulation-under-test.json"></sanding-contact-card>`,
        );
        await waitUntil(() => fromSrc.shadowRoot!.querySelector('[part~="card"], [part~="error"]'), url, {
          timeout: 5000,
        });
        window.fetch = realFetch;
        outcomes[url] = [linked(byProperty, url), linked(fromSrc, url)];
      }
    } finally {
      window.fetch = realFetch;
    }
    for (const [url, [byProperty, fromSrc]] of Object.entries(outcomes)) expect(byProperty, url).to.equal(fromSrc);
    expect(outcomes['https://kjj.dl.gov.cn/']).to.deep.equal([true, true]);
  });

  it('shows a source as 来源：title，date, in full-width punctuation', async () => {
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card lang="zh-CN" .regulation=${dalianHans}></sanding-contact-card>`,
    );
    const source = el.shadowRoot!.querySelector('[part~="source"]')!.textContent!.replace(/\s+/g, '');
    expect(source).to.equal('来源：大连市科学技术局通知，2025-11-14');
  });

  it('keeps the date 2025-11-14 on one line at every width', async () => {
    const el = await fixture<SandingContactCard>(
      html`<div lang="zh-CN"><sanding-contact-card .regulation=${dalianHans}></sanding-contact-card></div>`,
    ).then((host) => host.firstElementChild as SandingContactCard);
    await atWidths(el, widths(150, 400, 5), (width) => expect(linesOf(el, '2025-11-14'), `${width}px`).to.equal(1));
  });

  it('reaches the website link with Tab', async () => {
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card .regulation=${dalianHans}></sanding-contact-card>`,
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('A');
  });

  it('marks the data’s text with its script on an en page, and leaves the portal’s own fields unmarked', async () => {
    const el = await fixture<SandingContactCard>(
      html`<sanding-contact-card lang="en" hours="Mon–Fri 8:30–17:00" .regulation=${dalianHans}></sanding-contact-card>`,
    );
    const name = el.shadowRoot!.querySelector('[part~="name"] span[lang="zh-Hans"]');
    expect(name?.textContent).to.equal('大连市科学技术局');
    const langOf = (text: string): string | null | undefined =>
      [...el.shadowRoot!.querySelectorAll('dd span')]
        .find((span) => span.textContent?.includes(text))
        ?.getAttribute('lang');
    expect(langOf('人民路75号')).to.equal('zh-Hans');
    expect(langOf('Mon–Fri')).to.equal(null);
  });

  it('fits a 320 px sidebar without scrolling sideways', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('sanding-contact-card');
    el.regulation = dalianHans;
    host.append(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(host.scrollWidth).to.be.at.most(320);
  });

  it('with the portal’s own name, still shows the error state when its src fails', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    const event = oneEvent(host, 'sanding-error');
    host.innerHTML = '<sanding-contact-card name="Help desk" src="/no-such-file.json"></sanding-contact-card>';
    const el = host.querySelector('sanding-contact-card')!;
    expect((await event).detail.reason).to.equal('http');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    expect(shownText(el)).to.include('Help desk');
  });
});
