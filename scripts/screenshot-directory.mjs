/**
 * Screenshots of <sanding-division-directory> on the Dalian data, to look at after a change to its
 * layout or typography (docs/public/screenshots/directory-*.png): in zh-CN, zh-TW and en, at 1280
 * and 375 px, with the first division open and the others closed under their summary lines.
 * Uses the self-contained bundle: needs `pnpm build` first. Run: `node scripts/screenshot-directory.mjs`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/support/browser.mjs';
import { REPO_ROOT, serve } from '../tests/support/server.mjs';

const BUNDLE = dirname(fileURLToPath(import.meta.resolve('@sanding/elements/bundle')));
const OUT = join(REPO_ROOT, 'docs/public/screenshots');
const FIRST = 'sec_divisions__point_1';

const page = (lang) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>directory</title>
    <link rel="stylesheet" href="/reserve.css" />
    <style>body { margin: 16px; max-width: 60rem; }</style>
    <script type="module" src="/sanding-elements.js"></script>
  </head>
  <body>
    <sanding-division-directory id="directory" dataset="dalian-stb" deep-links></sanding-division-directory>
  </body>
</html>`;

const LANGS = ['zh-CN', 'zh-TW', 'en'];
const server = await serve({ root: BUNDLE, pages: Object.fromEntries(LANGS.map((l) => [`/${l}.html`, page(l)])) });
const browser = await launch();
try {
  for (const lang of LANGS) {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 812 } });
      const tab = await context.newPage();
      await tab.goto(`${server.url}/${lang}.html`);
      const toggle = tab.locator(`sanding-division-directory [id="toggle-${FIRST}"]`);
      await toggle.click();
      await tab.locator(`sanding-division-directory [id="panel-${FIRST}"] .panel-body`).waitFor();
      await tab.evaluate(() => document.activeElement?.blur());
      await tab.mouse.move(0, 0);
      // The whole page in the viewport: divisions far below it are not rendered until they come
      // near (content-visibility), which a full-page capture does not do.
      const height = await tab.evaluate(() => document.documentElement.scrollHeight);
      await tab.setViewportSize({ width, height });
      const path = join(OUT, `directory-${lang}-${width}.png`);
      await tab.screenshot({ path });
      console.log(`wrote ${path}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
