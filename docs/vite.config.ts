import { defineConfig } from 'vite';

/**
 * The docs site. `pnpm start` (root) builds the packages, then serves this with `vite`.
 * Build for a sub-path with `vite build --base /some/path/`.
 */
export default defineConfig({
  // The browser-support floor (README): ES2021, Chromium 85+, Safari 14.1+, Firefox 79+.
  build: { target: 'es2021' },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
});
