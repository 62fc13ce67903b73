/**
 * The browser side of the server-rendered page, bundled by server.mjs with esbuild. It runs
 * after hydrate-support.js (the page loads that first, as its own script), and the order of
 * these imports matters: modules run in the order they are imported.
 */
// 1. The same data the server rendered, set on the elements before they upgrade.
import './pass-data.js';
// 2. The components: each upgrades and hydrates its declarative shadow root.
import '@sanding/elements/division-directory';
import '@sanding/elements/contact-card';
