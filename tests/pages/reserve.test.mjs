/**
 * @sanding/elements/reserve.css: a page that links it keeps each component's room before the
 * script defines it and while its data loads, so nothing below jumps when it renders. Loaded in
 * Debian's Chromium from the built bundle's folder (dist/bundle/reserve.css beside the script).
 *
 * Needs `pnpm build` first (the root `pnpm test` does it).
 */
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launch } from '../support/browser.mjs';
import { serve } from '../support/server.mjs';
import { dalianComponents, dalianShown, heights, TAGS } from '../support/reserve.mjs';

const BUNDLE = dirname(fileURLToPath(import.meta.resolve('@sanding/elements/bundle')));
/** The four components and a closing paragraph; with reserve.css and the script if asked. */
const page = ({ reserve, script, lang = 'zh-Hans' }) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    ${reserve ? '<link rel="stylesheet" href="/reserve.css" />' : ''}
    ${script ? '<script type="module" src="/sanding-elements.js"></script>' : ''}
  </head>
  <body>
    ${dalianComponents()}
    <p id="after">页面到此结束。</p>
  </body>
</html>`;

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({
    root: BUNDLE,
    pages: {
      '/bare.html': page({ reserve: false, script: false }),
      '/reserved.html': page({ reserve: true, script: false }),
      '/loading.html': page({ reserve: true, script: true }),
      '/en/reserved.html': page({ reserve: true, script: false, lang: 'en' }),
      '/en/loading.html': page({ reserve: true, script: true, lang: 'en' }),
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('reserve.css', () => {
  test('before the script defines them, each component keeps its room (without it, none)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const pageOf = async (path) => {
        const p = await context.newPage();
        await p.goto(`${server.url}${path}`);
        return heights(p);
      };
      const bare = await pageOf('/bare.html');
      const reserved = await pageOf('/reserved.html');
      for (const tag of TAGS) {
        assert.equal(bare[tag], 0, `${tag} without reserve.css`);
        assert.ok(reserved[tag] >= 100, `${tag} with reserve.css: ${reserved[tag]}px`);
      }
    } finally {
      await context.close();
    }
  });

  for (const [lang, folder] of [
    ['zh-Hans', ''],
    ['en', '/en'],
  ])
    test(`once the Dalian data shows, each component is about as tall as the room it kept (within 1.5rem), at widths from a desktop to a small phone (${lang} page)`, async () => {
      // The sizes in reserve.css are these, measured: a component that grows or shrinks (a new
      // line in each division, a larger text) must bring its size in reserve.css with it. Both
      // pages load once; each width of the list lies within a step of reserve.css.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const reservedPage = await context.newPage();
        await reservedPage.goto(`${server.url}${folder}/reserved.html`);
        const p = await context.newPage();
        await p.goto(`${server.url}${folder}/loading.html`);
        await dalianShown(p);
        for (const width of [1280, 1000, 760, 590, 520, 430, 400, 375, 345, 320]) {
          await reservedPage.setViewportSize({ width, height: 900 });
          await p.setViewportSize({ width, height: 900 });
          const reserved = await heights(reservedPage);
          const shown = await heights(p);
          for (const tag of TAGS)
            assert.ok(
              Math.abs(shown[tag] - reserved[tag]) <= 24,
              `${tag} at ${width}px: ${shown[tag]}px shown, ${reserved[tag]}px kept`,
            );
        }
      } finally {
        await context.close();
      }
    });

  test('while the data loads, each defined component keeps that same room', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const reservedPage = await context.newPage();
      await reservedPage.goto(`${server.url}/reserved.html`);
      const reserved = await heights(reservedPage);
      const p = await context.newPage();
      // The dataset never arrives: the components stay in their loading state.
      await p.route(/dalian-stb|zh-Hans\.core/, () => {});
      await p.goto(`${server.url}/loading.html`);
      await p.waitForFunction(
        (tags) =>
          tags.every((tag) => customElements.get(tag) && document.querySelector(tag).shadowRoot?.firstElementChild),
        TAGS,
      );
      const loading = await heights(p);
      for (const tag of TAGS) assert.ok(Math.abs(loading[tag] - reserved[tag]) <= 1, `${tag}: ${loading[tag]}px`);
    } finally {
      await context.close();
    }
  });
});
