/**
 * How a portal's server should send the components' files (and its pages): compressed, cached
 * for a year when the name carries a content hash, revalidated otherwise. The example servers
 * and the tests' static server all send through this; the docs' "Serving and hosting" page says
 * the same in words. Node built-ins only.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A name with a content hash: esbuild's chunks (chunk-KLAIV5LH.js) and Vite's assets/. */
const HASHED = /-[A-Z0-9]{8}\.js(?:\.map)?$|\/assets\/[^/]+-[\w-]{8}\.\w+$/;

/** Types worth compressing: text. (Images and fonts are compressed already.) */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|manifest\+json)|image\/svg\+xml)/;

/** Compressed bodies by ETag, so a file is compressed once, not per request. */
const compressed = new Map();

/**
 * Cache-Control for a path: a hashed name never changes, so browsers may keep it a year
 * without asking; anything else (HTML, the bundle's entry sanding-elements.js, data JSON) is
 * asked about each time, and a 304 answers when it has not changed.
 */
export function cacheControl(pathname) {
  return HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The path a request asks for, or undefined when its target is not one (`OPTIONS *`, a
 * malformed absolute URL). A target that starts with "/" is a path, even "//x" (which the URL
 * parser, given it alone, would read as a host): the servers answer it with 404, and the rest
 * with 400, never an exception in the request handler, which would stop a Node server.
 */
export function pathnameOf(request) {
  const target = request.url ?? '/';
  try {
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname;
  } catch {
    return undefined;
  }
}

/** The best encoding the request accepts: brotli, then gzip, else none. */
function encodingFor(request) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

/**
 * Sends a 200 response with `body`, compressed when the client accepts it and the type is text,
 * with an ETag, Cache-Control (`cache`, or as `cacheControl` says for the request's path) and
 * `Vary: Accept-Encoding`. Answers 304 when the client's copy is current.
 *
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ body: Buffer | string, type: string, headers?: Record<string, string>, cache?: string }} what
 */
export function send(request, response, { body, type, headers = {}, cache }) {
  const bytes = Buffer.from(body);
  const encoding = COMPRESSIBLE.test(type) && bytes.length > 1024 ? encodingFor(request) : undefined;
  // One ETag per representation: the compressed body is not the same bytes as the plain one.
  const etag = `"${createHash('sha1').update(bytes).digest('base64url')}${encoding ? `-${encoding}` : ''}"`;
  const control = cache ?? cacheControl(pathnameOf(request) ?? '');
  const common = { ...headers, 'content-type': type, 'cache-control': control, etag, vary: 'Accept-Encoding' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, common).end();
    return;
  }
  if (!encoding) {
    response.writeHead(200, common).end(bytes);
    return;
  }
  let out = compressed.get(etag);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(bytes, { level: 9 });
    // A response never sent again (a page rendered per request) is not worth keeping.
    if (control !== 'no-store') compressed.set(etag, out);
  }
  response.writeHead(200, { ...common, 'content-encoding': encoding }).end(out);
}
