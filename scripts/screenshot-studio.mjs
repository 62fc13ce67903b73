/**
 * The README's screenshot of Sanding Studio on the Dalian regulation
 * (docs/public/screenshots/studio.png): builds the docs site, pastes the text into the studio in
 * headless Chromium, and photographs the editor with its diagnostics, the structure view and the
 * live components. Needs `pnpm build` first. Run: `node scripts/screenshot-studio.mjs`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/support/browser.mjs';
import { REPO_ROOT, serve } from '../tests/support/server.mjs';
import { buildSite, pasteIntoStudio } from '../tests/support/site.mjs';

const SEED = readFileSync(join(REPO_ROOT, 'packages/datasets/sources/dalian-stb/source.zh-Hant.txt'), 'utf8');
const OUT = join(REPO_ROOT, 'docs/public/screenshots/studio.png');

const site = buildSite();
const server = await serve({ root: site });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1500 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${server.url}/studio.html`);
  await page.locator('.cm-content').waitFor();
  await page.getByLabel('标识').fill('dalian-stb');
  await pasteIntoStudio(page, SEED);
  await page.waitForFunction(
    () =>
      document.querySelector('sanding-division-directory')?.shadowRoot?.querySelectorAll('[part~="division"]')
        .length === 11,
  );
  await page.locator('sanding-duty-lookup input').fill('孵化器');
  await page.locator('sanding-duty-lookup [part~="choose"]').first().waitFor();
  // From the editor down: the text with its diagnostic, then what Sanding understood.
  await page.locator('#studio-input').scrollIntoViewIfNeeded();
  await page.evaluate(() =>
    window.scrollTo(0, document.querySelector('#studio-input').getBoundingClientRect().top + scrollY - 8),
  );
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
