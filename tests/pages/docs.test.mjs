/**
 * The docs site, end to end: builds it under a sub-path (`vite build --base /sanding/`), serves
 * it under that prefix, and opens every page in Debian's Chromium. Each page must render its
 * components with data, log no console error, pass axe, and link only to pages and files that
 * exist. A screenshot of each page is saved in test-results/docs/.
 *
 * Needs the packages built first (root `pnpm test` runs `pnpm build` before this).
 */
import { DIAGNOSTIC_CODES } from '@sanding/data';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axeViolations } from '../support/axe.mjs';
import { launch, openPage } from '../support/browser.mjs';
import { REPO_ROOT, serve } from '../support/server.mjs';
import { buildSite } from '../support/site.mjs';

const DOCS = join(REPO_ROOT, 'docs');
const BASE = '/sanding/';
const SHOTS = join(REPO_ROOT, 'test-results/docs');

/** Every page, and the agency its components must show (the made-up one where it loads `src`). */
const PAGES = {
  'index.html': '大连市科学技术局',
  'getting-started.html': null,
  'division-directory.html': '大连市科学技术局',
  'duty-lookup.html': '大连市科学技术局',
  'contact-card.html': '大连市科学技术局',
  'org-chart.html': '大连市科学技术局',
  'data-model.html': '示例市数据资源局',
  'studio.html': null,
  'publish.html': '示例市数据资源局',
  'theming.html': '大连市科学技术局',
  'accessibility.html': null,
  'hosting.html': null,
};
const COMPONENT_PAGES = ['division-directory', 'duty-lookup', 'contact-card', 'org-chart'];

let site;
let server;
let browser;

before(async () => {
  site = buildSite({ base: BASE });
  mkdirSync(SHOTS, { recursive: true });
  server = await serve({ root: site });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

const url = (file) => `${server.url}${BASE}${file}`;

/**
 * The text of every Sanding component on the page, once each shows `agency` (or an error).
 * Without an agency, once none is loading.
 */
async function componentTexts(page, agency = null) {
  await page.waitForFunction((agency) => {
    const els = Array.from(document.querySelectorAll('*')).filter((el) => el.localName.startsWith('sanding-'));
    return els.every((el) => {
      const root = el.shadowRoot;
      if (!root || root.childElementCount === 0) return false;
      if (root.querySelector('[part~="error"]')) return true;
      return agency ? root.textContent.includes(agency) : !root.querySelector('[part~="status"][role="status"]');
    });
  }, agency);
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((el) => el.localName.startsWith('sanding-'))
      .map((el) => ({
        tag: el.localName,
        text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
        error: !!el.shadowRoot.querySelector('[part~="error"]'),
      })),
  );
}

/** Site-internal links and assets of the page, as absolute URLs. */
async function internalLinks(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], link[href], script[src]')]
      .map((el) => el.href || el.src)
      .filter((href) => href.startsWith(location.origin))
      .map((href) => href.split('#')[0]),
  );
}

describe('docs site, built with --base /sanding/ and served under it', () => {
  for (const [file, agency] of Object.entries(PAGES)) {
    test(`${file} renders its components with data, logs no error, passes axe and has the site nav`, async () => {
      const { page, context, problems } = await openPage(browser, url(file));
      try {
        const components = await componentTexts(page, agency);
        if (agency) {
          assert.ok(components.length > 0, 'the page shows components');
          for (const c of components) {
            assert.ok(!c.error, `<${c.tag}> shows an error`);
            assert.ok(c.text.includes(agency), `<${c.tag}> shows ${agency}`);
          }
        }
        assert.deepEqual(await axeViolations(page), [], 'axe violations');
        for (const link of new Set(await internalLinks(page))) {
          const response = await page.request.get(link);
          assert.equal(response.status(), 200, `${link} is served`);
          assert.ok(new URL(link).pathname.startsWith(BASE), `${link} stays under ${BASE}`);
        }
        await page.screenshot({ path: join(SHOTS, file.replace('.html', '.png')), fullPage: true });
        // The shared header nav, this page marked current, and a skip link that moves focus to main.
        assert.equal(
          await page.locator('nav[aria-label="Site"] a').count(),
          Object.keys(PAGES).length - 1,
          'one nav link per page but home',
        );
        if (file !== 'index.html')
          assert.equal(await page.locator('nav a[aria-current="page"]').count(), 1, 'the page is marked current');
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
        assert.deepEqual(problems.pageErrors, []);
        assert.deepEqual(problems.consoleErrors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('each component page has API tables generated from custom-elements.json', async () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/elements/custom-elements.json'), 'utf8'));
    for (const name of COMPONENT_PAGES) {
      const tag = `sanding-${name}`;
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
      assert.ok(declaration, `${tag} is in custom-elements.json`);
      const { page, context } = await openPage(browser, url(`${name}.html`));
      try {
        const attributes = await page
          .locator(`table:has(caption:text-is("Attributes of ${tag}")) tbody tr`)
          .allTextContents();
        assert.equal(attributes.length, declaration.attributes.length, `${tag}: one row per attribute`);
        for (const attribute of ['src', 'dataset', 'large-text'])
          assert.ok(
            attributes.some((row) => row.startsWith(attribute)),
            `${tag} documents ${attribute}`,
          );
        // Internal reactive state (private fields in `static properties`) is not an attribute.
        for (const internal of ['dataState', 'inheritedLanguage', 'openIds', 'applied', 'outcome', 'announcement']) {
          assert.ok(
            !attributes.some((row) => row.startsWith(internal)),
            `${tag} does not document its internal ${internal} as an attribute`,
          );
        }
        const parts = await page.locator(`table:has(caption:text-is("CSS parts of ${tag}")) tbody tr`).count();
        assert.equal(parts, declaration.cssParts?.length ?? 0, `${tag}: one row per part`);
      } finally {
        await context.close();
      }
    }
  });

  test('the landing page switches the components to 繁 and EN live, and to large text', async () => {
    const { page, context, problems } = await openPage(browser, url('index.html'));
    try {
      await componentTexts(page, '大连市科学技术局');
      await page.getByRole('radio', { name: '繁' }).check();
      await page.waitForFunction(() =>
        document.querySelector('sanding-division-directory')?.shadowRoot?.textContent?.includes('大連市科學技術局'),
      );
      assert.equal(await page.locator('[data-demo-lang]').getAttribute('lang'), 'zh-Hant');
      await page.getByRole('radio', { name: 'EN' }).check();
      await page.waitForFunction(() =>
        document
          .querySelector('sanding-division-directory')
          ?.shadowRoot?.textContent?.includes('Dalian Municipal Science and Technology Bureau'),
      );
      await page.getByRole('checkbox', { name: /Large text/ }).check();
      const large = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-demo-lang] *'))
          .filter((el) => el.localName.startsWith('sanding-'))
          .map((el) => el.hasAttribute('large-text')),
      );
      assert.deepEqual(large, [true, true, true, true]);
      assert.deepEqual(await axeViolations(page), [], 'axe violations in English, large text');
      await page.screenshot({ path: join(SHOTS, 'index.en-large-text.png'), fullPage: true });
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('the duty lookup answers 孵化器 with 科技创业处 and logs sanding-search', async () => {
    const { page, context, problems } = await openPage(browser, url('duty-lookup.html'));
    try {
      await componentTexts(page, '大连市科学技术局');
      await page.locator('sanding-duty-lookup input').fill('孵化器');
      await page.locator('sanding-duty-lookup [part~="result"]').first().waitFor();
      assert.match(await page.locator('sanding-duty-lookup [part~="result"]').first().innerText(), /科技创业处/);
      await page.locator('[data-event-log] li').first().waitFor();
      assert.match(await page.locator('[data-event-log]').innerText(), /sanding-search: "孵化器"/);
      assert.deepEqual(await axeViolations(page), [], 'axe violations with results');
      await page.screenshot({ path: join(SHOTS, 'duty-lookup.results.png'), fullPage: true });
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('at 200% zoom (640 CSS px), under forced colours and reduced motion, the landing page reflows and passes axe', async () => {
    const { page, context } = await openPage(browser, url('index.html'), { viewport: { width: 640, height: 900 } });
    try {
      await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      await componentTexts(page, '大连市科学技术局');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      assert.deepEqual(await axeViolations(page), [], 'axe violations');
      await page.screenshot({ path: join(SHOTS, 'index.640px-forced-colors.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('the components set Latin text in no DejaVu face, and Traditional text in a TC face', async () => {
    const { page, context } = await openPage(browser, url('index.html'));
    try {
      await componentTexts(page, '大连市科学技术局');
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      await cdp.send('CSS.enable');
      /** The faces Chromium used for the contact card's labels (Address…) and its website link. */
      const facesOfWebsite = async () => {
        const faces = [];
        for (const selector of ['dt', 'a[href^="https:"]']) {
          const { result } = await cdp.send('Runtime.evaluate', {
            expression: `document.querySelector('sanding-contact-card').shadowRoot.querySelector('${selector}')`,
          });
          const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId });
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          faces.push(...fonts.map((font) => font.familyName));
        }
        return faces;
      };
      const facesIn = async (radio, agency) => {
        await page.getByRole('radio', { name: radio }).check();
        await page.waitForFunction(
          (agency) => document.querySelector('sanding-contact-card')?.shadowRoot?.textContent?.includes(agency),
          agency,
        );
        return facesOfWebsite();
      };
      for (const [radio, agency] of [
        ['EN', 'Dalian Municipal Science and Technology Bureau'],
        ['简', '大连市科学技术局'],
      ]) {
        const faces = await facesIn(radio, agency);
        assert.ok(faces.length > 0 && !faces.some((face) => /DejaVu/.test(face)), `${radio}: ${faces.join(', ')}`);
      }
      const traditional = await facesIn('繁', '大連市科學技術局');
      assert.ok(
        traditional.every((face) => /CJK TC|PingFang TC|JhengHei/.test(face)),
        traditional.join(', '),
      );
    } finally {
      await context.close();
    }
  });

  test('at 1280 px the site nav sits on one line, with no Menu button', async () => {
    const { page, context } = await openPage(browser, url('index.html'), { viewport: { width: 1280, height: 900 } });
    try {
      // One line: every item overlaps every other vertically.
      const boxes = await page.$$eval('nav[aria-label="Site"] a, .nav-group-label', (items) =>
        items.map((item) => item.getBoundingClientRect()).map(({ top, bottom }) => ({ top, bottom })),
      );
      const lowestTop = Math.max(...boxes.map((box) => box.top));
      const highestBottom = Math.min(...boxes.map((box) => box.bottom));
      assert.ok(lowestTop < highestBottom, `the nav wraps onto two lines: ${JSON.stringify(boxes)}`);
      assert.equal(await page.getByRole('button', { name: 'Menu' }).isVisible(), false);
    } finally {
      await context.close();
    }
  });

  test('on a 375 px phone the nav is a Menu disclosure and a live lookup is in the first screen', async () => {
    const { page, context, problems } = await openPage(browser, url('index.html'), {
      viewport: { width: 375, height: 812 },
    });
    try {
      await componentTexts(page, '大连市科学技术局');
      const menu = page.getByRole('button', { name: 'Menu' });
      const firstLink = page.locator('nav[aria-label="Site"] a').first();
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await firstLink.isVisible(), false, 'the nav starts closed');

      // The lookup's field, ready to type in, within the first 812 px.
      const field = await page.locator('sanding-duty-lookup input').boundingBox();
      assert.ok(field && field.y + field.height <= 812, `the lookup's field ends at ${field?.y + field?.height}px`);
      await page.screenshot({ path: join(SHOTS, 'index.375px.png') });

      // Nothing in the header or above the demo moved while the page loaded.
      const shifted = await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const nodes = list.getEntries().flatMap((entry) => entry.sources.map((source) => source.node));
              resolve(nodes.filter((node) => node?.closest?.('.site-header, .hero')).map((node) => node.outerHTML));
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve([]), 500);
          }),
      );
      assert.deepEqual(shifted, [], 'layout shifts in the header');

      // Keyboard: Enter opens, Tab enters the nav, Escape closes and returns to the button.
      await menu.focus();
      await page.keyboard.press('Enter');
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      assert.equal(await firstLink.isVisible(), true, 'the nav opens');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.closest('nav')?.id), 'site-nav');
      assert.deepEqual(await axeViolations(page), [], 'axe violations with the nav open');
      await page.screenshot({ path: join(SHOTS, 'index.375px-menu.png') });
      await page.keyboard.press('Escape');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'nav-toggle');
      await page.keyboard.press('Space');
      assert.equal(await menu.getAttribute('aria-expanded'), 'true', 'Space opens it too');
      await menu.click();
      assert.equal(await firstLink.isVisible(), false, 'a click closes it');
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('the publishing page lists every diagnostic code and reports a wrapped notice and a 2009-template text', () => {
    const html = readFileSync(join(site, 'sanding/publish.html'), 'utf8');
    for (const code of Object.keys(DIAGNOSTIC_CODES)) assert.ok(html.includes(`<code>${code}</code>`), code);
    assert.match(html, /notice: 长府办发〔2009〕47 号, 长春市人民政府办公厅, 2009-09-10/);
    assert.match(html, /transfers of duties: 5/);
    assert.match(html, /in the model: \d+\.\d% of the text/);
  });

  test('the worked example’s JSON is what `sanding parse` gives for its text today', () => {
    const examples = join(DOCS, 'public/examples');
    const scratch = mkdtempSync(join(tmpdir(), 'sanding-parse-'));
    try {
      cpSync(join(examples, 'shiyi-data.txt'), join(scratch, 'shiyi-data.txt'));
      const bin = join(REPO_ROOT, 'packages/cli/bin/sanding.js');
      const parse = spawnSync(
        process.execPath,
        [bin, 'parse', 'shiyi-data.txt', '--id', 'shiyi-data', '--out', 'shiyi-data.json'],
        { cwd: scratch, encoding: 'utf8' },
      );
      assert.equal(parse.status, 0, parse.stderr);
      assert.equal(parse.stderr, '', 'the corrected text parses without diagnostics');
      const fresh = JSON.parse(readFileSync(join(scratch, 'shiyi-data.json'), 'utf8'));
      const committed = JSON.parse(readFileSync(join(examples, 'shiyi-data.json'), 'utf8'));
      assert.deepEqual(committed, fresh, 'regenerate docs/public/examples/shiyi-data.json (see its README)');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
