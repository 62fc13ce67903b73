/**
 * The examples, end to end. Each example is built where it has a build step (once,
 * before the tests), served on 127.0.0.1 on a random port, and loaded in Debian's Chromium:
 * the components render the Dalian data, the lookup answers a query, nothing is logged as an
 * error (a CSP violation is one), and axe finds no violation, shadow roots included. A
 * screenshot of each page goes to test-results/screenshots/examples-<name>.png.
 *
 * The built examples are served with the strict Content-Security-Policy a portal can use, so
 * these tests also prove that each one runs under it. The `ssr` example is read as raw HTML and
 * with JavaScript off before it is hydrated.
 *
 * Needs `pnpm build` first (the root `pnpm test` does it).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { regulation as zhHans } from '@sanding/datasets/dalian-stb/zh-Hans';
import { axeViolations } from '../support/axe.mjs';
import { generateAgency } from '../support/agency.mjs';
import { NO_PROBLEMS, launch, openPage, problemsOf } from '../support/browser.mjs';
import { REPO_ROOT, serve } from '../support/server.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
/** Vue's runtime creates a Trusted Types policy named `vue` (see examples/vue/vite.config.js). */
const VUE_CSP = STRICT_CSP.replace('trusted-types lit-html', 'trusted-types lit-html vue');

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const DIVISIONS = zhHans.divisions.map((division) => division.name);
const AGENCY = zhHans.agency.name;
/** How long a component may take to load its data and render. */
const RENDERED = { timeout: 15_000 };

/** The examples with a Vite build, built together before any test runs. */
const BUILT = ['react', 'vue', 'portal'];

/** The examples that are Node servers, imported when their suite starts. */
const startVanilla = async () => (await import('../../examples/vanilla/server.mjs')).start();
const startSsr = async () => (await import('../../examples/ssr/server.mjs')).start();

/** A Vite example's dist, served with the given policy. */
const serveDist = (name, csp) => () =>
  serve({ root: join(REPO_ROOT, 'examples', name, 'dist'), headers: { 'content-security-policy': csp } });

let browser;

before(async () => {
  const build = promisify(execFile)(
    'pnpm',
    [...BUILT.flatMap((name) => ['--filter', `@sanding/example-${name}`]), 'run', 'build'],
    {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error) => {
    throw new Error(`building the examples failed:\n${error.stdout}\n${error.stderr}`);
  });
  const [, launched] = await Promise.all([build, launch(), mkdir(SCREENSHOTS, { recursive: true })]);
  browser = launched;
});

after(async () => {
  await browser?.close();
});

/** Every problem the page reported: console errors, uncaught errors, CSP violations. */
async function reportedProblems(page, problems) {
  const cspViolations = await page.evaluate(() => window.__cspViolations ?? []);
  return [...problems.consoleErrors, ...problems.pageErrors, ...cspViolations.map((v) => `CSP violation: ${v}`)];
}

/** Waits for the directory, then returns the text of each division it shows. */
async function divisionTexts(page) {
  const divisions = page.locator('sanding-division-directory [part="division"]');
  await divisions.first().waitFor(RENDERED);
  return divisions.allTextContents();
}

/**
 * Types a query into the lookup as a person would, waits until the search settles (the lookup
 * fires `sanding-search` for the whole query once typing pauses) and returns the division names
 * it offers, best first.
 */
async function lookUp(page, query) {
  const field = page.locator('sanding-duty-lookup [part="field"]');
  await field.click(RENDERED);
  const searched = page.evaluate(
    (q) =>
      new Promise((resolve) =>
        document.addEventListener('sanding-search', (e) => e.detail.query === q && resolve(e.detail.resultCount)),
      ),
    query,
  );
  await field.pressSequentially(query);
  const resultCount = await searched;
  const choices = (await page.locator('sanding-duty-lookup [part="choose"]').allTextContents()).map((text) =>
    text.trim(),
  );
  assert.equal(choices.length, resultCount, 'sanding-search reports the number of results shown');
  return choices;
}

/**
 * Fetches `url` as a browser would (brotli and gzip accepted) and returns the headers that say
 * how it was sent: its encoding and how long it may be cached, and its size once decoded.
 */
async function sentAs(url) {
  const response = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
  return {
    bytes: (await response.arrayBuffer()).byteLength,
    encoding: response.headers.get('content-encoding'),
    cache: response.headers.get('cache-control'),
  };
}

/** The status line's code for a raw request with `target` (which fetch would normalise). */
function rawStatus(url, target) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
    );
    let head = '';
    socket.on('data', (chunk) => (head += chunk));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1])));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${target}`)));
  });
}

/** A script or style name with a content hash in it (esbuild's chunks, Vite's assets). */
const HASHED = /-[A-Z0-9]{8}\.js$|\/assets\/[^/]+-[\w-]{8}\.(?:js|css)$/;

/**
 * The checks every example gets. `components` lists the components the page shows besides the
 * directory; `query` and `expected` are what the lookup is asked and must put first.
 */
function exampleSuite(
  name,
  { start, components, query = '孵化器', expected = '科技创业处', extra, htmlCache = 'no-cache' },
) {
  describe(`examples/${name}`, () => {
    const context = {};

    before(async () => {
      context.server = await start();
      Object.assign(context, await openPage(browser, context.server.url));
    });

    after(async () => {
      await context.page
        ?.screenshot({ path: join(SCREENSHOTS, `examples-${name}.png`), fullPage: true })
        .catch(() => {});
      await context.context?.close();
      await context.server?.close();
    });

    test('the directory shows the 11 divisions of the Dalian bureau', async () => {
      const texts = await divisionTexts(context.page);
      assert.equal(texts.length, 11);
      DIVISIONS.forEach((division, i) => assert.match(texts[i], new RegExp(division), `division ${i + 1}`));
    });

    if (components.includes('lookup')) {
      test(`typing ${query} puts ${expected} first`, async () => {
        const offered = await lookUp(context.page, query);
        assert.match(offered[0], new RegExp(expected), `offered: ${offered.join(', ')}`);
      });
    }

    if (components.includes('contact-card')) {
      test("the contact card shows the bureau's name", async () => {
        const name = context.page.locator('sanding-contact-card [part="name"]');
        await name.waitFor(RENDERED);
        assert.match(await name.textContent(), new RegExp(AGENCY));
      });
    }

    if (components.includes('org-chart')) {
      test('the org chart draws a box for each of the 11 divisions', async () => {
        const boxes = context.page.locator('sanding-org-chart [part~="division"]');
        await boxes.first().waitFor(RENDERED);
        assert.equal(await boxes.count(), 11);
      });
    }

    test(`sends the page and its scripts compressed; hashed scripts cached for a year, the page ${htmlCache}`, async () => {
      const page = await sentAs(context.server.url);
      assert.equal(page.cache, htmlCache);
      if (page.bytes > 1024) assert.equal(page.encoding, 'br');
      const scripts = await context.page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => /\.js$/.test(new URL(url).pathname)),
      );
      const hashed = scripts.filter((url) => HASHED.test(new URL(url).pathname));
      assert.ok(hashed.length > 0, `a hashed script among ${scripts.join(', ')}`);
      for (const url of scripts) {
        const script = await sentAs(url);
        // Compressing a few hundred bytes gains nothing: only larger files must be.
        if (script.bytes > 1024) assert.equal(script.encoding, 'br', url);
        if (hashed.includes(url)) assert.equal(script.cache, 'public, max-age=31536000, immutable', url);
        else assert.equal(script.cache, 'no-cache', url);
      }
    });

    test('answers odd request targets ("//", "*", a malformed escape) without stopping', async () => {
      for (const target of ['//', '/%E0%A4%A', '//example.org/x'])
        assert.ok((await rawStatus(context.server.url, target)) < 500, target);
      assert.equal(await rawStatus(context.server.url, '*'), 400, 'not a path');
      assert.equal((await fetch(context.server.url)).status, 200, 'still serving');
    });

    extra?.(context);

    test('no console error, page error or CSP violation', async () => {
      assert.deepEqual(await reportedProblems(context.page, context.problems), []);
    });

    test('axe finds no violation, shadow roots included', async () => {
      assert.deepEqual(await axeViolations(context.page), []);
    });
  });
}

exampleSuite('vanilla', {
  start: startVanilla,
  components: ['lookup', 'contact-card', 'org-chart'],
  extra(context) {
    test('is served with the strict Content-Security-Policy', async () => {
      const response = await fetch(context.server.url);
      assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
    });
  },
});

exampleSuite('react', {
  start: serveDist('react', STRICT_CSP),
  components: ['lookup', 'contact-card', 'org-chart'],
  query: '高新技术企业',
  expected: '高新技术发展与产业化处',
  extra(context) {
    test('choosing a lookup result shows its contact card (onSandingSelect reaches React)', async () => {
      const { page } = context;
      await page.locator('sanding-duty-lookup [part="choose"]').first().click();
      const name = page.locator('sanding-contact-card [part="name"]');
      await page.waitForFunction(
        () => /处/.test(document.querySelector('sanding-contact-card')?.shadowRoot?.textContent ?? ''),
        null,
        RENDERED,
      );
      assert.match(await name.textContent(), /高新技术发展与产业化处/);
    });

    test('switching the language to 繁體 switches every component, live', async () => {
      const { page } = context;
      await page.getByRole('radio', { name: '繁體' }).check();
      await page.locator('sanding-division-directory [part="division"]', { hasText: '科技創業處' }).waitFor(RENDERED);
      await page.locator('sanding-org-chart [part~="division"]', { hasText: '科技創業處' }).waitFor(RENDERED);
      await page.getByRole('radio', { name: '简体' }).check();
      await page.locator('sanding-division-directory [part="division"]', { hasText: '科技创业处' }).waitFor(RENDERED);
    });
  },
});

exampleSuite('vue', {
  start: serveDist('vue', VUE_CSP),
  components: ['lookup', 'contact-card', 'org-chart'],
  extra(context) {
    test('choosing a lookup result shows its contact card (@sanding-select reaches Vue)', async () => {
      const { page } = context;
      await page.locator('sanding-duty-lookup [part="choose"]').first().click();
      await page.waitForFunction(
        () => /科技创业处/.test(document.querySelector('sanding-contact-card')?.shadowRoot?.textContent ?? ''),
        null,
        RENDERED,
      );
    });
  },
});

exampleSuite('portal', {
  start: serveDist('portal', STRICT_CSP),
  components: ['lookup', 'contact-card'],
  extra(context) {
    test('the large-text toggle switches every component into large-text mode and back', async () => {
      const { page } = context;
      const toggle = page.getByRole('button', { name: '大字版' });
      const largeText = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('sanding-duty-lookup, sanding-division-directory, sanding-contact-card')].map(
            (el) => el.hasAttribute('large-text'),
          ),
        );
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      assert.deepEqual(await largeText(), [true, true, true]);
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
      assert.deepEqual(await largeText(), [false, false, false]);
    });
  },
});

describe('examples/ssr, before any script runs', () => {
  const context = {};

  before(async () => {
    context.server = await startSsr();
  });

  after(async () => {
    await context.server?.close();
  });

  test('the raw HTML holds the 11 division names, in declarative shadow roots', async () => {
    const html = await (await fetch(context.server.url)).text();
    assert.match(html, /<template shadowroot(mode)?="open"/);
    for (const division of DIVISIONS) assert.ok(html.includes(division), `${division} is in the HTML`);
  });

  test("each response's style nonce is in its CSP and on every server-rendered <style>", async () => {
    const response = await fetch(context.server.url);
    const csp = response.headers.get('content-security-policy');
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    const html = await response.text();
    const styles = html.match(/<style[^>]*>/g) ?? [];
    assert.ok(styles.length > 0);
    for (const tag of styles) assert.equal(tag, `<style nonce="${nonce}">`);
    const next = await fetch(context.server.url);
    assert.notEqual(
      /'nonce-([^']+)'/.exec(next.headers.get('content-security-policy'))?.[1],
      nonce,
      'a fresh nonce per response',
    );
  });

  test('with JavaScript off, the directory shows the 11 divisions, styled', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await noScript.newPage();
      const consoleErrors = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
      await page.goto(context.server.url);
      const texts = await page.locator('sanding-division-directory [part="division"]').allTextContents();
      assert.equal(texts.length, 11);
      DIVISIONS.forEach((division, i) => assert.match(texts[i], new RegExp(division)));
      // `expanded`: the responsibilities are readable, not in a collapsed panel.
      await page
        .getByText('负责科技企业孵化器、众创空间等培育管理')
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 });
      // The server-rendered <style> applied (the nonce let it through): the list has no bullets.
      const listStyle = await page
        .locator('sanding-division-directory [part="divisions"]')
        .evaluate((el) => getComputedStyle(el).listStyleType);
      assert.equal(listStyle, 'none');
      assert.deepEqual(consoleErrors, []);
      await page.screenshot({ path: join(SCREENSHOTS, 'examples-ssr-no-js.png'), fullPage: true });
    } finally {
      await noScript.close();
    }
  });
});

exampleSuite('ssr', {
  start: startSsr,
  components: ['contact-card'],
  // Rendered per request with its own style nonce.
  htmlCache: 'no-store',
  extra(context) {
    test('hydrates: the disclosures respond', async () => {
      const { page } = context;
      await page.waitForFunction(
        () => document.querySelector('sanding-division-directory')?.hasUpdated === true,
        null,
        RENDERED,
      );
      const toggle = page.locator('sanding-division-directory [part="toggle"]').first();
      // Rendered `expanded` on the server; the hydrated button closes and reopens it.
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    });
  },
});

describe('examples/ssr with a long list (45 divisions)', () => {
  const context = {};
  // An agency longer than the directory's first chunk: the browser renders such a list a screen
  // at a time, but hydrating what the server rendered must take every division at once.
  const DIVISION_COUNT = 45;
  const long = generateAgency(DIVISION_COUNT, zhHans.duties.length);

  before(async () => {
    context.server = await (await import('../../examples/ssr/server.mjs')).start({ regulation: long });
  });

  after(async () => {
    await context.server?.close();
  });

  test('hydrates every division once, with no error, and the filter works', async () => {
    const { page, context: browserContext, problems } = await openPage(browser, context.server.url);
    try {
      await page.waitForFunction(
        () => document.querySelector('sanding-division-directory')?.hasUpdated === true,
        null,
        RENDERED,
      );
      const divisions = page.locator('sanding-division-directory [part~="division"]');
      assert.equal(await divisions.count(), DIVISION_COUNT);
      assert.match((await divisions.last().textContent()) ?? '', new RegExp(`${DIVISION_COUNT}`));
      // Hydrated: the buttons respond, and the filter narrows the list.
      const toggle = page.locator('sanding-division-directory [part="toggle"]').last();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await page.locator('sanding-division-directory [part="filter"]').fill('孵化器');
      await page
        .locator('sanding-division-directory [part="count"]')
        .filter({ hasText: `${DIVISION_COUNT}` })
        .waitFor(RENDERED);
      assert.equal(await divisions.count(), DIVISION_COUNT);
      // Before the fix, hydration threw "Unhandled shorter than expected iterable" and the list
      // held the server's divisions and the client's again.
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await browserContext.close();
    }
  });
});
