/**
 * The self-contained bundle on real pages in Chromium: all four components under the strict
 * Content-Security-Policy portals should be able to use (Trusted Types enforced), two copies of
 * the bundle on one page, and hostile strings in the data. Saves a screenshot of each component
 * into test-results/screenshots/ for a reviewer.
 *
 * Needs the build: `pnpm build` (root) makes packages/elements/dist/bundle/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, NO_PROBLEMS, openPage, problemsOf } from '../support/browser.mjs';
import { REPO_ROOT, serve } from '../support/server.mjs';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const BUNDLE_DIR = join(REPO_ROOT, 'packages/elements/dist/bundle');
const BUNDLE = '/packages/elements/dist/bundle/sanding-elements.js';
/** The second copy of the bundle, served under a second path (test-results/ is gitignored). */
const COPY_DIR = join(REPO_ROOT, 'test-results/second-copy');
const COPY = '/test-results/second-copy/sanding-elements.js';
const SCREENSHOTS = join(REPO_ROOT, 'test-results/screenshots');
const TAGS = ['sanding-duty-lookup', 'sanding-contact-card', 'sanding-org-chart', 'sanding-division-directory'];
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** A page with no inline script or style: only the bundle(s) and the four tags. */
function page({ scripts = [BUNDLE], data = 'dataset="dalian-stb"', lang = 'zh-CN' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <title>Sanding page test</title>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    <main>
      <h1>Sanding</h1>
      <sanding-duty-lookup ${data} directory="directory"></sanding-duty-lookup>
      <sanding-contact-card ${data}></sanding-contact-card>
      <sanding-org-chart ${data}></sanding-org-chart>
      <sanding-division-directory id="directory" ${data}></sanding-division-directory>
    </main>
  </body>
</html>`;
}

/** The Dalian data with HTML and script payloads in every string a component shows. */
async function hostileJson() {
  const file = join(REPO_ROOT, 'packages/datasets/dist/dalian-stb/zh-Hans.json');
  const r = JSON.parse(
    await readFile(file, 'utf8').catch(() => {
      throw new Error(`${file} is missing: run \`pnpm build\` first`);
    }),
  );
  r.agency.name = `${PAYLOAD}局`;
  r.agency.alsoKnownAs = [PAYLOAD];
  r.agency.nameEn = { text: PAYLOAD, official: false };
  const office = r.divisions[0];
  office.name = `${PAYLOAD}处`;
  office.nameEn = { text: PAYLOAD, official: false };
  office.alsoKnownAs = [PAYLOAD];
  office.coLocated = [PAYLOAD];
  office.responsibilities[2].text = `${PAYLOAD}负责机关党群工作`;
  office.responsibilities[2].citation = PAYLOAD;
  r.duties[0].text = `${PAYLOAD}${r.duties[0].text}`;
  r.duties[0].citation = PAYLOAD;
  r.leaders[0].name = PAYLOAD;
  r.leaders[0].title = PAYLOAD;
  r.contacts = [
    {
      website: { value: 'javascript:window.__pwned=1', source: { title: PAYLOAD } },
      phone: { value: PAYLOAD, source: { title: PAYLOAD } },
      address: { value: PAYLOAD, source: { title: PAYLOAD } },
    },
  ];
  return JSON.stringify(r);
}

/** Waits until every component shows its data (text that only the data holds). */
async function waitForData(page, text) {
  await page.waitForFunction(
    ({ tags, text }) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.includes(text)),
    { tags: TAGS, text },
    { timeout: 15000 },
  );
}

/** Types a query into the lookup and waits for its first result. */
async function search(page, query) {
  await page.locator('sanding-duty-lookup input').fill(query);
  const first = page.locator('sanding-duty-lookup [part~="choose"]').first();
  await first.waitFor({ timeout: 10000 });
  return first;
}

describe('the self-contained bundle on a page', { timeout: 120000 }, () => {
  let browser;
  let strict;
  let loose;

  before(async () => {
    await stat(join(BUNDLE_DIR, 'sanding-elements.js')).catch(() => {
      throw new Error('packages/elements/dist/bundle/ is missing: run `pnpm build` first');
    });
    await rm(COPY_DIR, { recursive: true, force: true });
    await cp(BUNDLE_DIR, COPY_DIR, { recursive: true });
    await mkdir(SCREENSHOTS, { recursive: true });
    const pages = {
      '/all.html': page(),
      '/two-copies.html': page({ scripts: [BUNDLE, COPY] }),
      '/hostile.html': page({ data: 'src="/hostile.json"' }),
      '/hostile.json': await hostileJson(),
      // Chromium asks for one; a 404 would count as a console error.
      '/favicon.ico': '',
    };
    strict = await serve({ headers: { 'Content-Security-Policy': CSP }, pages });
    // The same pages with no CSP at all: an injected handler would really run there.
    loose = await serve({ pages });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await strict?.close();
    await loose?.close();
    await rm(COPY_DIR, { recursive: true, force: true });
  });

  it('shows all four components under a strict CSP with Trusted Types, and the lookup answers', async () => {
    const { page, context, problems } = await openPage(browser, `${strict.url}/all.html`);
    try {
      await waitForData(page, '大连市科学技术局');
      await page.locator('sanding-duty-lookup').screenshot({ path: join(SCREENSHOTS, 'duty-lookup-empty.png') });

      const first = await search(page, '孵化器');
      assert.match(await first.textContent(), /科技创业处/);
      await page.locator('sanding-duty-lookup').screenshot({ path: join(SCREENSHOTS, 'duty-lookup.png') });

      // Choosing the result opens it in the directory named by the lookup's `directory`.
      await page.locator('sanding-duty-lookup input').press('ArrowDown');
      await page.keyboard.press('Enter');
      await page
        .locator('sanding-division-directory button[aria-expanded="true"]', { hasText: '科技创业处' })
        .waitFor({ timeout: 5000 });

      await page.locator('sanding-contact-card').screenshot({ path: join(SCREENSHOTS, 'contact-card.png') });
      await page.locator('sanding-org-chart').screenshot({ path: join(SCREENSHOTS, 'org-chart.png') });
      await page
        .locator('sanding-division-directory')
        .screenshot({ path: join(SCREENSHOTS, 'division-directory.png') });
      await page.screenshot({ path: join(SCREENSHOTS, 'page.png'), fullPage: true });

      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  it('shows the English UI with the unofficial English names on an en page', async () => {
    const { page, context, problems } = await openPage(browser, `${strict.url}/all.html`);
    try {
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await page
        .locator('sanding-duty-lookup label', { hasText: 'What do you need to do?' })
        .waitFor({ timeout: 15000 });
      const first = await search(page, 'incubator');
      assert.match(await first.textContent(), /Science and Technology Entrepreneurship Division/);
      assert.match(await first.textContent(), /unofficial/);
      await page.locator('sanding-duty-lookup').screenshot({ path: join(SCREENSHOTS, 'duty-lookup-en.png') });
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  it('warns when a second copy of the bundle loads, and the first keeps working', async () => {
    const { page, context, problems } = await openPage(browser, `${strict.url}/two-copies.html`);
    try {
      await waitForData(page, '大连市科学技术局');
      const first = await search(page, '外国专家');
      assert.match(await first.textContent(), /外国专家与国际合作处/);
      const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'packages/elements/package.json'), 'utf8'));
      for (const tag of TAGS) {
        const warning = problems.consoleWarnings.find((w) => w.includes(`<${tag}> is already defined`));
        assert.ok(warning, `a warning for <${tag}> (got: ${problems.consoleWarnings.join(' | ')})`);
        // It names both versions: the one registered and this copy's.
        assert.match(
          warning,
          new RegExp(
            `@sanding/elements ${version.replace(/\./g, '\\.')}; this copy \\(${version.replace(/\./g, '\\.')}\\)`,
          ),
        );
      }
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  for (const [name, server] of [
    ['under the strict CSP', () => strict],
    ['with no CSP at all', () => loose],
  ]) {
    it(`renders hostile strings from the data as text and runs nothing, ${name}`, async () => {
      const { page, context, problems } = await openPage(browser, `${server().url}/hostile.html`);
      try {
        await waitForData(page, '<img src=x onerror=');
        // The lookup shows the hostile division and clause, and a hostile query.
        const first = await search(page, '党群工作');
        assert.match(await first.textContent(), /<img src=x/);
        await page.locator('sanding-division-directory').evaluate((el) => el.expandAll?.());
        await page.locator('sanding-duty-lookup input').fill(PAYLOAD);
        await page
          .locator('sanding-duty-lookup [part~="results"], sanding-duty-lookup [part~="no-match"]')
          .first()
          .waitFor();

        const found = await page.evaluate(() => {
          const roots = [];
          const walk = (root) => {
            roots.push(root);
            for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
          };
          walk(document);
          const shadowRoots = roots.slice(1);
          return {
            pwned: window.__pwned,
            shadowRoots: shadowRoots.length,
            injected: shadowRoots.flatMap((r) => [...r.querySelectorAll('img, script')].map((e) => e.outerHTML)),
            javascriptLinks: roots.flatMap((r) =>
              [...r.querySelectorAll('a[href]')]
                .map((a) => a.getAttribute('href'))
                .filter((h) => /^\s*javascript:/i.test(h)),
            ),
          };
        });
        assert.equal(found.pwned, undefined);
        assert.ok(found.shadowRoots >= 4, 'every component rendered');
        assert.deepEqual(found.injected, []);
        assert.deepEqual(found.javascriptLinks, []);
        assert.deepEqual(await problemsOf(page, problems), { ...NO_PROBLEMS, cspViolations: [] });
      } finally {
        await context.close();
      }
    });
  }
});
