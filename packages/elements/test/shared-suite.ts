/**
 * The behaviour every Sanding component shares, as one suite run against each component:
 * data from `regulation`, `src` and `dataset`; loading, empty and error states; language;
 * re-rendering on new data; properties set before upgrade; hostile strings; accessibility.
 */
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { Regulation } from '@sanding/data';
import type { SandingElement } from '../src/shared/sanding-element.js';
import { turn } from '../src/shared/after-paint.js';
import { copy, dalianHans, dalianHant, hostile } from './fixtures.js';

/** Served by the test runner from the repo root (web-test-runner.config.js). */
export const DATASET_URL = '/packages/datasets/dist/dalian-stb/zh-Hans.json';
/** The Dalian dataset as portals host it under schema 1 (before the agency's name could be null). */
const SCHEMA_1_URL = '/packages/data/test/fixtures/schema-1/dalian-stb.zh-Hant.json';

export interface SharedSuiteOptions {
  readonly tag: string;
  /** The element class, to register a late-defined copy under another tag. */
  readonly constructor: CustomElementConstructor;
  /**
   * Visible text that proves the regulation is shown (e.g. the agency's or a division's name);
   * null (an agency the text does not name) stands for the title.
   */
  readonly readyText: (regulation: Regulation) => string | null;
  /** Attributes a component needs besides the data (e.g. `division` on a contact card). */
  readonly attributes?: Readonly<Record<string, string>>;
}

type AnyElement = SandingElement & HTMLElement;

/** All text in the element's shadow root, slots resolved. */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

async function settle(el: AnyElement): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** Runs `run` with the page's reserve.css (the shipped file) adopted by the document. */
async function withReserve(run: () => Promise<void>): Promise<void> {
  const reserve = new CSSStyleSheet();
  reserve.replaceSync(await (await fetch('/packages/elements/src/reserve.css')).text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserve];
  try {
    await run();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== reserve);
  }
}

export function runSharedSuite(options: SharedSuiteOptions): void {
  const { tag } = options;
  const readyText = (regulation: Regulation): string => options.readyText(regulation) ?? regulation.title;
  const attrs = options.attributes ?? {};
  const create = async (setup: (el: AnyElement) => void = () => {}): Promise<AnyElement> => {
    const el = document.createElement(tag) as AnyElement;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    setup(el);
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    host.append(el);
    await settle(el);
    return el;
  };

  /** A component in a host with `lang`, set up before it is attached (not awaited further). */
  const mount = async (
    lang: string,
    setup: (el: AnyElement) => void = () => {},
  ): Promise<{ host: HTMLDivElement; el: AnyElement }> => {
    const host = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
    const el = document.createElement(tag) as AnyElement;
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    setup(el);
    host.append(el);
    return { host, el };
  };

  /**
   * A component attached with `regulation` (the Simplified data) set before its class was defined
   * (under a tag of its own), then defined: resolves at once, its first render still to come.
   */
  const definedLate = async (): Promise<AnyElement> => {
    const lateTag = `${tag}-late-${Math.random().toString(36).slice(2, 8)}`;
    const el = document.createElement(lateTag) as AnyElement;
    for (const [attr, value] of Object.entries(attrs)) el.setAttribute(attr, value);
    (el as unknown as { regulation: Regulation }).regulation = dalianHans;
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    host.append(el);
    customElements.define(lateTag, class extends (options.constructor as typeof HTMLElement) {});
    return el;
  };

  /** The bundled dataset in a zh-TW host, once its Traditional data is shown. */
  const mountDalianHant = async (): Promise<{ host: HTMLDivElement; el: AnyElement }> => {
    const mounted = await mount('zh-TW', (el) => el.setAttribute('dataset', 'dalian-stb'));
    await waitUntil(() => shownText(mounted.el).includes(readyText(dalianHant)), 'Traditional data shown', {
      timeout: 5000,
    });
    return mounted;
  };

  /** Sets `lang="en"` on `holder` and waits for the component's UI to turn English. */
  const switchesToEnglish = async (holder: Element, el: AnyElement): Promise<void> => {
    await settle(el);
    const before = shownText(el);
    holder.setAttribute('lang', 'en');
    await waitUntil(() => shownText(el) !== before, 'UI text changed', { timeout: 5000 });
    expect(shownText(el)).to.match(/[A-Z]{3}/i);
  };

  describe(`<${tag}> shared behaviour`, () => {
    it('sets Simplified text in SC faces and Traditional text in TC faces, after a Latin face', async () => {
      const fonts = async (lang: string): Promise<string[]> => {
        const { el } = await mount(lang, (e) => (e.regulation = lang === 'zh-TW' ? dalianHant : dalianHans));
        await settle(el);
        return getComputedStyle(el)
          .fontFamily.split(',')
          .map((face) => face.trim().replace(/^["']|["']$/g, ''));
      };
      for (const lang of ['zh-CN', 'en', 'zh-Hans-HK']) {
        const stack = await fonts(lang);
        expect(stack, lang).to.include('Noto Sans CJK SC').and.not.include('Noto Sans CJK TC');
        expect(stack.indexOf('Segoe UI'), lang).to.be.within(0, stack.indexOf('Noto Sans CJK SC'));
        expect(stack, lang).to.not.include('system-ui');
      }
      for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant']) {
        const stack = await fonts(lang);
        expect(stack, lang).to.include('Noto Sans CJK TC').and.not.include('Noto Sans CJK SC');
        expect(stack.indexOf('Segoe UI'), lang).to.be.within(0, stack.indexOf('Noto Sans CJK TC'));
      }
      const { el } = await mount('zh-TW', (e) => e.style.setProperty('--sanding-font-family', 'serif'));
      expect(getComputedStyle(el).fontFamily).to.equal('serif');
    });

    it('says there is no data yet when given none', async () => {
      const el = await create();
      expect(el.shadowRoot!.querySelector('[part~="status"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the regulation passed as a property', async () => {
      const el = await create((e) => (e.regulation = dalianHans));
      expect(shownText(el)).to.include(readyText(dalianHans));
      await expect(el).to.be.accessible();
    });

    it('re-renders when given new data', async () => {
      const el = await create((e) => (e.regulation = dalianHans));
      const other = copy(dalianHans);
      other.agency.name = '示例市测试局';
      other.divisions = other.divisions.map((d, i) => (i === 0 ? { ...d, name: '示例处' } : d));
      el.regulation = other;
      await settle(el);
      expect(shownText(el)).to.include(readyText(other));
    });

    it('shows a loading state while src is fetched, then the data', async () => {
      const el = document.createElement(tag) as AnyElement;
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      el.src = DATASET_URL;
      const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
      host.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.include('加载');
      await expect(el).to.be.accessible();
      await waitUntil(() => shownText(el).includes(readyText(dalianHans)), 'data never shown', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.exist;
    });

    it('shows a file hosted under schema 1, from src and as a property', async () => {
      const el = await create((e) => (e.src = SCHEMA_1_URL));
      await waitUntil(() => shownText(el).includes(readyText(dalianHant)), 'schema-1 file never shown', {
        timeout: 5000,
      });
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.exist;
      const hosted = (await (await fetch(SCHEMA_1_URL)).json()) as { schemaVersion: number };
      expect(hosted.schemaVersion).to.equal(1);
      const other = await create((e) => (e.regulation = hosted as unknown as Regulation));
      expect(shownText(other)).to.include(readyText(dalianHant));
    });

    it('shows a regulation whose text names no agency under its title, never "null"', async () => {
      const unnamed = copy(dalianHans);
      unnamed.agency.name = null;
      unnamed.title = '某区民政局机构简介';
      const el = await create((e) => (e.regulation = unnamed));
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.exist;
      expect(shownText(el)).to.not.include('null');
      expect(shownText(el)).to.include(readyText(unnamed));
      await expect(el).to.be.accessible();
    });

    it('aborts the fetch when removed from the page', async () => {
      const realFetch = window.fetch;
      let signal: AbortSignal | undefined;
      window.fetch = (input, init) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      };
      try {
        const el = await create((e) => (e.src = '/never-answers.json'));
        expect(signal?.aborted).to.equal(false);
        el.remove();
        expect(signal?.aborted).to.equal(true);
      } finally {
        window.fetch = realFetch;
      }
    });

    for (const [name, src, reason] of [
      ['a missing file', '/no-such-file.json', 'http'],
      ['a file that is not JSON', '/packages/elements/web-test-runner.config.js', 'json'],
      ['JSON that is not a Regulation', '/packages/data/package.json', 'invalid-data'],
      ['a javascript: URL', 'javascript:alert(1)', 'invalid-src'],
    ] as const) {
      it(`shows a readable error and fires sanding-error for ${name}`, async () => {
        const el = document.createElement(tag) as AnyElement;
        for (const [attr, value] of Object.entries(attrs)) el.setAttribute(attr, value);
        const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
        const event = oneEvent(host, 'sanding-error');
        el.src = src;
        host.append(el);
        const { detail } = await event;
        expect(detail.reason).to.equal(reason);
        await settle(el);
        const error = el.shadowRoot!.querySelector('[part~="error"]');
        expect(error, 'error state').to.exist;
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(error!.textContent!.trim().length).to.be.greaterThan(4);
        await expect(el).to.be.accessible();
      });
    }

    it('shows a readable error and fires sanding-error for a regulation property that is not a Regulation', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
      const event = oneEvent(host, 'sanding-error');
      const el = document.createElement(tag) as AnyElement;
      for (const [attr, value] of Object.entries(attrs)) el.setAttribute(attr, value);
      el.regulation = { agency: { name: 'x' } } as unknown as Regulation;
      host.append(el);
      expect((await event).detail.reason).to.equal('invalid-data');
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    });

    it('renders first in a task after the one that attaches it; busy until then, in the room reserve.css keeps', () =>
      withReserve(async () => {
        const { el } = await mount('zh-CN');
        // The next task (a timer set now runs before the turn's, which waits for a frame).
        const before = await new Promise<{ rendered: boolean; busy: string | null; height: number }>((done) =>
          setTimeout(() =>
            done({ rendered: el.hasUpdated, busy: el.getAttribute('aria-busy'), height: el.offsetHeight }),
          ),
        );
        expect(before.rendered, 'rendered in the task that attached it').to.equal(false);
        expect(before.busy).to.equal('true');
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const kept = parseFloat(getComputedStyle(el).getPropertyValue('--sanding-reserve-block-size')) * rem;
        expect(kept).to.be.greaterThan(100);
        expect(before.height, 'the room kept before the first render').to.be.closeTo(kept, 1);
        await el.updateComplete;
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        expect(el.offsetHeight, 'the loading state keeps it').to.be.closeTo(kept, 1);
        expect(shownText(el)).to.not.equal('');
      }));

    it('takes turns with the other components of a page: each renders in a task of its own', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
      const made = [0, 1, 2].map(() => {
        const el = document.createElement(tag) as AnyElement;
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        el.setAttribute('dataset', 'dalian-stb');
        return el;
      });
      // Each component's first render and first render of the data, in order, and whether it came
      // in the same task as the one before (set by a render, cleared by the next task).
      const seen: string[] = [];
      let sameTask = false;
      for (const [i, el] of made.entries()) {
        let stage = '';
        el.addController({
          hostUpdated: () => {
            const now = shownText(el).includes(readyText(dalianHans)) ? 'data' : 'first';
            if (now === stage) return;
            stage = now;
            seen.push(`${i}: ${now}${sameTask ? ', in the same task as the one before' : ''}`);
            sameTask = true;
            setTimeout(() => (sameTask = false));
          },
        });
      }
      host.append(...made);
      await waitUntil(() => made.every((el) => shownText(el).includes(readyText(dalianHans))), 'data shown', {
        timeout: 5000,
      });
      // The three components share the dataset, which arrives for all of them at once.
      expect(seen).to.deep.equal(['0: first', '1: first', '2: first', '0: data', '1: data', '2: data']);
    });

    it('shows an error for an unknown dataset', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
      const event = oneEvent(host, 'sanding-error');
      const el = document.createElement(tag) as AnyElement;
      for (const [attr, value] of Object.entries(attrs)) el.setAttribute(attr, value);
      el.datasetId = 'no-such-dataset';
      host.append(el);
      expect((await event).detail.reason).to.equal('unknown-dataset');
    });

    it('loads the bundled dataset in the script of the language', async () => {
      const { host, el } = await mountDalianHant();
      host.setAttribute('lang', 'zh-CN');
      await waitUntil(() => shownText(el).includes(readyText(dalianHans)), 'switched to Simplified data', {
        timeout: 5000,
      });
    });

    it('on an en page shows the bundled dataset in Simplified, with the English UI', async () => {
      const { host, el } = await mountDalianHant();
      host.setAttribute('lang', 'en');
      await waitUntil(() => shownText(el).includes(readyText(dalianHans)), 'Simplified data on an en page', {
        timeout: 5000,
      });
      expect(shownText(el)).to.match(/[A-Z]{4}/i);
    });

    it('shows a regulation passed as a property in its own script, whatever the page’s', async () => {
      const el = await create((e) => (e.regulation = dalianHant));
      expect(shownText(el)).to.include(readyText(dalianHant));
    });

    it('switches its UI language live when an ancestor’s lang changes', async () => {
      const { host, el } = await mount('zh-CN');
      await switchesToEnglish(host, el);
    });

    it('treats a null regulation as none yet: the empty state, no error', async () => {
      let errors = 0;
      const { el } = await mount('zh-CN', (e) => {
        e.regulation = null;
        e.addEventListener('sanding-error', () => errors++);
      });
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.exist;
      expect(errors).to.equal(0);
      el.regulation = dalianHans;
      await settle(el);
      expect(shownText(el)).to.include(readyText(dalianHans));
    });

    it('keeps showing its data while a language switch loads the other script: no loading state in between', async () => {
      const { host, el } = await mountDalianHant();
      let flashed = false;
      const watch = new MutationObserver(() => (flashed ||= !!el.shadowRoot!.querySelector('[part~="status"]')));
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      host.setAttribute('lang', 'zh-CN');
      await waitUntil(() => shownText(el).includes(readyText(dalianHans)), 'switched to Simplified data', {
        timeout: 5000,
      });
      watch.disconnect();
      expect(flashed, 'a loading state was shown').to.equal(false);
    });

    it('shows the loading state again for a new src, not the old data, and aborts it when removed', async () => {
      const realFetch = window.fetch;
      let signal: AbortSignal | undefined;
      const el = await create((e) => (e.regulation = dalianHans));
      window.fetch = (_input, init) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      };
      try {
        el.regulation = undefined;
        el.src = '/never-answers.json';
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part~="status"]'), 'loading state').to.exist;
        el.remove();
        expect(signal?.aborted).to.equal(true);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('switches its UI language live when lang changes inside a shadow root around it', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shell = host.attachShadow({ mode: 'open' });
      shell.innerHTML = '<div lang="zh-CN"></div>';
      const wrapper = shell.firstElementChild!;
      const el = document.createElement(tag) as AnyElement;
      for (const [attr, value] of Object.entries(attrs)) el.setAttribute(attr, value);
      wrapper.append(el);
      await switchesToEnglish(wrapper, el);
    });

    it('takes a property set before the element was defined', async () => {
      const el = await definedLate();
      await settle(el);
      expect(shownText(el)).to.include(readyText(dalianHans));
    });

    it('takes the later value of a property set before the element was defined and again before its first render', async () => {
      const el = await definedLate();
      // Defined, not yet rendered (its first render waits its turn): the page sets it again.
      expect(el.hasUpdated).to.equal(false);
      el.regulation = dalianHant;
      await settle(el);
      expect(el.regulation).to.equal(dalianHant);
      expect(shownText(el)).to.include(readyText(dalianHant));
    });

    it('takes the later value too when its first update is forced before its turn, and every value set after it', async () => {
      const el = await definedLate();
      el.regulation = dalianHant;
      // Lit's public way to update at once, before the turn the first update waits for.
      (el as unknown as { performUpdate(): void }).performUpdate();
      expect(el.hasUpdated).to.equal(true);
      expect(el.regulation).to.equal(dalianHant);
      // The turn comes and goes (every turn asked for so far has run after this one); a value set
      // after it is not put back to an earlier one.
      await turn(() => undefined);
      el.regulation = dalianHans;
      await settle(el);
      expect(el.regulation).to.equal(dalianHans);
      expect(shownText(el)).to.include(readyText(dalianHans));
    });

    it('loads nothing when removed before its first render, and loads once attached again', async () => {
      const realFetch = window.fetch;
      const fetched: string[] = [];
      window.fetch = (input, init) => {
        fetched.push(String(input));
        return realFetch(input, init);
      };
      try {
        const { host, el } = await mount('zh-CN', (e) => (e.src = DATASET_URL));
        el.remove();
        await new Promise((done) => setTimeout(done, 300));
        expect(fetched, 'fetched while detached').to.deep.equal([]);
        host.append(el);
        await waitUntil(() => shownText(el).includes(readyText(dalianHans)), 'data shown', { timeout: 5000 });
        expect(fetched).to.have.length(1);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('is not busy when the server rendered its shadow root, and keeps no room for it then', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
      (host as HTMLDivElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
        `<${tag}><template shadowrootmode="open"><p>rendered on the server</p></template></${tag}>`,
      );
      const el = host.firstElementChild as AnyElement;
      expect(el.shadowRoot?.textContent).to.include('rendered on the server');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });

    it('keeps no room while hidden and busy', () =>
      withReserve(async () => {
        const { el } = await mount('zh-CN', (e) => (e.hidden = true));
        expect(el.getAttribute('aria-busy')).to.equal('true');
        expect(el.offsetHeight).to.equal(0);
        await el.updateComplete;
        expect(el.offsetHeight).to.equal(0);
      }));

    it('renders hostile strings from the data as text', async () => {
      (window as { __pwned?: number }).__pwned = undefined;
      const data = hostile();
      const el = await create((e) => (e.regulation = data));
      await nextFrame();
      expect(el.shadowRoot!.querySelector('img, script')).to.not.exist;
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      for (const a of el.shadowRoot!.querySelectorAll('a'))
        expect(a.getAttribute('href') ?? '').to.not.match(/^\s*javascript:/i);
    });

    it('is larger and accessible in large-text mode', async () => {
      const el = await create((e) => (e.regulation = dalianHans));
      const normal = parseFloat(getComputedStyle(el).fontSize);
      el.largeText = true;
      await settle(el);
      expect(el.hasAttribute('large-text')).to.equal(true);
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.closeTo(normal * 1.25, 0.5);
      await expect(el).to.be.accessible();
    });

    it('takes its colours and font from the --sanding-* custom properties', async () => {
      const el = await create((e) => (e.regulation = dalianHans));
      el.style.setProperty('--sanding-color-text', 'rgb(1, 2, 3)');
      el.style.setProperty('--sanding-color-background', 'rgb(250, 240, 230)');
      el.style.setProperty('--sanding-font-size', '20px');
      const style = getComputedStyle(el);
      expect(style.color).to.equal('rgb(1, 2, 3)');
      expect(style.backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(style.fontSize).to.equal('20px');
    });
  });
}
