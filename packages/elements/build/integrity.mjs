/**
 * Prints the Subresource Integrity hash of the self-contained bundle, for a portal that hosts
 * dist/bundle/ itself (`<script type="module" src="…" integrity="sha384-…" crossorigin>`), and
 * writes dist/bundle/integrity.json: every file of the bundle with its hash, in the shape of an
 * import map's `integrity` key, which also covers the chunks the bundle loads lazily.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../dist/bundle/', import.meta.url);
if (!existsSync(new URL('sanding-elements.js', dir))) {
  console.warn('[sanding] no dist/bundle: no integrity hashes (run the root `pnpm build`)');
} else {
  const sri = (file) =>
    `sha384-${createHash('sha384')
      .update(readFileSync(new URL(file, dir)))
      .digest('base64')}`;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  const integrity = Object.fromEntries(files.map((f) => [`./${f}`, sri(f)]));
  writeFileSync(new URL('integrity.json', dir), `${JSON.stringify({ integrity }, null, 2)}\n`);
  console.log(`dist/bundle/sanding-elements.js integrity="${integrity['./sanding-elements.js']}"`);
  console.log(`  (every file of dist/bundle/ with its hash, for an import map: dist/bundle/integrity.json)`);
}
