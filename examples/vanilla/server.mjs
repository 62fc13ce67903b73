/**
 * Serves index.html, with the self-contained bundle of @sanding/elements under /sanding/, and
 * every response carries the strict Content-Security-Policy a government portal can use:
 * no inline script or style, no eval, Trusted Types enforced. Files go out as a portal should
 * send them (send.mjs): compressed, the bundle's hashed chunks cached for a year, the page and
 * sanding-elements.js revalidated. Run: `node server.mjs`
 * (PORT=… to choose the port). Loopback only.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathnameOf, send } from './send.mjs';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const HERE = dirname(fileURLToPath(import.meta.url));
/** packages/elements/dist/bundle: sanding-elements.js and the lazy chunks beside it. */
const BUNDLE = dirname(fileURLToPath(import.meta.resolve('@sanding/elements/bundle')));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The page's own files, beside this script. */
const PAGE_FILES = new Set(['index.html', 'page.css', 'favicon.svg']);

/** URL path → file: the page and its files, and the bundle under /sanding/. */
function fileFor(pathname) {
  if (pathname === '/') return join(HERE, 'index.html');
  if (PAGE_FILES.has(pathname.slice(1))) return join(HERE, pathname.slice(1));
  if (pathname.startsWith('/sanding/')) {
    const file = normalize(join(BUNDLE, pathname.slice('/sanding/'.length)));
    return file.startsWith(BUNDLE + sep) ? file : undefined;
  }
  return undefined;
}

/** Starts the server; resolves with its URL and a `close` function. */
export async function start({ port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const pathname = pathnameOf(request);
    const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };
    if (pathname === undefined) {
      response.writeHead(400, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    const file = fileFor(pathname);
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      send(request, response, { body, type: TYPES[extname(file)] ?? 'application/octet-stream', headers });
    } catch {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
    }
  });
  await new Promise((listening) => server.listen(port, '127.0.0.1', listening));
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${actual}/`, close: () => new Promise((closed) => server.close(closed)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await start({ port: Number(process.env.PORT ?? 4310) });
  console.log(`vanilla example: ${url} (strict CSP; Ctrl+C to stop)`);
}
