import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { restorePageStateAfterEach } from '../../test/page-state.js';
import { runSharedSuite, shownText } from '../../test/shared-suite.js';
import { copy, dalianHans, dalianHant, manyDivisions } from '../../test/fixtures.js';
import { atWidths, linesOf } from '../../test/typography.js';
import '../division-directory/define.js';
import { SandingOrgChart } from './define.js';

runSharedSuite({ tag: 'sanding-org-chart', constructor: SandingOrgChart, readyText: (r) => r.agency.name });

const AWARDS = 'sec_divisions__point_6';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const box = (el: Element, id: string): HTMLAnchorElement => $<HTMLAnchorElement>(el, `a[href="#${id}"]`)!;

async function chart(lang: string, regulation = lang === 'zh-TW' ? dalianHant : dalianHans): Promise<SandingOrgChart> {
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('sanding-org-chart');
  el.regulation = regulation;
  host.append(el);
  await el.updateComplete;
  return el;
}

/** The chart and a directory side by side, linked by the `directory` attribute. */
async function chartWithDirectory(): Promise<{
  chart: SandingOrgChart;
  directory: HTMLElementTagNameMap['sanding-division-directory'];
}> {
  const host = await fixture<HTMLDivElement>(html`<div lang="zh-TW">
    <sanding-org-chart directory="the-directory" .regulation=${dalianHant}></sanding-org-chart>
    <sanding-division-directory id="the-directory" .regulation=${dalianHant}></sanding-division-directory>
  </div>`);
  const result = {
    chart: host.querySelector('sanding-org-chart')!,
    directory: host.querySelector('sanding-division-directory')!,
  };
  await result.chart.updateComplete;
  await result.directory.updateComplete;
  return result;
}

/** The names of the list items that hold `node`, innermost first (the nesting a screen reader announces). */
function listAncestors(node: Element, root: Element): Element[] {
  const lists: Element[] = [];
  for (let at = node.parentElement; at && at !== root; at = at.parentElement) if (at.tagName === 'UL') lists.push(at);
  return lists;
}

describe('<sanding-org-chart>', () => {
  restorePageStateAfterEach();

  for (const lang of ['zh-CN', 'zh-TW']) {
    it(`never breaks a division's name inside a word (产/业化处), wide or narrow, in ${lang}`, async () => {
      const el = await chart(lang);
      const names = $$(el, '.division-box .name').map((name) => name.textContent!.trim());
      expect(names.length).to.equal(11);
      await atWidths(el, [1080, 900, 700, 375, 320], (width) => {
        for (const name of names) expect(linesOf(el, name), `${name} at ${width}px`).to.equal(1);
      });
    });
  }

  it('draws every one of 300 divisions, a chunk at a time, each a link, with fewer than 5 elements each', async () => {
    const agency = manyDivisions(300);
    const el = await chart('zh-CN', agency);
    const boxes = () => $$<HTMLAnchorElement>(el, '[part~="division"]');
    expect(boxes().length).to.be.greaterThan(0);
    expect(boxes().length).to.be.lessThan(300);
    await waitUntil(() => boxes().length === 300, 'every division drawn', { timeout: 5000 });
    await el.updateComplete;
    const hrefs = boxes().map((a) => a.getAttribute('href'));
    expect([...hrefs].sort()).to.deep.equal(agency.divisions.map((d) => `#${d.id}`).sort());
    const fixed = 30; // the figure, the agency's and the leadership's boxes, the groups
    expect(($$(el, '*').length - fixed) / 300).to.be.lessThan(5);
  });

  it('draws every division in its first render when its shadow root came from the server (hydration)', async () => {
    // A declarative shadow root, as server-side rendering writes it: hydration needs the first
    // render to be the server's, every box of it.
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    host.setHTMLUnsafe(
      '<sanding-org-chart><template shadowrootmode="open"><p>rendered by the server</p></template></sanding-org-chart>',
    );
    const el = host.querySelector('sanding-org-chart')!;
    el.regulation = manyDivisions(60);
    await el.updateComplete;
    expect($$(el, '[part~="division"]')).to.have.length(60);
  });

  it('Tab reaches the last of 300 divisions once they are drawn', async () => {
    const el = await chart('zh-CN', manyDivisions(300));
    await waitUntil(() => $$(el, '[part~="division"]').length === 300, 'every division drawn', { timeout: 5000 });
    const boxes = $$<HTMLAnchorElement>(el, '[part~="division"]');
    boxes[298]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(boxes[299]);
    await expect(el).to.be.accessible();
  });

  it('the org chart lists 11 divisions under the agency as a nested list', async () => {
    const el = await chart('zh-CN');
    const agency = $(el, 'figure > ul > li')!;
    expect(agency.querySelector(':scope > [part~="agency"]')!.textContent).to.include('大连市科学技术局');
    const leadership = agency.querySelector(':scope > ul > li')!;
    expect(leadership.querySelector(':scope > [part~="leadership"]')!.textContent).to.include('局长 李大民');
    const divisions = [...leadership.querySelectorAll(':scope > ul > li > ul > li > a')];
    expect(divisions).to.have.length(11);
    // agency list → leadership list → groups list → boxes list
    for (const division of divisions) expect(listAncestors(division, $(el, 'figure')!)).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('shows 大連市科學技術局, 局長 李大民 and the divisions grouped into offices and divisions', async () => {
    const el = await chart('zh-TW');
    expect($(el, 'figcaption')!.textContent).to.equal('組織架構圖');
    expect($(el, '[part~="agency"]')!.textContent).to.include('大連市外國專家局');
    const groups = $$(el, '[part~="group"]').map((g) => ({
      label: g.querySelector('[part~="group-label"]')!.textContent,
      divisions: [...g.querySelectorAll('a .name')].map((n) => n.textContent),
    }));
    expect(groups).to.deep.equal([
      { label: '辦公室', divisions: ['機關黨委辦公室', '行政審批辦公室'] },
      {
        label: '業務處室',
        divisions: dalianHant.divisions.map((d) => d.name).filter((n) => n.endsWith('處')),
      },
    ]);
    expect(groups[1]!.divisions).to.have.length(9);
    // Each group's list is named by its label.
    const list = $(el, '[part~="group"] ul')!;
    expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('辦公室');
  });

  it('shows the leadership posts of the staffing', async () => {
    const data = copy(dalianHans);
    data.staffing = {
      administrativePosts: 45,
      leadershipPosts: [{ title: '副局长', count: 3 }],
      citation: '第五条',
      text: '…',
    };
    const el = await chart('zh-CN', data);
    expect($(el, '[part~="leadership"]')!.textContent).to.include('副局长 3 名');
  });

  it('hangs the divisions on the agency when there is no leadership', async () => {
    const data = copy(dalianHans);
    data.leaders = [];
    const el = await chart('zh-CN', data);
    expect($(el, '[part~="leadership"]')).to.not.exist;
    expect($$(el, 'figure > ul > li a')).to.have.length(11);
    await expect(el).to.be.accessible();
  });

  it('shows the unofficial English names beside the Chinese ones on an en page', async () => {
    const el = await chart('en');
    const talent = box(el, 'sec_divisions__point_11').textContent!.replace(/\s+/g, ' ');
    expect(talent).to.include('科技人才处');
    expect(talent).to.include('Science and Technology Talent Division (unofficial translation)');
    expect(shownText(el)).to.include('Organisation chart');
    expect(box(el, 'sec_divisions__point_11').querySelector('.name')!.getAttribute('lang')).to.equal('zh-Hans');
    await expect(el).to.be.accessible();
  });

  it('without a directory, a box links to #division-id and fires sanding-select', async () => {
    const el = await chart('zh-CN');
    const link = box(el, AWARDS);
    expect(link.getAttribute('href')).to.equal(`#${AWARDS}`);
    const event = oneEvent(el, 'sanding-select');
    link.click();
    const { detail } = await event;
    expect(detail.division.name).to.equal('成果转化与科技奖励处');
    expect(detail.regulationId).to.equal('dalian-stb');
    expect(location.hash).to.equal(`#${AWARDS}`);
  });

  for (const directory of [undefined, 'not-on-this-page']) {
    it(`with ${directory ? 'a directory id not on the page' : 'no directory'}, a box sets this page’s hash itself, even under a <base href>`, async () => {
      const el = await chart('zh-CN');
      if (directory) el.directory = directory;
      let followed = true;
      const check = (event: Event): void => void (followed = !event.defaultPrevented);
      window.addEventListener('click', check);
      const page = location.pathname;
      try {
        box(el, AWARDS).click();
        expect(followed, 'the link was followed').to.equal(false);
        expect(location.pathname).to.equal(page);
        expect(location.hash).to.equal(`#${AWARDS}`);
      } finally {
        window.removeEventListener('click', check);
      }
    });
  }

  it('without a directory, a box sets this page’s hash even under a <base href> to another page', async () => {
    const el = await chart('zh-CN');
    const base = document.createElement('base');
    base.href = '/elsewhere/';
    document.head.append(base);
    const page = location.pathname;
    try {
      box(el, AWARDS).click();
      expect(location.pathname).to.equal(page);
      expect(location.hash).to.equal(`#${AWARDS}`);
    } finally {
      base.remove();
    }
  });

  it('activating an org-chart box opens the division in the directory', async () => {
    const { chart: el, directory } = await chartWithDirectory();
    const before = location.hash;
    const event = oneEvent(el, 'sanding-select');
    box(el, AWARDS).click();
    expect((await event).detail.division.id).to.equal(AWARDS);
    const toggle = directory.shadowRoot!.querySelector(`[id="toggle-${AWARDS}"]`)!;
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'opened in the directory', {
      timeout: 5000,
    });
    expect(directory.shadowRoot!.activeElement).to.equal(toggle);
    // The directory opened it: the page's URL is not touched.
    expect(location.hash).to.equal(before);
  });

  it('Enter on an org-chart box opens the division in the directory', async () => {
    const { chart: el, directory } = await chartWithDirectory();
    box(el, 'sec_divisions__point_8').focus();
    await sendKeys({ press: 'Enter' });
    const toggle = directory.shadowRoot!.querySelector('[id="toggle-sec_divisions__point_8"]')!;
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'opened in the directory', {
      timeout: 5000,
    });
    expect(directory.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('Tab reaches every division box in order', async () => {
    const el = await chart('zh-CN');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 11; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement!.getAttribute('href')!);
    }
    const offices = ['#sec_divisions__point_1', '#sec_divisions__point_7'];
    expect(reached.slice(0, 2)).to.deep.equal(offices);
    expect(reached).to.have.length(11);
  });

  it('draws a tree on a wide screen: the groups side by side', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await chart('zh-CN');
    const [offices, divisions] = $$(el, '[part~="group"]').map((g) => g.getBoundingClientRect());
    expect(offices!.top).to.equal(divisions!.top);
    expect(offices!.right).to.be.at.most(divisions!.left);
    await expect(el).to.be.accessible();
  });

  it('stacks on a 320 px phone: one box under another, nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await chart('zh-CN');
    const boxes = $$(el, '[part~="division"]').map((b) => b.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).to.be.greaterThan(boxes[i - 1]!.top);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const b of boxes) expect(b.right).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
