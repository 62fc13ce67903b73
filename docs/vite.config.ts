import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { PAGES } from './plugins/pages.ts';
import { sandingSite } from './plugins/site.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The docs site: plain HTML pages, one CSS file, no framework. `pnpm start` (root) builds the
 * packages, then serves this with `vite`. Every link and asset is relative or base-aware, so
 * `vite build --base /some/path/` gives a site that works under that path on any static host.
 */
export default defineConfig({
  root,
  plugins: [sandingSite({ root })],
  build: {
    // The browser-support floor (README): ES2021, as the packages; Chromium 86+, Safari 14.1+, Firefox 79+.
    target: 'es2021',
    rolldownOptions: {
      input: Object.fromEntries(PAGES.map((page) => [page.file.replace(/\.html$/, ''), resolve(root, page.file)])),
    },
  },
  // The studio's worker imports lazily (the validator, the authoring step): ES module workers.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
