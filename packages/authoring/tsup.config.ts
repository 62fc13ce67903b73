import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // The browser-support floor of the other packages (README). @sanding/data, OpenCC and pinyin-pro
  // stay external: a page that authors loads them with this package, lazily.
  target: 'es2021',
});
