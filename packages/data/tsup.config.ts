import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  // lookup and parser are entries only to keep them in chunks of their own: a portal that
  // imports createLookup alone then drops the parser's top-level tables ("sideEffects": false).
  // Their own .js files are not exported, so onSuccess removes them (index.d.ts imports their
  // .d.ts, which stay).
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
  // them, and lowering them adds helper chunks (to the lazy validator, among others).
  target: 'es2021',
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'class-field': true, 'class-static-field': true };
  },
  treeshake: true,
  async onSuccess() {
    for (const file of ['lookup.js', 'lookup.js.map', 'parser.js', 'parser.js.map'])
      rmSync(`dist/${file}`, { force: true });
    execFileSync('tsx', ['scripts/json-schema.ts'], { stdio: 'inherit' });
  },
});
