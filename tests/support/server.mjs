/**
 * A static file server for page-level tests: serves the repo (or a given root) on 127.0.0.1 with
 * the HTTP headers a test asks for, such as a strict Content-Security-Policy. Only loopback.
 * Files go out as a portal should send them (examples/vanilla/send.mjs): compressed, cached.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathnameOf, send } from '../../examples/vanilla/send.mjs';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @param {{ root?: string, headers?: Record<string, string>, pages?: Record<string, string> }} options
 *   pages: extra in-memory HTML pages by path, e.g. { '/csp.html': '<!doctype html>…' }
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve({ root = REPO_ROOT, headers = {}, pages = {} } = {}) {
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(pathnameOf(req) ?? '');
    } catch {
      // A malformed escape (%E0%A4%A): not a path.
    }
    if (!path) {
      res.writeHead(400).end();
      return;
    }
    if (pages[path] !== undefined) {
      send(req, res, { body: pages[path], type: TYPES['.html'], headers });
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      send(req, res, { body, type: TYPES[extname(file)] ?? 'application/octet-stream', headers });
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
