/**
 * `pnpm size`: the gzip size of what a portal's users download, against the budgets of the
 * issues. Each row bundles an entry point the way a portal's bundler would (esbuild, minified,
 * ES2021 with class fields kept as in our builds, Lit included, code splitting on), then splits
 * what loads at once (the entry and its static imports) from what loads lazily (dynamic
 * imports: the validator, the datasets).
 *
 * Prints a table; exits 1 when a figure is over its budget.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const kB = (bytes) => (process.env.SIZE_BYTES ? String(bytes) : (bytes / 1000).toFixed(2));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Bundles `contents` and returns the initial gzip bytes and each lazy chunk's. */
async function measure(contents, resolveDir) {
  const outdir = mkdtempSync(join(tmpdir(), 'sanding-size-'));
  try {
    const { metafile } = await build({
      stdin: { contents, resolveDir, loader: 'js', sourcefile: 'entry.js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2021',
      supported: { 'class-field': true, 'class-static-field': true },
      outdir,
      metafile: true,
      write: true,
      logLevel: 'silent',
      // UTF-8 out, as Vite (Rolldown/Oxc), Rollup with terser and webpack emit it; esbuild alone
      // defaults to escaping non-ASCII (\\uXXXX), which gzips 4% larger for the Chinese data.
      charset: 'utf8',
      conditions: ['browser', 'production'],
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const outputs = metafile.outputs;
    const abs = (p) => join(root, p);
    const entry = Object.keys(outputs).find(
      (p) => outputs[p].entryPoint === '<stdin>' || outputs[p].entryPoint?.endsWith('entry.js'),
    );
    const staticClosure = (start) => {
      const seen = new Set([start]);
      const stack = [start];
      while (stack.length) {
        for (const imp of outputs[stack.pop()].imports) {
          if (imp.kind === 'import-statement' && !imp.external && !seen.has(imp.path)) {
            seen.add(imp.path);
            stack.push(imp.path);
          }
        }
      }
      return seen;
    };
    const initial = staticClosure(entry);
    const initialBytes = [...initial].reduce((sum, p) => sum + gz(abs(p)), 0);
    const lazy = [];
    for (const [path, output] of Object.entries(outputs)) {
      if (!path.endsWith('.js') || initial.has(path) || !output.entryPoint) continue;
      const closure = [...staticClosure(path)].filter((p) => !initial.has(p));
      lazy.push({ name: relative(root, output.entryPoint), bytes: closure.reduce((sum, p) => sum + gz(abs(p)), 0) });
    }
    return { initialBytes, lazy };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

// Resolved from this folder, the @sanding/scripts package, as a portal resolves its dependencies.
const here = fileURLToPath(new URL('.', import.meta.url));
const elementsDir = here;
const dataDir = here;
const COMPONENTS = ['division-directory', 'duty-lookup', 'contact-card', 'org-chart'];
const rows = [];
const check = (name, bytes, budget) => rows.push({ name, bytes, budget });

const lookup = await measure(`export { createLookup } from '@sanding/data';`, dataDir);
check('@sanding/data createLookup (lookup engine)', lookup.initialBytes, 4250);
const validator = await measure(`export { validateRegulation } from '@sanding/data/validate';`, dataDir);
check('@sanding/data/validate (validator)', validator.initialBytes, 3500);

/**
 * The lazy chunks with a budget (docs/decisions/byte-budgets.md). The components load a
 * dataset's data (to show it) and its search aids (with the engine: a directory's first filter, a
 * lookup's first render) as two chunks, so each has its own budget: the zh-Hans data 8 kB, its
 * search aids 8 kB (6 kB until session 9: docs/decisions/dataset-budget.md).
 */
const HANS_DATA = /dalian-stb\/zh-Hans\.core\.js$/;
const HANS_AIDS = /dalian-stb\/zh-Hans\.search\.js$/;
const lazyBudgets = [
  [/validate/, 'lazy: validator', 3500],
  [HANS_DATA, 'lazy: dataset dalian-stb zh-Hans, data (first render)', 8000],
  [HANS_AIDS, 'lazy: dataset dalian-stb zh-Hans, search aids (with the engine)', 8000],
  [/dalian-stb\/zh-Hant\.core\.js$/, 'lazy: dataset dalian-stb zh-Hant, data (first render)', undefined],
  [/dalian-stb\/zh-Hant\.search\.js$/, 'lazy: dataset dalian-stb zh-Hant, search aids (with the engine)', undefined],
  [/\/filter-[^/]*\.js$/, 'lazy: directory filter, with the engine (first filter)', undefined],
  [/\/panel-[^/]*\.js$/, 'lazy: directory panels, copy link, remembered state (first open)', undefined],
  [/\/errors-[^/]*\.js$/, 'lazy: error messages (a failure)', undefined],
  [/\/results-[^/]*\.js$/, 'lazy: lookup results, with the engine (data shown)', undefined],
  // docs/decisions/reading-table.md: loaded only when a query has a character in no term of the data.
  [/readings\/zh-Hans\.js$/, 'lazy: reading table zh-Hans (did you mean)', 10000],
  [/readings\/zh-Hant\.js$/, 'lazy: reading table zh-Hant (did you mean)', 10000],
  [/\/read-regulation-[^/]*\.js$/, 'lazy: src response handling (src)', undefined],
  [/\/duplicate-[^/]*\.js$/, 'lazy: duplicate-copy warning (a second copy of the bundle)', undefined],
];
const lazySeen = new Map();
for (const component of COMPONENTS) {
  let result;
  try {
    result = await measure(`import '@sanding/elements/${component}';`, elementsDir);
  } catch {
    rows.push({ name: `@sanding/elements/${component} (initial)`, bytes: undefined, budget: 14000 });
    continue;
  }
  check(`@sanding/elements/${component} (initial)`, result.initialBytes, 14000);
  for (const chunk of result.lazy) lazySeen.set(chunk.name, Math.max(lazySeen.get(chunk.name) ?? 0, chunk.bytes));
}
const all = await measure(`import '@sanding/elements';`, elementsDir);
check('@sanding/elements, all four (initial)', all.initialBytes, 22000);
for (const chunk of all.lazy) lazySeen.set(chunk.name, Math.max(lazySeen.get(chunk.name) ?? 0, chunk.bytes));
const lazyBytes = (pattern) => lazySeen.get([...lazySeen.keys()].find((n) => pattern.test(n)));
for (const [pattern, label, budget] of lazyBudgets) check(label, lazyBytes(pattern), budget);
for (const [name, bytes] of lazySeen) {
  if (!lazyBudgets.some(([pattern]) => pattern.test(name))) check(`lazy: ${name}`, bytes, undefined);
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(
  `${'entry (gzip -9, minified, Lit included)'.padEnd(width)}  ${'kB'.padStart(6)}  ${'budget'.padStart(6)}  status`,
);
let over = 0;
for (const { name, bytes, budget } of rows) {
  const status = bytes === undefined ? 'missing' : budget === undefined ? '' : bytes <= budget ? 'ok' : 'OVER';
  if (status === 'OVER' || status === 'missing') over++;
  console.log(
    `${name.padEnd(width)}  ${(bytes === undefined ? '-' : kB(bytes)).padStart(6)}  ${(budget === undefined ? '' : kB(budget)).padStart(6)}  ${status}`,
  );
}
if (over > 0) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget or missing`);
  process.exitCode = 1;
}
