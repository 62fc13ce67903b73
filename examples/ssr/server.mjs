/**
 * Server-side rendering with @lit-labs/ssr: every request renders the page, with the division
 * directory and the contact card inside declarative shadow roots, so the page reads with
 * JavaScript off. Then the browser hydrates them (client.js). Run: `node server.mjs`
 * (PORT=… to choose the port). Loopback only.
 *
 * On the server there is no ancestor `lang`, no `location`, no lazy import: the data and the
 * language are passed explicitly (the regulation as a property binding, `lang` on the element).
 *
 * Content-Security-Policy: @lit-labs/ssr writes each component's styles as a <style> element
 * inside its declarative shadow root, and the hydrated component keeps using that element (it
 * does not adopt its styles again). `style-src 'self'` would block it, so each response gets a
 * fresh nonce, on every such <style> and in `style-src`.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @lit-labs/ssr before the components: it prepares LitElement for rendering on the server.
import { LitElementRenderer, html as serverHtml, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { regulation as dalian } from '@sanding/datasets/dalian-stb/zh-Hans';
import { pathnameOf, send } from '../vanilla/send.mjs';
import '@sanding/elements/division-directory';
import '@sanding/elements/contact-card';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The strict policy, with this response's style nonce. */
export function contentSecurityPolicy(nonce) {
  return (
    `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; ` +
    "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'"
  );
}

/**
 * LitElementRenderer writes `<style>` with no attributes; this one adds the nonce. (The
 * renderer is @lit-labs/ssr's documented extension point, `elementRenderers`.)
 */
function rendererWithStyleNonce(nonce) {
  return class NonceLitElementRenderer extends LitElementRenderer {
    renderShadow(renderInfo) {
      const chunks = super.renderShadow(renderInfo);
      return chunks?.map((chunk) => (chunk === '<style>' ? `<style nonce="${nonce}">` : chunk));
    }
  };
}

/**
 * The regulation the page rendered, for the browser: a JSON data block (never run, so the strict
 * policy allows it) that pass-data.js reads, so that hydration gets exactly the server's data.
 * `<` is escaped: no text in it can close the element.
 */
function dataBlock(regulation) {
  const json = JSON.stringify(regulation).replace(/</g, '\\u003c');
  return unsafeHTML(`<script type="application/json" id="sanding-regulation">${json}</script>`);
}

/** The document: a server-only template (it holds the doctype) around hydratable components. */
function page(regulation) {
  return serverHtml`<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Sanding：服务端渲染示例</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <!-- Room for the components before they are defined (the server renders them, so it
         matters little here; it does on pages that mix in client-rendered ones). -->
    <link rel="stylesheet" href="/reserve.css" />
    <link rel="stylesheet" href="/page.css" />
    <!-- Hydration support first, as its own script: it must run before Lit's LitElement is
         defined, and module scripts run in document order. -->
    <script type="module" src="/assets/hydrate-support.js"></script>
    <script type="module" src="/assets/client.js"></script>
    ${dataBlock(regulation)}
  </head>
  <body>
    <header class="page-header">
      <h1>${regulation.agency.name}</h1>
      <p>本页由服务器渲染：关闭 JavaScript 也能看到本局的名称、领导、联系方式和全部内设机构；脚本加载后，组件接管交互（展开、筛选）。</p>
    </header>
    <div class="page-body">
      <main>
        ${html`<sanding-division-directory lang="zh-Hans" expanded deep-links .regulation=${regulation}></sanding-division-directory>`}
      </main>
      <aside aria-label="联系方式">
        ${html`<sanding-contact-card lang="zh-Hans" heading-level="2" .regulation=${regulation}></sanding-contact-card>`}
      </aside>
    </div>
  </body>
</html>`;
}

/** Renders the page for `regulation` with a per-response nonce on the components' styles. */
export async function renderPage(nonce, regulation = dalian) {
  return collectResult(render(page(regulation), { elementRenderers: [rendererWithStyleNonce(nonce)] }));
}

/**
 * Bundles the browser code into memory, once per start: two entry points, so that the page can
 * load Lit's hydration support before anything defines a component, and one copy of Lit shared
 * between them (code splitting). In a single entry, the bundler may hoist Lit into a shared
 * chunk that runs before the hydration support does.
 */
async function bundleClient() {
  const result = await build({
    entryPoints: {
      'hydrate-support': '@lit-labs/ssr-client/lit-element-hydrate-support.js',
      client: join(HERE, 'client.js'),
    },
    absWorkingDir: HERE,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    minify: true,
    outdir: join(HERE, 'assets'),
    write: false,
    logLevel: 'warning',
  });
  return new Map(
    result.outputFiles.map((file) => [`/assets/${file.path.slice(join(HERE, 'assets').length + 1)}`, file.contents]),
  );
}

/**
 * Starts the server; resolves with its URL and a `close` function. It renders the Dalian bureau,
 * or `regulation` (the tests render a long list with it).
 */
export async function start({ port = 0, regulation = dalian } = {}) {
  const assets = await bundleClient();
  const files = {
    '/page.css': { type: 'text/css; charset=utf-8', body: await readFile(join(HERE, 'page.css')) },
    '/favicon.svg': { type: 'image/svg+xml', body: await readFile(join(HERE, 'favicon.svg')) },
    '/reserve.css': {
      type: 'text/css; charset=utf-8',
      body: await readFile(fileURLToPath(import.meta.resolve('@sanding/elements/reserve.css'))),
    },
  };
  const server = createServer(async (request, response) => {
    const pathname = pathnameOf(request);
    const nonce = randomBytes(16).toString('base64');
    const headers = { 'content-security-policy': contentSecurityPolicy(nonce), 'x-content-type-options': 'nosniff' };
    if (pathname === undefined) {
      response.writeHead(400, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    try {
      if (pathname === '/' || pathname === '/index.html') {
        // Rendered for this request, with its own nonce: never stored, never reused.
        const body = await renderPage(nonce, regulation);
        send(request, response, { body, type: 'text/html; charset=utf-8', headers, cache: 'no-store' });
      } else if (Object.hasOwn(files, pathname)) {
        send(request, response, { ...files[pathname], headers });
      } else if (assets.has(pathname)) {
        send(request, response, { body: assets.get(pathname), type: 'text/javascript; charset=utf-8', headers });
      } else {
        response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        response.end('not found');
      }
    } catch (error) {
      console.error(error);
      response.writeHead(500, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      response.end('server error');
    }
  });
  await new Promise((listening) => server.listen(port, '127.0.0.1', listening));
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${actual}/`, close: () => new Promise((closed) => server.close(closed)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await start({ port: Number(process.env.PORT ?? 4313) });
  console.log(`ssr example: ${url} (Ctrl+C to stop)`);
}
