/**
 * `pnpm bench` (browser): the pages users see, in Debian's Chromium with the CPU throttled 4× (a
 * mid-range phone), each measured in a fresh browser context (empty storage, empty cache, no
 * hash) several times; every figure is the median of the runs. Prints tables; asserts nothing.
 *
 * The machine is shared and its speed varies from run to run, so each figure that has a target
 * is printed as a ratio against a reference measured in the same run: the browser rendering the
 * same content as static HTML, or an `<input>` that only echoes what is typed.
 *
 * Parts (all by default; name some to run only those):
 *   pages       a page without script (the floor), the docs landing and each example: time to
 *               11 divisions shown, long tasks (and the longest from the components' definition on),
 *               layout shift (CLS), JS bytes transferred
 *   cls         a plain page (zh-Hans, en; a laptop's and a phone's viewport) with the four
 *               components, with and without reserve.css
 *   keystrokes  lookup keystroke latency against an echoing <input>
 *   agencies    generated agencies of 300 and 10,000 divisions set through `regulation`:
 *               directory render and filter, against the same content as static HTML
 *   lighthouse  Lighthouse 12.2.3 (mobile) on the vanilla example and the docs landing
 *   text        the first text a fresh page lays out (the font system's first use) against the same
 *               markup laid out again: what every page's first layout pays before its own content
 *
 *   node scripts/bench/browser.mjs [part…]      BENCH_RUNS=n for n runs of each page (default 5)
 *   agencies only: BENCH_AGENCIES=dalian,300,10000 picks agencies; BENCH_BUNDLE=dir serves another
 *   build of the bundle (an earlier commit's), to compare two builds in the same way
 *
 * Needs `pnpm build` (the packages); builds the docs site and the Vite examples itself.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { regulation as dalian } from '@sanding/datasets/dalian-stb/zh-Hans';
import { generateAgency } from '../../tests/support/agency.mjs';
import { CHROME_PATH, CHROME_ARGS, launch } from '../../tests/support/browser.mjs';
import { REPO_ROOT, serve } from '../../tests/support/server.mjs';
import { median } from './shared/stats.mjs';
import { table } from './shared/table.mjs';

const PARTS = ['pages', 'cls', 'keystrokes', 'agencies', 'lighthouse', 'text'];
const asked = process.argv.slice(2);
const unknown = asked.filter((part) => !PARTS.includes(part));
if (unknown.length) {
  console.error(`unknown part: ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
  process.exit(2);
}
const runsOf = (part) => asked.length === 0 || asked.includes(part);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const THROTTLING = 4;
const VIEWPORT = { width: 1280, height: 900 };
/** A phone's, for the layout-shift part. */
const PHONE = { width: 390, height: 844 };
/** The longest a page may take to show its directory, or a filter to apply, before a run gives up. */
const PATIENCE_MS = 120_000;

const BUNDLE = dirname(fileURLToPath(import.meta.resolve('@sanding/elements/bundle')));
const DIVISIONS = dalian.divisions.length;

// ---------------------------------------------------------------------------------------------
// Figures

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)];
};
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '-');
const kB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '-');
const times = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×` : '-');
const count = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '-');

/** "name: a / b = 1.6× (target ≤ 0.25×)" */
function ratio(name, value, reference, target) {
  console.log(`${name} = ${times(value / reference)} (target ${target})`);
}

// ---------------------------------------------------------------------------------------------
// The browser, throttled

/**
 * What every measured page records from its first script on: long tasks, long animation frames,
 * layout shifts and the moment its first directory shows the Dalian bureau's 11 divisions
 * (checked each frame).
 *
 * A long task (the `longtask` entry) times the script of one task; the style, layout and paint
 * that follow it are not in it. A long animation frame (`long-animation-frame`) times the tasks
 * of one frame together with its rendering: what a person waits for between two frames. Large
 * renders spend most of their time in style and layout, so the figures with a target (against
 * a static render, itself mostly style and layout) take the longest frame, or the longest task
 * where that is longer (Chromium does not always report a frame that held a task of many
 * seconds).
 */
function instrument(divisions) {
  const bench = { longTasks: [], frames: [], shifts: 0, divisionsShown: undefined, defined: undefined };
  window.__bench = bench;
  // The components' own work starts with the task that defines them (their script's evaluation).
  for (const tag of ['sanding-division-directory', 'sanding-duty-lookup', 'sanding-contact-card', 'sanding-org-chart'])
    customElements.whenDefined(tag).then(() => (bench.defined ??= performance.now()));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.frames.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const poll = () => {
    const root = document.querySelector('sanding-division-directory')?.shadowRoot;
    if ((root?.querySelectorAll('[part="division"]').length ?? 0) >= divisions)
      bench.divisionsShown = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  /** Resolves after the next frame has been produced. */
  window.__nextFrame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  /** The longest of `entries` that ends after `since` (a frame may have begun before it). */
  window.__longestSince = (entries, since) =>
    Math.max(0, ...entries.filter((e) => e.start + e.duration > since).map((e) => e.duration));
  /**
   * Runs `fn` in a task of its own (a timer's), as the page's own code runs; the DevTools
   * protocol's evaluation is not a task the long-task observer reports.
   */
  window.__inTask = (fn) => new Promise((done) => setTimeout(() => done(fn()), 0));
  /** Resolves once no long task has started or ended for `quietMs` (at most `capMs`). */
  window.__quiet = (quietMs, capMs) =>
    new Promise((done) => {
      const start = performance.now();
      const check = () => {
        const last = [...bench.longTasks, ...bench.frames].reduce((t, e) => Math.max(t, e.start + e.duration), start);
        if (performance.now() - last >= quietMs || performance.now() - start >= capMs) done(performance.now());
        else setTimeout(check, 100);
      };
      setTimeout(check, 100);
    });
}

/** A fresh context and page with the CPU throttled; `instrument` runs before the page's scripts. */
async function throttledPage(browser, { divisions = DIVISIONS, viewport = VIEWPORT } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING });
  await page.addInitScript(instrument, divisions);
  return { page, context, cdp };
}

/**
 * Loads a page and waits until its directory shows 11 divisions and the main thread has been
 * free of long tasks for 2 s. Resolves with the page-load figures.
 */
async function loadFigures(page, url, { plain = false } = {}) {
  await page.goto(url);
  if (!plain)
    await page.waitForFunction(() => window.__bench.divisionsShown !== undefined, null, { timeout: PATIENCE_MS });
  await page.evaluate(() => window.__quiet(2000, 30_000));
  return page.evaluate(() => {
    const { longTasks, shifts, divisionsShown, defined } = window.__bench;
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js$/.test(new URL(e.name).pathname))
      .reduce((sum, e) => sum + e.transferSize, 0);
    const durations = longTasks.map((t) => t.duration);
    return {
      divisionsShown,
      longTasks: durations.length,
      longTaskSum: durations.reduce((a, b) => a + b, 0),
      longTaskMax: Math.max(0, ...durations),
      // From the task that defines the first component on (it ends after the definition).
      componentsMax: defined === undefined ? 0 : window.__longestSince(longTasks, defined),
      cls: shifts,
      js,
    };
  });
}

/** `RUNS` fresh loads of a URL; resolves with each figure's median. */
async function medianLoad(browser, url, options = {}) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await throttledPage(browser, { viewport: options.viewport });
    try {
      runs.push(await loadFigures(page, url, options));
    } finally {
      await context.close();
    }
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
}

// ---------------------------------------------------------------------------------------------
// The pages: the docs site and the examples, served as their tests serve them

const run = promisify(execFile);

/** Builds the docs site into a temporary folder; resolves with its folder. */
async function buildDocs() {
  const out = mkdtempSync(join(tmpdir(), 'sanding-bench-docs-'));
  const docs = join(REPO_ROOT, 'docs');
  await run(
    process.execPath,
    [join(docs, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: docs, maxBuffer: 16 * 1024 * 1024 },
  );
  return out;
}

/** The Vite examples, built where their tests find them. */
const VITE_EXAMPLES = ['react', 'vue', 'portal'];
async function buildExamples() {
  await run('pnpm', [...VITE_EXAMPLES.flatMap((name) => ['--filter', `@sanding/example-${name}`]), 'run', 'build'], {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
}

const NO_SCRIPT_PAGE = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <title>大连市科学技术局</title>
  </head>
  <body>
    <h1>${dalian.agency.name}</h1>
    <p>${dalian.divisions.map((d) => d.name).join('、')}</p>
  </body>
</html>`;

/** Each page: a name and how to start its server ({ url, close }); `plain`: no components. */
async function pageServers() {
  const [docs] = await Promise.all([buildDocs(), buildExamples()]);
  return {
    cleanUp: () => rmSync(docs, { recursive: true, force: true }),
    pages: [
      // The floor: a fresh page with two lines of text and no script. Its navigation and first
      // layout (the font system's first use) are a long task of their own on a throttled CPU.
      {
        name: 'page without script (the floor)',
        plain: true,
        start: () => serve({ root: docs, pages: { '/': NO_SCRIPT_PAGE } }),
      },
      { name: 'docs landing', start: () => serve({ root: docs }) },
      { name: 'examples/vanilla', start: async () => (await import('../../examples/vanilla/server.mjs')).start() },
      { name: 'examples/ssr', start: async () => (await import('../../examples/ssr/server.mjs')).start() },
      ...VITE_EXAMPLES.map((name) => ({
        name: `examples/${name}`,
        start: () => serve({ root: join(REPO_ROOT, 'examples', name, 'dist') }),
      })),
    ],
  };
}

async function benchPages(browser, pages) {
  const rows = [];
  /** Each page's longest task, and the components', for the ratio against the static Dalian directory. */
  const longest = [];
  for (const { name, start, plain } of pages) {
    const server = await start();
    try {
      const m = await medianLoad(browser, server.url, { plain });
      longest.push({ name, max: m.longTaskMax, components: plain ? undefined : m.componentsMax });
      rows.push([
        name,
        ms(m.divisionsShown),
        count(m.longTasks),
        ms(m.longTaskSum),
        ms(m.longTaskMax),
        plain ? '-' : ms(m.componentsMax),
        m.cls.toFixed(3),
        kB(m.js),
      ]);
    } finally {
      await server.close();
    }
  }
  table(
    `Pages (CPU ×${THROTTLING}, ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} fresh loads)`,
    [
      'page',
      `${DIVISIONS} divisions shown`,
      'long tasks',
      'sum',
      'max',
      'max from the definition',
      'CLS',
      'JS transferred',
    ],
    rows,
  );
  return longest;
}

// ---------------------------------------------------------------------------------------------
// Layout shift on a plain page, with and without the shipped reserve.css

/** The plain page's own text, by page language. */
const PLAIN_TEXT = {
  'zh-Hans': [
    '大连市科学技术局',
    '查找负责部门',
    '在上面输入事项，找到负责的处室。',
    '组织结构',
    '内设机构',
    '联系方式',
    '页面到此结束。',
  ],
  en: [
    'Dalian Municipal Science and Technology Bureau',
    'Find the division in charge',
    'Type a matter above to find the division that handles it.',
    'Organisation',
    'Divisions',
    'Contact',
    'End of the page.',
  ],
};

/** A plain page: headings, text and the four components, nothing else; reserve.css if asked. */
const plainPage = (reserve, lang = 'zh-Hans') => {
  const [title, find, hint, chart, divisions, contact, end] = PLAIN_TEXT[lang];
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Plain page</title>
    ${reserve ? '<link rel="stylesheet" href="/reserve.css" />' : ''}
    <script type="module" src="/sanding-elements.js"></script>
  </head>
  <body>
    <h1>${title}</h1>
    <h2>${find}</h2>
    <sanding-duty-lookup dataset="dalian-stb" directory="directory"></sanding-duty-lookup>
    <p>${hint}</p>
    <h2>${chart}</h2>
    <sanding-org-chart dataset="dalian-stb"></sanding-org-chart>
    <h2>${divisions}</h2>
    <sanding-division-directory id="directory" dataset="dalian-stb"></sanding-division-directory>
    <h2>${contact}</h2>
    <sanding-contact-card dataset="dalian-stb" heading-level="3"></sanding-contact-card>
    <p>${end}</p>
  </body>
</html>`;
};

async function benchCls(browser) {
  const server = await serve({
    root: BUNDLE,
    pages: Object.fromEntries(
      Object.keys(PLAIN_TEXT).flatMap((lang) => [
        [`/${lang}-without.html`, plainPage(false, lang)],
        [`/${lang}-with.html`, plainPage(true, lang)],
      ]),
    ),
  });
  const reserveShipped = (await fetch(`${server.url}/reserve.css`)).ok;
  try {
    const rows = [];
    for (const viewport of [VIEWPORT, PHONE])
      for (const lang of Object.keys(PLAIN_TEXT))
        for (const variant of ['without', 'with']) {
          const m = await medianLoad(browser, `${server.url}/${lang}-${variant}.html`, { viewport });
          rows.push([
            `${lang}, ${viewport.width}×${viewport.height}, ${variant} reserve.css`,
            m.cls.toFixed(3),
            ms(m.divisionsShown),
          ]);
        }
    table(
      `Layout shift on a plain page with the four components (CPU ×${THROTTLING}, empty storage, no hash, median of ${RUNS})`,
      ['page', 'CLS', `${DIVISIONS} divisions shown`],
      rows,
    );
    if (!reserveShipped) console.log('(dist/bundle/reserve.css is not built: both pages are the same)');
    console.log('Target: CLS ≤ 0.05 with reserve.css (the issue measures the zh-Hans page).');
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Keystrokes: the lookup against an <input> that only echoes what is typed

/** Queries typed a character at a time, as an input method commits them. */
const TYPED = ['孵化器', '高新技术企业', '科技成果转化', '外国专家', '科普'];
/** The pause between keystrokes (a brisk typist). */
const KEYSTROKE_GAP_MS = 150;

/**
 * Records, for each keystroke, the time from its keydown (the platform's timestamp, so time
 * spent waiting for a busy main thread counts) to the end of the next frame after its input.
 */
function recordKeystrokes() {
  window.__keystrokes = [];
  let down;
  document.addEventListener('keydown', (e) => (down = e.timeStamp), true);
  document.addEventListener(
    'input',
    () => {
      const start = down;
      if (start !== undefined) void window.__nextFrame().then((end) => window.__keystrokes.push(end - start));
      down = undefined;
    },
    true,
  );
  const echo = document.createElement('input');
  echo.id = 'bench-echo';
  echo.setAttribute('aria-label', 'echo');
  const out = document.createElement('output');
  echo.addEventListener('input', () => (out.textContent = echo.value));
  const box = document.createElement('div');
  box.style.position = 'fixed';
  box.style.top = '0';
  box.style.right = '0';
  box.append(echo, out);
  document.body.append(box);
}

/**
 * Types each query into `field` a character at a time, each a keydown that commits the character
 * (through the DevTools protocol: Playwright's keyboard knows no Chinese keys); resolves with the
 * latencies.
 */
async function typeInto(page, cdp, field, clear) {
  await page.evaluate(() => (window.__keystrokes = []));
  for (const query of TYPED) {
    await field.focus();
    for (const character of query) {
      const key = { key: character, text: character, unmodifiedText: character };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: character });
      await page.waitForTimeout(KEYSTROKE_GAP_MS);
    }
    await page.waitForTimeout(1000);
    await clear();
  }
  await page.evaluate(() => window.__quiet(500, 10_000));
  return page.evaluate(() => window.__keystrokes);
}

async function benchKeystrokes(browser) {
  const server = await (await import('../../examples/vanilla/server.mjs')).start();
  const runs = { lookup: [], echo: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const { page, context, cdp } = await throttledPage(browser);
      try {
        await loadFigures(page, server.url);
        await page.evaluate(recordKeystrokes);
        const field = page.locator('sanding-duty-lookup [part="field"]');
        runs.lookup.push(await typeInto(page, cdp, field, () => field.press('Escape')));
        const echo = page.locator('#bench-echo');
        runs.echo.push(await typeInto(page, cdp, echo, () => echo.evaluate((el) => (el.value = ''))));
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
  const figures = (latencies) => ({
    p50: median(latencies.map((l) => median(l))),
    p95: median(latencies.map((l) => percentile(l, 95))),
    n: latencies[0]?.length ?? 0,
  });
  const lookup = figures(runs.lookup);
  const echo = figures(runs.echo);
  table(
    `Keystrokes, keydown to the next frame (examples/vanilla after load, CPU ×${THROTTLING}, ${TYPED.join(' ')}, ${KEYSTROKE_GAP_MS} ms apart; median of ${RUNS} runs)`,
    ['field', 'median', 'p95', 'keystrokes a run'],
    [
      ['sanding-duty-lookup', ms(lookup.p50), ms(lookup.p95), lookup.n],
      ['<input> that echoes', ms(echo.p50), ms(echo.p95), echo.n],
    ],
  );
  ratio('Lookup keystroke p95 / echo median', lookup.p95, echo.p50, '≤ 2×');
}

// ---------------------------------------------------------------------------------------------
// Large agencies: the directory against the same content as static HTML

const AGENCIES = [
  // Also the reference for the Dalian pages' long tasks.
  { name: 'Dalian (11 divisions, 16 duties)', id: 'dalian', make: () => dalian },
  { name: '300 divisions, 3,000 duties', id: '300', make: () => generateAgency(300, 3000) },
  { name: '10,000 divisions', id: '10000', make: () => generateAgency(10_000, 0) },
];
const FILTERS = ['孵化器', '高新技术企业'];
/** How long the directory waits for typing to pause before it filters (division-directory.ts). */
const FILTER_PAUSE_MS = 300;

const agencyPage = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <title>Generated agency</title>
    <script type="module" src="/sanding-elements.js"></script>
  </head>
  <body>
    <div id="static"></div>
    <sanding-division-directory id="directory" heading-level="2"></sanding-division-directory>
  </body>
</html>`;

/**
 * In the page: the reference, the same divisions as static HTML set with innerHTML (a heading
 * with a button and a hidden panel each, the panel holding its citation, responsibilities and
 * duties). Resolves with the time from setting it to the end of the next frame.
 */
async function staticRender() {
  const agency = window.__agency;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const dutiesOf = new Map();
  for (const duty of agency.duties)
    for (const id of duty.divisions ?? []) dutiesOf.set(id, [...(dutiesOf.get(id) ?? []), duty]);
  const markup = `<h2>${esc(agency.agency.name)}</h2><ul>${agency.divisions
    .map(
      (
        d,
      ) => `<li id="${d.id}"><h4><button type="button" aria-expanded="false" aria-controls="p-${d.id}">${esc(d.name)}</button></h4>
<div id="p-${d.id}" hidden="until-found"><dl><dt>依据</dt><dd>${esc(d.citation)}</dd></dl>
<ol>${d.responsibilities.map((c) => `<li>${esc(c.text)} <span>${esc(c.citation)}</span></li>`).join('')}</ol>
<ul>${(dutiesOf.get(d.id) ?? []).map((t) => `<li><span>${esc(t.citation)}</span> ${esc(t.text)}</li>`).join('')}</ul></div></li>`,
    )
    .join('')}</ul>`;
  const container = document.getElementById('static');
  await window.__quiet(1000, 10_000);
  const start = await window.__inTask(() => {
    const now = performance.now();
    container.innerHTML = markup;
    return now;
  });
  const end = await window.__nextFrame();
  const nodes = container.querySelectorAll('*').length;
  container.textContent = '';
  await window.__quiet(1000, 10_000);
  return { render: end - start, elements: nodes };
}

/** In the page: sets `regulation` and measures the directory's render until it settles. */
async function directoryRender() {
  const bench = window.__bench;
  const directory = document.getElementById('directory');
  const start = await window.__inTask(() => {
    const now = performance.now();
    directory.regulation = window.__agency;
    return now;
  });
  const firstFrame = (await window.__nextFrame()) - start;
  await directory.updateComplete;
  // Settled: every division is in the list (a long list renders in chunks), then a quiet second.
  const root = directory.shadowRoot;
  const total = window.__agency.divisions.length;
  const rendered = () => root.querySelector('[part="divisions"]')?.childElementCount ?? 0;
  const deadline = performance.now() + 120_000;
  while (rendered() < total && performance.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  const allRendered = performance.now() - start;
  await window.__quiet(1000, 60_000);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  const longest = (entries) => window.__longestSince(entries, start);
  return {
    firstFrame,
    longestTask: longest(bench.longTasks),
    longestFrame: longest(bench.frames),
    longest: Math.max(longest(bench.longTasks), longest(bench.frames)),
    allRendered,
    rows: rendered(),
    nodes,
    elements: root.querySelectorAll('*').length,
    divisions: total,
  };
}

/**
 * In the page: types `query` into the directory's filter (one input event, as an input method
 * commits it) and measures from the end of the typing pause to the end of the first frame
 * after the filtered list renders.
 */
async function filterRun({ query, pauseMs }) {
  const bench = window.__bench;
  const directory = document.getElementById('directory');
  const root = directory.shadowRoot;
  const field = root.querySelector('[part="filter"]');
  let typed = Infinity;
  const rendered = new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (performance.now() < typed + pauseMs) return;
      observer.disconnect();
      done();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await window.__inTask(() => {
    typed = performance.now();
    field.value = query;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  });
  await rendered;
  await directory.updateComplete;
  const end = await window.__nextFrame();
  await window.__quiet(1000, 60_000);
  const longest = (entries) => window.__longestSince(entries, typed);
  return {
    latency: end - typed - pauseMs,
    longestTask: longest(bench.longTasks),
    longestFrame: longest(bench.frames),
  };
}

async function benchAgencies(browser) {
  const pages = { '/agency.html': agencyPage };
  for (const a of AGENCIES) pages[`/agency-${a.id}.json`] = JSON.stringify(a.make());
  const references = {};
  // BENCH_BUNDLE: another build of the bundle (an earlier commit's), to compare in the same way.
  const server = await serve({ root: process.env.BENCH_BUNDLE ?? BUNDLE, pages });
  try {
    // BENCH_AGENCIES=300,10000 runs only those (by id).
    const only = process.env.BENCH_AGENCIES?.split(',');
    for (const agency of AGENCIES.filter((a) => !only || only.includes(a.id))) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const { page, context } = await throttledPage(browser);
        try {
          await page.goto(`${server.url}/agency.html`);
          await page.evaluate(async (url) => {
            await customElements.whenDefined('sanding-division-directory');
            window.__agency = await (await fetch(url)).json();
          }, `/agency-${agency.id}.json`);
          const reference = await page.evaluate(staticRender);
          const render = await page.evaluate(directoryRender);
          const filters = [];
          for (const query of FILTERS)
            filters.push(await page.evaluate(filterRun, { query, pauseMs: FILTER_PAUSE_MS }));
          runs.push({ reference, render, filters });
        } finally {
          await context.close();
        }
      }
      const m = (pick) => median(runs.map(pick));
      const divisions = runs[0].render.divisions;
      const reference = m((r) => r.reference.render);
      references[agency.id] = reference;
      const longest = m((r) => r.render.longest);
      const perDivision = (x) => (x / divisions).toFixed(1);
      table(
        `${agency.name}, set through \`regulation\` (CPU ×${THROTTLING}, median of ${RUNS} runs; task: script only, frame: script, style, layout and paint)`,
        ['measure', 'to the next frame', 'longest task', 'longest frame', 'shadow nodes', 'elements', 'a division'],
        [
          [
            'static HTML (innerHTML)',
            ms(reference),
            '',
            '',
            '',
            count(m((r) => r.reference.elements)),
            perDivision(m((r) => r.reference.elements)),
          ],
          [
            'directory render',
            ms(m((r) => r.render.firstFrame)),
            ms(m((r) => r.render.longestTask)),
            ms(m((r) => r.render.longestFrame)),
            count(m((r) => r.render.nodes)),
            count(m((r) => r.render.elements)),
            perDivision(m((r) => r.render.elements)),
          ],
          ...FILTERS.map((query, i) => [
            `filter ${i ? 'again' : 'first'} (${query}), after the pause`,
            ms(m((r) => r.filters[i].latency)),
            ms(m((r) => r.filters[i].longestTask)),
            ms(m((r) => r.filters[i].longestFrame)),
            '',
            '',
            '',
          ]),
        ],
      );
      const label = `${divisions.toLocaleString('en')} divisions`;
      ratio(`${label}: directory's longest frame (or task) / static render`, longest, reference, '≤ 0.25×');
      FILTERS.forEach((_, i) =>
        ratio(
          `${label}: filter ${i ? 'again' : 'first'} / static render`,
          m((r) => r.filters[i].latency),
          reference,
          '≤ 0.25×',
        ),
      );
      console.log(
        `${label}: every division rendered after ${ms(m((r) => r.render.allRendered))} (${count(m((r) => r.render.rows))} rows)`,
      );
      if (divisions >= 10_000)
        console.log(`${label}: shadow elements a division = ${perDivision(m((r) => r.render.elements))} (target < 5)`);
    }
  } finally {
    await server.close();
  }
  return references;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse 12.2.3, mobile (its default: a Moto G Power, simulated slow 4G and CPU ×4)

const LIGHTHOUSE = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));

/** One Lighthouse run of a URL; resolves with its performance score and metrics. */
function lighthouse(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        LIGHTHOUSE,
        url,
        '--only-categories=performance',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}`));
      const { categories, audits } = JSON.parse(out);
      resolve({
        score: categories.performance.score * 100,
        tbt: audits['total-blocking-time'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
      });
    });
  });
}

async function benchLighthouse(pages) {
  const rows = [];
  for (const { name, start } of pages) {
    const server = await start();
    try {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(server.url));
      const m = (key) => median(runs.map((r) => r[key]));
      rows.push([name, Math.round(m('score')), ms(m('tbt')), ms(m('lcp')), m('cls').toFixed(3)]);
    } finally {
      await server.close();
    }
  }
  table(`Lighthouse 12.2.3, mobile (median of ${RUNS} runs)`, ['page', 'performance', 'TBT', 'LCP', 'CLS'], rows);
  console.log('Targets: performance ≥ 95 and CLS ≤ 0.05 on both.');
}

// ---------------------------------------------------------------------------------------------
// Text: what a page's first layout pays once, whatever it shows

/**
 * In a fresh page (a fresh renderer: no font looked up yet), the time from setting `markup` to
 * the end of the next frame, the first time and then again. Both figures are the browser's alone.
 */
async function textLayouts(markup) {
  const container = document.getElementById('static');
  const times = [];
  for (let i = 0; i < 2; i++) {
    await new Promise((done) => setTimeout(done, 300));
    const start = await window.__inTask(() => {
      const now = performance.now();
      container.innerHTML = markup;
      return now;
    });
    times.push((await window.__nextFrame()) - start);
    container.textContent = '';
    await window.__nextFrame();
  }
  return times;
}

async function benchText(browser) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cases = [
    ['three Latin letters', '<p>abc</p>'],
    ['the agency’s name', `<p>${esc(dalian.agency.name)}</p>`],
    [
      'the Dalian divisions: names, and texts hidden until found',
      `<h2>${esc(dalian.agency.name)}</h2><ul>${dalian.divisions
        .map(
          (d) =>
            `<li><h4><button type="button">${esc(d.name)}</button></h4><div hidden="until-found">${esc(d.responsibilities.map((c) => c.text).join(''))}</div></li>`,
        )
        .join('')}</ul>`,
    ],
  ];
  // A page of its own, without the components (whose first render would lay out text first).
  const textPage =
    '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8" /><title>Text</title></head><body><div id="static"></div></body></html>';
  const server = await serve({ root: BUNDLE, pages: { '/text.html': textPage } });
  const rows = [];
  try {
    for (const [name, markup] of cases) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const { page, context } = await throttledPage(browser);
        try {
          await page.goto(`${server.url}/text.html`);
          runs.push(await page.evaluate(textLayouts, markup));
        } finally {
          await context.close();
        }
      }
      rows.push([name, ms(median(runs.map((r) => r[0]))), ms(median(runs.map((r) => r[1])))]);
    }
  } finally {
    await server.close();
  }
  table(
    `Text in a fresh page, set with innerHTML, to the end of the next frame (CPU ×${THROTTLING}, median of ${RUNS} runs)`,
    ['markup', 'first layout (cold)', 'the same again (warm)'],
    rows,
  );
}

// ---------------------------------------------------------------------------------------------

const browser = await launch();
let servers;
try {
  if (runsOf('pages') || runsOf('lighthouse')) servers = await pageServers();
  const longest = runsOf('pages') ? await benchPages(browser, servers.pages) : undefined;
  if (runsOf('cls')) await benchCls(browser);
  if (runsOf('keystrokes')) await benchKeystrokes(browser);
  const references = runsOf('agencies') ? await benchAgencies(browser) : undefined;
  if (longest && references) {
    console.log('\nDalian pages against the static render of the Dalian directory (pages and agencies, one run):');
    for (const { name, max, components } of longest) {
      ratio(`${name}: longest task / static render`, max, references.dalian, '≤ 0.5×');
      if (components !== undefined)
        ratio(
          `${name}: longest task from the components' definition / static render`,
          components,
          references.dalian,
          'none; for comparison',
        );
    }
  }
  if (runsOf('text')) await benchText(browser);
  if (runsOf('lighthouse'))
    await benchLighthouse(servers.pages.filter((p) => ['docs landing', 'examples/vanilla'].includes(p.name)));
} finally {
  await browser.close();
  servers?.cleanUp();
}
