import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // The browser-support floor of the other packages (README): ES2021, class fields as written.
  target: 'es2021',
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'class-field': true, 'class-static-field': true };
  },
  // @sanding/data, OpenCC and pinyin-pro stay external: a page that authors loads them as it
  // loads this package, lazily.
  treeshake: true,
});
