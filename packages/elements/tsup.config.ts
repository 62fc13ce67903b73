import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** One entry per component, so a page can register just the one it uses. */
export const COMPONENTS = ['division-directory', 'duty-lookup', 'contact-card', 'org-chart'] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(COMPONENTS.map((name) => [name, `src/${name}/define.ts`])),
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // The browser-support floor (README): ES2021, Chromium 85+, Safari 14.1+, Firefox 79+.
  target: 'es2021',
  splitting: true,
  external: ['lit', /^lit\//, /^@lit\//, /^@sanding\/data/, 'react'],
  define: { __SANDING_VERSION__: JSON.stringify(version) },
});
