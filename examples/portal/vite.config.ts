import { defineConfig } from 'vite';

/** The strict policy a government portal can use (see the docs' "Getting started"). */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export default defineConfig({
  // The browser-support floor (README): ES2021.
  build: { target: 'es2021' },
  server: { host: '127.0.0.1', port: 4314 },
  // `pnpm start` serves the production build with the strict policy.
  preview: { host: '127.0.0.1', port: 4314, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
