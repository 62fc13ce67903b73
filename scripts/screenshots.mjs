/**
 * Screenshots of the components on the Dalian data, to look at after a change to their layout or
 * typography (docs/public/screenshots/*.png), in zh-CN, zh-TW and en, at 1280 and 375 px:
 * - the directory, with the first division open and the others closed under their summary lines;
 * - the lookup, answering 孵化器, and offering 专利 for the typo 专历 (專利 for 專歷).
 * Uses the self-contained bundle: needs `pnpm build` first. Run: `node scripts/screenshots.mjs`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/support/browser.mjs';
import { REPO_ROOT, serve } from '../tests/support/server.mjs';

const BUNDLE = dirname(fileURLToPath(import.meta.resolve('@sanding/elements/bundle')));
const OUT = join(REPO_ROOT, 'docs/public/screenshots');
const FIRST = 'sec_divisions__point_1';

/** What each screenshot shows: its markup, and what to do before it is taken. */
const SHOTS = {
  directory: {
    markup: '<sanding-division-directory id="directory" dataset="dalian-stb" deep-links></sanding-division-directory>',
    async prepare(tab) {
      await tab.locator(`sanding-division-directory [id="toggle-${FIRST}"]`).click();
      await tab.locator(`sanding-division-directory [id="panel-${FIRST}"] .panel-body`).waitFor();
    },
  },
  'lookup-results': {
    markup:
      '<sanding-duty-lookup dataset="dalian-stb" query="孵化器" directory-href="directory.html"></sanding-duty-lookup>',
    prepare: (tab) => tab.locator('sanding-duty-lookup [part~="choose"]').first().waitFor(),
  },
  'lookup-did-you-mean': {
    markup: '<sanding-duty-lookup dataset="dalian-stb" directory-href="directory.html"></sanding-duty-lookup>',
    async prepare(tab, lang) {
      // Typed in the page's script: the Traditional page offers 專利 for 專歷.
      await tab.locator('sanding-duty-lookup input').fill(lang === 'zh-TW' ? '專歷' : '专历');
      await tab.locator('sanding-duty-lookup [part~="suggestion"]').first().waitFor();
    },
  },
};

const page = (lang, markup) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>screenshot</title>
    <link rel="stylesheet" href="/reserve.css" />
    <style>body { margin: 16px; max-width: 60rem; }</style>
    <script type="module" src="/sanding-elements.js"></script>
  </head>
  <body>
    ${markup}
  </body>
</html>`;

const LANGS = ['zh-CN', 'zh-TW', 'en'];
const pages = {};
for (const [name, { markup }] of Object.entries(SHOTS))
  for (const lang of LANGS) pages[`/${name}-${lang}.html`] = page(lang, markup);
const server = await serve({ root: BUNDLE, pages });
const browser = await launch();
try {
  for (const [name, { prepare }] of Object.entries(SHOTS)) {
    for (const lang of LANGS) {
      for (const width of [1280, 375]) {
        const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 812 } });
        const tab = await context.newPage();
        await tab.goto(`${server.url}/${name}-${lang}.html`);
        await prepare(tab, lang);
        await tab.evaluate(() => document.activeElement?.blur());
        await tab.mouse.move(0, 0);
        // The whole page in the viewport: divisions far below it are not rendered until they come
        // near (content-visibility), which a full-page capture does not do.
        const height = await tab.evaluate(() => document.documentElement.scrollHeight);
        await tab.setViewportSize({ width, height });
        const path = join(OUT, `${name}-${lang}-${width}.png`);
        await tab.screenshot({ path });
        console.log(`wrote ${path}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
