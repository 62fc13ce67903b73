/**
 * Keystroke latency in Sanding Studio (docs/studio.html): with an empty editor, and with a
 * 100 KB regulation text (the Dalian text with its division list repeated). Parsing runs in a
 * worker, so the two should stay close (the aim: the large text within 2× the empty editor).
 *
 * A keystroke's latency is the time from its keydown to the first frame after it was handled
 * (keydown → requestAnimationFrame → the next task). It types as a person does: bursts of ten
 * keys 80 ms apart, with a pause after each burst long enough for the worker's answer to arrive
 * and be shown, so the measured keys also meet the page re-rendering the parsed data. Three
 * rounds of each, taken in turns.
 *
 * Builds the docs site into a temporary folder first (needs `pnpm build`; `pnpm bench` runs it).
 * Prints figures; asserts nothing.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../tests/support/browser.mjs';
import { REPO_ROOT, serve } from '../../tests/support/server.mjs';
import { buildSite, pasteIntoStudio } from '../../tests/support/site.mjs';

const SEED = readFileSync(join(REPO_ROOT, 'packages/datasets/sources/dalian-stb/source.zh-Hant.txt'), 'utf8');
const KEYS = 60;
const BURST = 10;
const ROUNDS = 3;

/** The seed with its division list repeated until the text holds `bytes` of UTF-8. */
function textOf(bytes) {
  const lines = SEED.trimEnd().split('\n');
  const first = lines.findIndex((line, i) => i > 20 && line.startsWith('(一)'));
  const divisions = lines.slice(first, -1);
  const out = [...lines.slice(0, -1)];
  let n = divisions.length;
  while (Buffer.byteLength(out.join('\n')) < bytes) {
    for (const line of divisions) out.push(line.startsWith('(') ? line.replace(/^\([^)]+\)/, `(${++n})`) : line);
  }
  out.push(lines.at(-1));
  return out.join('\n');
}

const site = buildSite();
const server = await serve({ root: site });
const browser = await launch();

/** Types KEYS characters at the end of the editor holding `text`; each keystroke's latency in ms. */
async function measure(text) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/studio.html`);
  const content = page.locator('.cm-content');
  await content.waitFor();
  if (text) {
    await pasteIntoStudio(page, text);
    await page.locator('[data-structure="divisions"] > li').first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(1000);
  }
  await content.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.evaluate(() => {
    window.__latencies = [];
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start), 0));
      },
      true,
    );
  });
  for (let i = 0; i < KEYS; i += BURST) {
    // Keys of the keyboard (a character typed through an input method fires no keydown here).
    await page.keyboard.type('kejichuang'.slice(0, BURST), { delay: 80 });
    await page.waitForTimeout(600);
  }
  const latencies = await page.evaluate(() => window.__latencies);
  await context.close();
  return latencies;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
try {
  const rows = [
    { label: 'empty editor', text: '', times: [] },
    { label: '100 KB text', text: textOf(100 * 1024), times: [] },
  ];
  // Side by side, in turns: the machine's load changes between runs, so neither gets the quiet one.
  for (let round = 0; round < ROUNDS; round++) for (const row of rows) row.times.push(...(await measure(row.text)));
  for (const row of rows) {
    row.bytes = Buffer.byteLength(row.text);
    row.times.sort((a, b) => a - b);
  }
  console.log('editor            bytes    keys   median ms   p95 ms   max ms');
  for (const { label, bytes, times } of rows) {
    console.log(
      `${label.padEnd(15)} ${String(bytes).padStart(7)}  ${String(times.length).padStart(5)}  ${quantile(times, 0.5)
        .toFixed(1)
        .padStart(10)}  ${quantile(times, 0.95).toFixed(1).padStart(7)}  ${times.at(-1).toFixed(1).padStart(7)}`,
    );
  }
  const [empty, large] = rows;
  console.log(
    `\nmedian ratio, 100 KB / empty: ${(quantile(large.times, 0.5) / quantile(empty.times, 0.5)).toFixed(2)}× (aim: ≤ 2×)`,
  );
  console.log(
    `p95 ratio,    100 KB / empty: ${(quantile(large.times, 0.95) / quantile(empty.times, 0.95)).toFixed(2)}×`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
