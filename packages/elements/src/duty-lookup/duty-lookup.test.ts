import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { runSharedSuite, shownText } from '../../test/shared-suite.js';
import { copy, dalianHans, dalianHant } from '../../test/fixtures.js';
import type { SandingSearchEvent } from '../shared/events.js';
import { SandingDutyLookup } from './define.js';

/**
 * Waits for what follows a search: the announcement and the suggestion come once typing has
 * paused for 600 ms, which leaves the default second little slack on a busy machine.
 */
const waitFor = (predicate: () => unknown, message?: string): Promise<void> =>
  waitUntil(predicate, message, { timeout: 5000 });

runSharedSuite({ tag: 'sanding-duty-lookup', constructor: SandingDutyLookup, readyText: (r) => r.agency.name });

/** A stand-in for the directory: anything with an `open(divisionId)` method. */
class StubDirectory extends HTMLElement {
  opened: string[] = [];
  open(divisionId: string): void {
    this.opened.push(divisionId);
  }
}
customElements.define('stub-directory', StubDirectory);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const field = (el: SandingDutyLookup): HTMLInputElement => $<HTMLInputElement>(el, 'input')!;
const resultNames = (el: SandingDutyLookup): string[] =>
  $$(el, '[part~="choose"] .name').map((n) => n.textContent ?? '');

async function lookup(lang: string, regulation = dalianHans, attrs = ''): Promise<SandingDutyLookup> {
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  host.innerHTML = `<sanding-duty-lookup ${attrs}></sanding-duty-lookup>`;
  const el = host.querySelector('sanding-duty-lookup')!;
  el.regulation = regulation;
  await waitFor(() => $(el, 'input'), 'the search field is shown');
  return el;
}

/** Types into the field as a person would, then waits for the results (or the no-match state). */
async function type(el: SandingDutyLookup, text: string): Promise<void> {
  el.focus();
  await sendKeys({ type: text });
  await waitFor(
    () => field(el).value === text && $(el, '[part~="results"], [part~="no-match"]'),
    `results for ${text}`,
  );
  await el.updateComplete;
}

describe('<sanding-duty-lookup>', () => {
  it('shows example queries when empty', async () => {
    const el = await lookup('zh-CN');
    const examples = $$(el, '[part~="example"]').map((b) => b.textContent?.trim());
    expect(examples).to.deep.equal(['高新技术企业认定', '孵化器', '外国专家']);
    expect($(el, 'label')?.textContent).to.include('您要办理什么事项');
    await expect(el).to.be.accessible();

    $$(el, '[part~="example"]')[1]!.click();
    await waitFor(() => resultNames(el).length > 0, 'the example was searched');
    expect(field(el).value).to.equal('孵化器');
    expect(resultNames(el)[0]).to.equal('科技创业处');
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
  });

  it('typing 孵化器 puts 科技創業處 first', async () => {
    const el = await lookup('zh-TW', dalianHant);
    await type(el, '孵化器');
    expect(resultNames(el)[0]).to.equal('科技創業處');
    const first = $(el, '[part~="result"]')!;
    expect(first.textContent).to.include('內設機構（十）');
    expect($(el, '[part~="count"]')?.textContent).to.include('找到');
    await expect(el).to.be.accessible();
  });

  it('typing fuhuaqi finds 科技创业处', async () => {
    const el = await lookup('zh-CN');
    await type(el, 'fuhuaqi');
    expect(resultNames(el)).to.include('科技创业处');
    expect(resultNames(el)[0]).to.equal('科技创业处');
  });

  for (const query of ['fuhuaqi', '眾創空間', 'incubator']) {
    it(`on the bundled dataset, typing ${query} puts 科技创业处 first (the search aids load with the engine)`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
      host.innerHTML = '<sanding-duty-lookup dataset="dalian-stb"></sanding-duty-lookup>';
      const el = host.querySelector('sanding-duty-lookup')!;
      await waitUntil(() => $(el, 'input'), 'the search field is shown', { timeout: 5000 });
      await type(el, query);
      expect(resultNames(el)[0]).to.equal('科技创业处');
    });
  }

  it('shows a keystroke in the field before it searches, and updateComplete waits for that search', async () => {
    const el = await lookup('zh-CN');
    await type(el, '孵化器');
    expect(resultNames(el)[0]).to.equal('科技创业处');
    const before = $(el, '[part~="results"]')!.textContent;

    field(el).value = '外国专家';
    field(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // A task later the field's update has rendered, but the search has not run: it waits for the
    // next paint, so typing never waits for a search.
    await aTimeout(0);
    expect(el.query).to.equal('外国专家');
    expect($(el, '[part~="results"]')!.textContent).to.equal(before);

    await el.updateComplete;
    expect($(el, '[part~="results"]')!.textContent).to.not.equal(before);
    expect($(el, '[part~="clause"], [part~="duty"]')!.textContent).to.include('外国专家');
  });

  it('shows the results of the query set last once updateComplete resolves', async () => {
    const el = await lookup('zh-CN');
    await type(el, '孵化器');
    el.query = '外国专家';
    el.query = '孵化器';
    await el.updateComplete;
    expect(resultNames(el)[0]).to.equal('科技创业处');
    el.query = '外国专家';
    await el.updateComplete;
    expect(resultNames(el)[0]).to.not.equal('科技创业处');
    el.query = '';
    await el.updateComplete;
    expect($$(el, '[part~="example"]').length).to.equal(3);
  });

  it('shows each result’s matched sentence and the duty it carries out, with citations', async () => {
    const el = await lookup('zh-CN');
    await type(el, '孵化器');
    const first = $(el, '[part~="result"]')!;
    expect(first.querySelector('[part~="clause"]')?.textContent).to.include('孵化器');
    expect(first.querySelector('[part~="duty"]')?.textContent).to.include('第三条（五）');
    expect(first.querySelectorAll('[part~="citation"]').length).to.equal(2);
    // The button's description is short: the matched words and where the regulation says so.
    const button = first.querySelector('button')!;
    const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!.textContent!.trim();
    expect(description).to.equal('孵化器，内设机构（十）第二句');
  });

  it('keeps each result’s accessible description to 60 characters, with full-width citations', async () => {
    const el = await lookup('zh-CN');
    await type(el, '我们村的合作社想请科技特派员下乡指导种植技术');
    expect(resultNames(el).length).to.be.greaterThan(0);
    for (const button of $$(el, '[part~="choose"]')) {
      const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!.textContent!.trim();
      expect(description.length).to.be.within(1, 60);
      expect(description).to.not.match(/[()]/);
    }
    for (const citation of $$(el, '[part~="citation"]')) expect(citation.textContent).to.not.match(/[()]/);
  });

  it('typing 专历 says 您是不是要找：专利 and shows 成果转化与科技奖励处; choosing the suggestion searches it', async () => {
    const el = await lookup('zh-CN');
    await type(el, '专历');
    await waitFor(() => $(el, '[part~="suggestion"]'), 'the suggestion is shown once the reading table loads');
    expect($(el, '[part~="suggestion"]')!.textContent!.replace(/\s+/g, '')).to.equal('您是不是要找：专利');
    expect(resultNames(el)[0]).to.equal('成果转化与科技奖励处');
    await expect(el).to.be.accessible();
    const status = $(el, '[role="status"]')!;
    await waitFor(() => status.textContent?.includes('专利'), 'the suggestion is announced');
    expect(status.textContent).to.include('您是不是要找：专利');

    $<HTMLButtonElement>(el, '[part~="accept"]')!.click();
    await el.updateComplete;
    expect(field(el).value).to.equal('专利');
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    expect($(el, '[part~="suggestion"]')).to.not.exist;
    expect(resultNames(el)[0]).to.equal('成果转化与科技奖励处');
  });

  it('typing 孵化氣 on a Traditional page suggests 孵化器 above 科技創業處', async () => {
    const el = await lookup('zh-TW', dalianHant);
    await type(el, '孵化氣');
    await waitFor(() => $(el, '[part~="suggestion"]'), 'the suggestion is shown');
    expect($(el, '[part~="suggestion"]')!.textContent!.replace(/\s+/g, '')).to.equal('您是不是要找：孵化器');
    expect(resultNames(el)[0]).to.equal('科技創業處');
  });

  it('typing the Simplified 专历 on a Traditional page suggests 专利 (in the script typed) above 成果轉化與科技獎勵處', async () => {
    const el = await lookup('zh-TW', dalianHant);
    await type(el, '专历');
    await waitFor(() => $(el, '[part~="suggestion"]'), 'the suggestion is shown');
    expect($(el, '[part~="suggestion"]')!.textContent!.replace(/\s+/g, '')).to.equal('您是不是要找：专利');
    expect(resultNames(el)[0]).to.equal('成果轉化與科技獎勵處');
  });

  it('on an English page the suggestion reads "Did you mean" and carries the data’s language', async () => {
    const el = await lookup('en');
    await type(el, '专历');
    await waitFor(() => $(el, '[part~="suggestion"]'), 'the suggestion is shown');
    expect($(el, '[part~="suggestion"]')!.textContent).to.include('Did you mean');
    expect($(el, '[part~="accept"]')!.getAttribute('lang')).to.equal('zh-Hans');
    await expect(el).to.be.accessible();
  });

  for (const query of ['zzzz', '不存在的事项']) {
    it(`typing ${query} shows the no-match state, with no suggestion`, async () => {
      const el = await lookup('zh-CN');
      await type(el, query);
      expect(resultNames(el)).to.deep.equal([]);
      expect($(el, '[part~="no-match"]')).to.exist;
      const status = $(el, '[role="status"]')!;
      await waitFor(() => status.textContent?.includes('没有找到'), 'the no-match state is announced');
      expect($(el, '[part~="suggestion"]')).to.not.exist;
    });
  }

  it('names the division in the announcement when there is one result', async () => {
    const el = await lookup('zh-CN');
    const status = $(el, '[role="status"]')!;
    await type(el, '行政复议');
    expect(resultNames(el)).to.deep.equal(['政策法规与监督处']);
    await waitFor(() => status.textContent?.includes('找到'), 'the result is announced');
    expect(status.textContent?.trim()).to.equal('找到 1 个相关部门：政策法规与监督处');
  });

  it('shows the division’s phone, address and office hours when the data has them', async () => {
    const data = copy(dalianHans);
    data.contacts = [
      ...(data.contacts ?? []),
      {
        divisionId: 'sec_divisions__point_10',
        phone: { value: '0411-8376 5010', source: { title: '大连市科学技术局网站' } },
        address: { value: '人民路75号 1201室', source: { title: '大连市科学技术局网站' } },
        hours: { value: '周一至周五 8:30–17:00', source: { title: '大连市科学技术局网站' } },
      },
    ];
    const el = await lookup('zh-CN', data);
    await type(el, '孵化器');
    const [first, second] = $$(el, '[part~="result"]');
    const contact = first!.querySelector('[part~="contact"]')!;
    expect(contact.textContent).to.include('电话');
    expect(contact.textContent).to.include('人民路75号 1201室');
    expect(contact.textContent).to.include('周一至周五 8:30–17:00');
    expect(contact.querySelector('a')?.getAttribute('href')).to.equal('tel:041183765010');
    expect(second?.querySelector('[part~="contact"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('links each result to its division on the directory page set by directory-href', async () => {
    const el = await lookup('zh-CN', dalianHans, 'directory-href="/directory.html"');
    await type(el, '孵化器');
    const link = $<HTMLAnchorElement>(el, '[part~="result"] [part~="directory-link"]')!;
    expect(link.getAttribute('href')).to.equal('/directory.html#sec_divisions__point_10');
    expect(link.textContent?.trim()).to.equal('在部门目录中查看');
  });

  it('links to this page’s directory by default, and never to a javascript: address', async () => {
    for (const attrs of ['directory="dir"', 'directory-href="javascript:alert(1)"']) {
      const el = await lookup('zh-CN', dalianHans, attrs);
      await type(el, '孵化器');
      expect($(el, '[part~="directory-link"]')!.getAttribute('href')).to.equal('#sec_divisions__point_10');
    }
    const plain = await lookup('zh-CN');
    await type(plain, '孵化器');
    expect($(plain, '[part~="directory-link"]')).to.not.exist;
  });

  it('reads 例如： once: the example list is not labelled by it again', async () => {
    const el = await lookup('zh-CN');
    const list = $(el, '[part~="examples"] ul')!;
    expect(list.hasAttribute('aria-labelledby')).to.equal(false);
    expect(list.hasAttribute('aria-label')).to.equal(false);
    expect(shownText(el)).to.include('例如：');
  });

  it('marks the agency’s name in the hint with the data’s language on an English page', async () => {
    const el = await lookup('en');
    const name = $(el, '[part~="hint"] span[lang]')!;
    expect(name.textContent).to.equal(dalianHans.agency.name);
    expect(name.getAttribute('lang')).to.equal('zh-Hans');
    expect($(el, '[part~="hint"]')!.textContent).to.include('Chinese, pinyin and English all work');
  });

  it('highlights the matched words with mark', async () => {
    const el = await lookup('zh-CN');
    await type(el, '孵化器');
    const marks = $$(el, '[part~="result"]:first-child [part~="clause"] mark');
    expect(marks.length).to.be.greaterThan(0);
    for (const mark of marks) expect('孵化器').to.include(mark.textContent!);
    expect(marks.map((m) => m.textContent).join('')).to.include('孵化器');
  });

  it('shows the unofficial English names and English examples on en pages', async () => {
    const el = await lookup('en');
    expect($$(el, '[part~="example"]').map((b) => b.textContent?.trim())).to.include('incubator');
    await type(el, 'incubator');
    const first = $(el, '[part~="choose"]')!;
    expect(first.textContent).to.include('科技创业处');
    expect(first.textContent).to.include('Science and Technology Entrepreneurship Division');
    expect(first.textContent).to.include('unofficial');
    expect(first.querySelector('.name')?.getAttribute('lang')).to.equal('zh-Hans');
    expect($(el, '[part~="count"]')?.textContent).to.match(/\d+ divisions? found/);
    await expect(el).to.be.accessible();
  });

  it('a query with no match says so and suggests the directory', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN"><stub-directory id="dir" tabindex="-1"></stub-directory></div>`,
    );
    const el = document.createElement('sanding-duty-lookup');
    el.directory = 'dir';
    el.regulation = dalianHans;
    host.prepend(el);
    await waitFor(() => $(el, 'input'));
    await type(el, '婚姻登记');
    expect(resultNames(el)).to.deep.equal([]);
    const noMatch = $(el, '[part~="no-match"]')!;
    expect(noMatch.textContent).to.include('没有找到与“婚姻登记”相关的部门');
    expect(noMatch.textContent).to.include('浏览');
    await expect(el).to.be.accessible();
    await waitFor(() => $(el, '[role="status"]')?.textContent?.includes('没有找到'), 'the no-match state is announced');

    $<HTMLButtonElement>(el, '[part~="browse"]')!.click();
    expect(document.activeElement).to.equal(host.querySelector('stub-directory'));
  });

  it('a query with no match and no directory still suggests browsing, without a button', async () => {
    const el = await lookup('zh-CN');
    await type(el, '婚姻登记');
    expect(shownText(el)).to.include('浏览全部内设机构');
    expect($(el, '[part~="browse"]')).to.not.exist;
  });

  it('ArrowDown then Enter fires sanding-select with the division', async () => {
    const el = await lookup('zh-CN');
    await type(el, '孵化器');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement?.textContent).to.include('科技创业处');
    const event = oneEvent(el, 'sanding-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.regulationId).to.equal('dalian-stb');
    expect(detail.division.id).to.equal('sec_divisions__point_10');
    expect(detail.division.name).to.equal('科技创业处');
    expect(detail.division.responsibilities.length).to.be.greaterThan(0);
  });

  it('moves through the results with the arrow keys, Home and End, and back to the field', async () => {
    const el = await lookup('zh-CN');
    await type(el, '高新技术企业认定');
    const buttons = $$(el, '[part~="choose"]');
    expect(buttons.length).to.be.greaterThan(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons.at(-1));
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons.at(-1));
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    expect(field(el).value).to.equal('高新技术企业认定');
  });

  it('Enter in the field moves to the first result, and Escape on a result returns to the field', async () => {
    const el = await lookup('zh-CN');
    await type(el, '外国专家');
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.textContent).to.include('外国专家与国际合作处');
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    expect(field(el).value).to.equal('外国专家');
  });

  it('Escape clears the field', async () => {
    const el = await lookup('zh-CN');
    await type(el, '孵化器');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field(el).value).to.equal('');
    expect(el.query).to.equal('');
    expect(resultNames(el)).to.deep.equal([]);
    expect($$(el, '[part~="example"]').length).to.equal(3);
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    await expect(el).to.be.accessible();
  });

  it('Enter on a result opens it in the directory', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN"><stub-directory id="directory"></stub-directory></div>`,
    );
    const el = document.createElement('sanding-duty-lookup');
    el.setAttribute('directory', 'directory');
    el.regulation = dalianHans;
    host.prepend(el);
    await waitFor(() => $(el, 'input'));
    await type(el, '外国专家');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(host.querySelector<StubDirectory>('stub-directory')!.opened).to.deep.equal(['sec_divisions__point_8']);
  });

  it('ignores a directory that has no open method', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><div id="not-a-directory"></div></div>`);
    const el = document.createElement('sanding-duty-lookup');
    el.directory = 'not-a-directory';
    el.regulation = dalianHans;
    host.prepend(el);
    await waitFor(() => $(el, 'input'));
    await type(el, '外国专家');
    const event = oneEvent(el, 'sanding-select');
    $<HTMLButtonElement>(el, '[part~="choose"]')!.click();
    expect((await event).detail.division.id).to.equal('sec_divisions__point_8');
  });

  it('fires one debounced sanding-search with the query and result count', async () => {
    const el = await lookup('zh-CN');
    const events: SandingSearchEvent[] = [];
    el.addEventListener('sanding-search', (e) => events.push(e));
    await type(el, '孵化器');
    await waitUntil(() => events.length > 0, 'sanding-search fired', { timeout: 3000 });
    // Wait well past the debounce: no second event for the same search.
    await aTimeout(1000);
    expect(events.length).to.equal(1);
    expect(events[0]!.detail).to.deep.equal({ query: '孵化器', resultCount: resultNames(el).length });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('masks ID and phone numbers and email addresses in sanding-search', async () => {
    const el = await lookup('zh-CN');
    const event = oneEvent(el, 'sanding-search');
    await type(el, '孵化器 210202199001011234 a.b@example.cn');
    expect((await event).detail.query).to.equal('孵化器 ****************** *');
  });

  it('masks phone numbers written with spaces or hyphens in sanding-search', async () => {
    const el = await lookup('zh-CN');
    const event = oneEvent(el, 'sanding-search');
    // Pasted in one go: typed a key at a time on a busy machine, a pause of 600 ms would report
    // the query as far as it had got.
    field(el).value = '孵化器 138 1234 5678 0411-8376-5000';
    field(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect((await event).detail.query).to.equal(`孵化器 ${'*'.repeat(28)}`);
  });

  it('announces the result count politely once typing pauses', async () => {
    const el = await lookup('zh-CN');
    const status = $(el, '[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    await type(el, '孵化器');
    await waitFor(() => status.textContent?.includes('找到'), 'the count is announced');
    expect(status.textContent).to.include(String(resultNames(el).length));
  });

  it('empties the status region when typing starts again, so the next count is announced even if it is the same', async () => {
    const el = await lookup('zh-CN');
    const status = $(el, '[role="status"]')!;
    await type(el, '孵化器');
    await waitFor(() => status.textContent?.includes('找到'), 'the count is announced');
    const first = status.textContent;
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(status.textContent?.trim()).to.equal('');
    await sendKeys({ type: '器' });
    await waitFor(() => status.textContent?.includes('找到'), 'the count is announced again');
    expect(status.textContent).to.equal(first);
  });

  it('words the announced count in the language of the moment', async () => {
    const el = await lookup('zh-CN');
    const status = $(el, '[role="status"]')!;
    await type(el, '孵化器');
    await waitFor(() => status.textContent?.includes('找到'), 'the count is announced in Chinese');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => /found/.test(status.textContent ?? ''), 'the count is worded in English', { timeout: 3000 });
  });

  it('keeps focus on a result across a language switch', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    host.innerHTML = '<sanding-duty-lookup dataset="dalian-stb"></sanding-duty-lookup>';
    const el = host.querySelector('sanding-duty-lookup')!;
    await waitUntil(() => $(el, 'input'), 'the search field is shown', { timeout: 5000 });
    await type(el, '孵化器');
    $<HTMLButtonElement>(el, '[part~="choose"]')!.focus();
    host.setAttribute('lang', 'zh-TW');
    await waitUntil(() => resultNames(el)[0] === '科技創業處', 'Traditional results', { timeout: 5000 });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('choose');
  });

  it('shows an error and fires sanding-error for data the engine cannot index, before anyone types', async () => {
    const broken = copy(dalianHans);
    (broken.divisions[0] as { responsibilities: unknown }).responsibilities = null;
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    const event = oneEvent(host, 'sanding-error');
    const el = document.createElement('sanding-duty-lookup');
    el.regulation = broken;
    host.append(el);
    expect((await event).detail.reason).to.equal('invalid-data');
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.exist;
  });

  it('searches what the portal sets in the query attribute', async () => {
    const el = await lookup('zh-CN', dalianHans, 'query="外专"');
    await waitFor(() => resultNames(el).length > 0, 'results for the preset query');
    expect(field(el).value).to.equal('外专');
    expect(resultNames(el)[0]).to.equal('外国专家与国际合作处');
  });

  it('waits for the input method to finish composing', async () => {
    const el = await lookup('zh-CN');
    const input = field(el);
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    input.value = 'fu';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
    await el.updateComplete;
    expect(el.query).to.equal('');
    input.value = '孵化器';
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '孵化器' }));
    await waitFor(() => resultNames(el).length > 0, 'searched the committed text');
    expect(el.query).to.equal('孵化器');
  });

  it('shows a typed query with markup as text', async () => {
    const el = await lookup('zh-CN');
    (window as { __pwned?: number }).__pwned = undefined;
    await type(el, '<img src=x onerror="window.__pwned=1">');
    expect($(el, 'img')).to.not.exist;
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
