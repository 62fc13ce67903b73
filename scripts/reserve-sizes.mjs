/**
 * Measures how tall each component is once the Dalian data shows (collapsed, default theme, the
 * browser's default 8px margins) at every viewport width from 1400 to 300 px, and prints the
 * reserve.css rules that keep that room: a base size and a step wherever the height leaves the
 * step's range, each size the middle of its step's heights (so within TOLERANCE_PX of them).
 *
 *   node scripts/reserve-sizes.mjs [lang]     lang: en (default), zh-Hans, zh-Hant…
 *
 * Needs `pnpm build` (the bundle). The en rules in packages/elements/src/reserve.css are its output;
 * the zh-Hans ones were measured the same way, with a step at each change of height.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/support/browser.mjs';
import { dalianComponents, dalianShown, heights as heightsOf, TAGS } from '../tests/support/reserve.mjs';
import { serve } from '../tests/support/server.mjs';

const BUNDLE = dirname(fileURLToPath(import.meta.resolve('@sanding/elements/bundle')));
const lang = process.argv[2] ?? 'en';
/** How far a step's size may be from the height at any of its widths (the pages test allows 24 px). */
const TOLERANCE_PX = 20;
const WIDEST = 1400;
const NARROWEST = 300;

const page = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <script type="module" src="/sanding-elements.js"></script>
  </head>
  <body>
    ${dalianComponents()}
  </body>
</html>`;

const server = await serve({ root: BUNDLE, pages: { '/measure.html': page } });
const browser = await launch();
/** [width, [height of each tag]] from the widest to the narrowest. */
const heights = [];
try {
  const context = await browser.newContext({ viewport: { width: WIDEST, height: 900 } });
  const p = await context.newPage();
  await p.goto(`${server.url}/measure.html`);
  await dalianShown(p);
  for (let width = WIDEST; width >= NARROWEST; width--) {
    await p.setViewportSize({ width, height: 900 });
    const byTag = await heightsOf(p);
    heights.push([width, TAGS.map((tag) => byTag[tag])]);
  }
} finally {
  await browser.close();
  await server.close();
}

/** A quarter of a rem. */
const rem = (px) => Math.round(px / 4) / 4;
/** [from width (Infinity for the base rule), tag, size in rem] */
const rules = [];
for (const [i, tag] of TAGS.entries()) {
  let step;
  for (const [width, all] of heights) {
    const h = all[i];
    if (step && Math.max(step.max, h) - Math.min(step.min, h) <= 2 * TOLERANCE_PX) {
      step.min = Math.min(step.min, h);
      step.max = Math.max(step.max, h);
      continue;
    }
    step = { from: step ? width : Infinity, min: h, max: h };
    rules.push(step);
    step.tag = tag;
  }
}
const selector = (tag) => (lang.startsWith('zh-Hans') ? tag : `${tag}:lang(${lang})`);
const declaration = (step) =>
  `${selector(step.tag)} {\n  --sanding-reserve-block-size: ${rem((step.min + step.max) / 2)}rem;\n}\n`;
// The widest first: a narrower step, later in the sheet, wins.
let css = '';
for (const step of rules.sort((a, b) => b.from - a.from))
  css +=
    step.from === Infinity
      ? declaration(step)
      : `@media (max-width: ${((step.from + 0.5) / 16).toFixed(2)}rem) {\n${declaration(step).replace(/^(?=.)/gm, '  ')}}\n`;
console.log(css);
