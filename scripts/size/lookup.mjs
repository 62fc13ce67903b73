/**
 * The lookup engine's runtime size: `createLookup` from the built @sanding/data
 * (packages/data/dist/index.js), bundled alone as a portal's bundler would (esbuild, minified,
 * ES2021), in raw and gzip (-9) bytes. The budget is 4,000 bytes gzip (the lookup issue).
 *
 *   import { measureLookup } from './size/lookup.mjs';  // → { raw, gzip }
 *   node scripts/size/lookup.mjs                         // prints them
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../packages/data/dist/index.js', import.meta.url));

/** Bundles `export { createLookup }` from the built data package and measures it. */
export async function measureLookup() {
  const { outputFiles } = await build({
    stdin: { contents: `export { createLookup } from ${JSON.stringify(dist)};`, loader: 'js', resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { raw, gzip } = await measureLookup();
  console.log(`createLookup (minified, ES2021): ${raw} bytes raw, ${gzip} bytes gzip (budget 4000)`);
}
