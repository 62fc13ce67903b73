import { copyFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { collapseIndentation } from './build/collapse-indentation.js';
import { minifyCssLiterals } from './build/minify-css-literals.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** One entry per component, so a page can register just the one it uses. */
export const COMPONENTS = ['division-directory', 'duty-lookup', 'contact-card', 'org-chart'] as const;

/** esbuild: keep class fields (ES2022, in every browser of the floor) as written. */
function keepClassFields(options: { supported?: Record<string, boolean> }): void {
  options.supported = { ...options.supported, 'class-field': true, 'class-static-field': true };
}

const define = { __SANDING_VERSION__: JSON.stringify(version) };

/** reserve.css, the page's stylesheet that sizes the elements before definition, as written. */
const copyReserve = (outDir: string) => () => copyFile('src/reserve.css', `${outDir}/reserve.css`);

/**
 * The self-contained bundle inlines the built datasets (as lazy chunks), which the root
 * `pnpm build` makes before this package (@sanding/datasets). A partial build (`pnpm --filter
 * @sanding/elements build` before the datasets are built) skips the bundle, saying so, instead of
 * failing.
 */
const datasetsBuilt = ['zh-Hans.core.js', 'zh-Hans.search.js'].every((file) =>
  existsSync(new URL(`../datasets/dist/dalian-stb/${file}`, import.meta.url)),
);
if (!datasetsBuilt) console.warn('[sanding] datasets not built: skipping dist/bundle (run the root `pnpm build`)');

const npm: Options = {
  // The npm package: Lit, @sanding/data, @sanding/datasets and React stay external, for the
  // portal's bundler.
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(COMPONENTS.map((name) => [name, `src/${name}/define.ts`])),
    react: 'src/react.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  // Both configs build in parallel: never wipe the bundle's folder from here.
  clean: ['!bundle/**'],
  // The browser-support floor (README): ES2021, the level Lit 3 is published in (Chromium 86+,
  // Safari 14.1+, Firefox 79+). Class fields stay as written: every browser of the floor has
  // them, and lowering them adds helper chunks (to the lazy validator, among others).
  target: 'es2021',
  esbuildOptions: keepClassFields,
  splitting: true,
  external: ['lit', /^lit\//, /^@lit\//, /^@sanding\/data(\/|$)/, /^@sanding\/datasets(\/|$)/, 'react'],
  esbuildPlugins: [minifyCssLiterals(), collapseIndentation()],
  define,
  onSuccess: copyReserve('dist'),
};

const bundle: Options = {
  // The self-contained bundle for portals without a build step: one
  // <script type="module" src=".../sanding-elements.js"> and the tags work, no import map.
  // Lit, @sanding/data and @sanding/datasets are inlined; the datasets and the validator stay
  // lazy chunks.
  entry: { 'sanding-elements': 'src/index.ts' },
  outDir: 'dist/bundle',
  format: ['esm'],
  platform: 'browser',
  dts: false,
  sourcemap: true,
  clean: true,
  minify: true,
  // The browser-support floor (README): ES2021, the level Lit 3 is published in (Chromium 86+,
  // Safari 14.1+, Firefox 79+). Class fields stay as written: every browser of the floor has
  // them, and lowering them adds helper chunks (to the lazy validator, among others).
  target: 'es2021',
  splitting: true,
  noExternal: [/.*/],
  esbuildPlugins: [minifyCssLiterals(), collapseIndentation()],
  esbuildOptions(options) {
    keepClassFields(options);
    options.conditions = ['browser', 'production'];
    // Chinese as UTF-8, not \uXXXX escapes (esbuild's default): a module script is always
    // decoded as UTF-8, and it gzips smaller.
    options.charset = 'utf8';
  },
  define: { ...define, 'process.env.NODE_ENV': '"production"' },
  // Beside sanding-elements.js, for portals that copy the bundle's folder to their host.
  onSuccess: copyReserve('dist/bundle'),
};

export default defineConfig(datasetsBuilt ? [npm, bundle] : [npm]);
