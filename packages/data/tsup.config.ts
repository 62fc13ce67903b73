import { defineConfig } from 'tsup';

export default defineConfig({
  // lookup and parser are entries only to keep them in chunks of their own: a portal that
  // imports createLookup alone then drops the parser's top-level tables ("sideEffects": false).
  entry: {
    index: 'src/index.ts',
    validate: 'src/validate/index.ts',
    lookup: 'src/lookup/index.ts',
    parser: 'src/parser/index.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // The browser-support floor (README): ES2021, the level Lit 3 is published in (Chromium 86+,
  // Safari 14.1+, Firefox 79+). Class fields stay as written: every browser of the floor has
  // them, and lowering them adds helper chunks (measured: +0.1 kB on the lazy validator).
  target: 'es2021',
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'class-field': true, 'class-static-field': true };
  },
  treeshake: true,
  onSuccess: 'tsx scripts/json-schema.ts',
});
