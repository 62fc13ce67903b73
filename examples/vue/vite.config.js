import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/**
 * The strict policy a government portal can use (see the docs' "Getting started"). Vue's
 * runtime creates a Trusted Types policy named `vue` for its static-content fast path, so a
 * Vue page adds that name to `trusted-types`.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html vue 'allow-duplicates'";

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Tags starting with sanding- are custom elements: Vue leaves them to the browser
        // instead of looking for a Vue component of that name.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('sanding-') },
      },
    }),
  ],
  // The browser-support floor (README): ES2021.
  build: { target: 'es2021' },
  server: { host: '127.0.0.1', port: 4312 },
  // `pnpm start` serves the production build with the strict policy.
  preview: { host: '127.0.0.1', port: 4312, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
