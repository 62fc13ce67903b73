import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', validate: 'src/validate/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // The browser-support floor (README): ES2021, so Chromium 85+, Safari 14.1+, Firefox 79+.
  target: 'es2021',
  treeshake: true,
  onSuccess: 'tsx scripts/json-schema.ts',
});
