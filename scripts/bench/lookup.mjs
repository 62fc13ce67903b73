/**
 * `pnpm bench` (lookup): Sanding's lookup engine against fuse.js, minisearch and flexsearch,
 * side by side in one run, on the Dalian dataset and on a synthesised province-scale corpus of
 * 30,000 clauses. Prints a table; asserts nothing (the targets: docs/decisions/lookup-engine.md).
 *
 * Each library gets its best documented setup for Chinese, and every query converted to the
 * data's script with OpenCC (cn → t) first; Sanding gets the query as typed. A library's result
 * is the division of its best-ranked document (a clause or a division's name). Memory is the
 * growth of the heap and of typed arrays (ArrayBuffers) that one build leaves behind, measured
 * alone: in a fresh process that holds only the corpus, after a forced GC before and after (a
 * build's caches and warm-up count; an earlier build in the same process would hide them).
 *
 *   node --expose-gc scripts/bench/lookup.mjs [DATASET_DIR]
 *   node --expose-gc scripts/bench/lookup.mjs --memory ENGINE dalian|province [DATASET_DIR]
 *     (one build alone; prints the bytes it keeps)
 *   node --expose-gc scripts/bench/lookup.mjs --slices - dalian|province [DATASET_DIR]
 *     (Sanding's build in slices, three times, alone; prints the slices' figures as JSON)
 *
 * At province scale it also builds Sanding's engine in slices (`createLookupInSlices`, as the
 * lookup element does) and prints the longest slice: the longest the build holds the thread. Like
 * memory, slices are timed alone, in a fresh process: the garbage the other engines leave would
 * otherwise be collected in the middle of a slice.
 *
 * DATASET_DIR holds zh-Hant.json (default: packages/datasets/dist/dalian-stb, built by
 * `pnpm build`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLookup, createLookupInSlices } from '@sanding/data';
import { toTraditional } from '@sanding/authoring';
import { Charset, Index } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { synthesise } from './shared/corpora.mjs';
import { median } from './shared/stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mode = process.argv[2];
const memoryOf =
  mode === '--memory' || mode === '--slices' ? { engine: process.argv[3], corpus: process.argv[4] } : undefined;
const datasetDir = process.argv[memoryOf ? 5 : 2] ?? `${root}packages/datasets/dist/dalian-stb`;
const dalian = JSON.parse(readFileSync(`${datasetDir}/zh-Hant.json`, 'utf8'));
const queries = JSON.parse(readFileSync(`${root}packages/data/test/fixtures/queries.dalian-stb.json`, 'utf8'));
const gc =
  globalThis.gc ??
  (() => {
    throw new Error('run with node --expose-gc');
  });
/** Heap plus typed-array memory, in bytes. */
const memory = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

// ---------------------------------------------------------------------------------------------
// The corpora: documents are clauses and division names, each with its division's key.

/** Documents of regulations, for the libraries: { id, key, name, text }. */
function documentsOf(regulations) {
  const docs = [];
  for (const r of regulations) {
    for (const d of r.divisions) {
      const key = `${r.id}/${d.id}`;
      docs.push({
        id: docs.length,
        key,
        name: d.name,
        text: [d.name, ...d.alsoKnownAs, d.nameEn?.text ?? ''].join(' '),
      });
      for (const c of d.responsibilities) docs.push({ id: docs.length, key, name: d.name, text: c.text });
    }
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------
// The engines: build(regulations, docs) → search(query) → the key of the best division.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

const engines = [
  {
    name: 'sanding',
    converts: false,
    build(regulations) {
      const lookup = createLookup(regulations);
      return (q) => {
        const [top] = lookup.search(q, { limit: 1 });
        return top && `${top.division.regulation}/${top.division.id}`;
      };
    },
  },
  {
    // fuse.js: fuzzy matching over whole fields; ignoreLocation is its documented setting for
    // long text (a match anywhere in a clause counts).
    name: 'fuse.js',
    converts: true,
    build(_regulations, docs) {
      const fuse = new Fuse(docs, { keys: ['text'], ignoreLocation: true, threshold: 0.4, includeScore: true });
      return (q) => fuse.search(q, { limit: 1 })[0]?.item.key;
    },
  },
  {
    // minisearch: its documented `tokenize` hook, with the platform's Chinese word segmenter
    // for documents and queries; prefix search, any term may match.
    name: 'minisearch',
    converts: true,
    build(_regulations, docs) {
      const mini = new MiniSearch({
        fields: ['name', 'text'],
        storeFields: ['key'],
        tokenize: words,
        searchOptions: { boost: { name: 2 }, prefix: true, combineWith: 'OR' },
      });
      mini.addAll(docs);
      return (q) => mini.search(q)[0]?.key;
    },
  },
  {
    // flexsearch: its CJK charset (one term per character) with a bidirectional context of
    // depth 1 (adjacent characters score together), and `suggest` so a query need not match
    // in full.
    name: 'flexsearch',
    converts: true,
    build(_regulations, docs) {
      const index = new Index({
        encoder: Charset.CJK,
        tokenize: 'strict',
        resolution: 9,
        context: { depth: 1, bidirectional: true, resolution: 9 },
      });
      for (const d of docs) index.add(d.id, d.text);
      return (q) => {
        const [id] = index.search(q, { limit: 1, suggest: true });
        return id === undefined ? undefined : docs[id].key;
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const ms = (x) => (x < 10 ? x.toFixed(3) : x.toFixed(0));

/** The corpora by name: regulations and their documents, made only when asked for. */
const corpora = {
  dalian: () => ({ regulations: [dalian], docs: documentsOf([dalian]) }),
  province: () => {
    const regulations = synthesise(dalian, 30000);
    return { regulations, docs: documentsOf(regulations) };
  },
};

/**
 * The memory one build keeps, measured alone: a fresh process (this script with `--memory`)
 * makes the corpus, collects garbage, builds once, collects again and prints the growth.
 */
function memoryAlone(engine, corpus) {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), '--memory', engine.name, corpus, datasetDir],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`measuring ${engine.name} alone failed:\n${child.stderr}`);
  return Number(child.stdout);
}

/**
 * Builds Sanding's engine in slices (the default 8 ms, a macrotask between slices) and times each
 * slice: from the end of one pause to the start of the next (a GC within a slice counts).
 */
async function sliced(regulations) {
  const start = performance.now();
  let from = start;
  const slices = [];
  const pause = () => {
    slices.push(performance.now() - from);
    return new Promise((next) => setImmediate(next)).then(() => (from = performance.now()));
  };
  await createLookupInSlices(regulations, { pause });
  slices.push(performance.now() - from);
  return { ready: performance.now() - start, longest: Math.max(...slices), count: slices.length };
}

if (mode === '--slices') {
  const { regulations } = corpora[memoryOf.corpus]();
  const runs = [];
  for (let i = 0; i < 3; i++) {
    gc();
    runs.push(await sliced(regulations));
  }
  process.stdout.write(JSON.stringify(runs));
  process.exit(0);
}

/** Sanding's build in slices, three times in a fresh process (`--slices`). */
function slicedAlone(corpus) {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), '--slices', '-', corpus, datasetDir],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`timing the slices alone failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

if (memoryOf) {
  const { regulations, docs } = corpora[memoryOf.corpus]();
  const engine = engines.find((e) => e.name === memoryOf.engine);
  // Collect until the heap is still: one pass leaves garbage that weak callbacks free later.
  const collected = async () => {
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((next) => setImmediate(next));
    }
    return memory();
  };
  const before = await collected();
  const search = engine.build(regulations, docs);
  process.stdout.write(String((await collected()) - before));
  // Keep the index alive until after the measurement.
  search('');
  process.exit(0);
}

/** Builds three times (the median counts), then times each query over `rounds` rounds after a warm-up. */
function run(engine, corpus, { regulations, docs }, { rounds, sample, expected }) {
  const builds = [];
  let search;
  for (let i = 0; i < 3; i++) {
    search = undefined;
    const t0 = performance.now();
    search = engine.build(regulations, docs);
    builds.push(performance.now() - t0);
  }
  const heap = memoryAlone(engine, corpus);
  const asked = sample.map((q) => (engine.converts ? q.converted : q.query));
  // One untimed pass, which also scores accuracy: every engine runs warm.
  let correct = 0;
  asked.forEach((q, i) => {
    if (search(q) === expected?.[i]) correct++;
  });
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of asked) {
      const t0 = performance.now();
      search(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  builds.sort((a, b) => a - b);
  return {
    engine: engine.name,
    top1: expected ? `${((100 * correct) / asked.length).toFixed(1)}%` : '',
    build: ms(builds[1]),
    buildMs: builds[1],
    p50: ms(percentile(times, 50)),
    p95: ms(percentile(times, 95)),
    heap: (heap / 1048576).toFixed(1),
    n: asked.length,
  };
}

function table(title, rows) {
  console.log(`\n${title}\n`);
  const cols = [
    ['engine', 'engine'],
    ['top-1', 'top1'],
    ['build ms', 'build'],
    ['query p50 ms', 'p50'],
    ['query p95 ms', 'p95'],
    ['memory MB (one build alone)', 'heap'],
    ['queries', 'n'],
  ];
  const width = cols.map(([h, k]) => Math.max(h.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i ? String(c).padStart(width[i]) : String(c).padEnd(width[i]))).join(' | ')} |`;
  console.log(line(cols.map(([h]) => h)));
  console.log(`|${width.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const r of rows) console.log(line(cols.map(([, k]) => r[k])));
}

const converted = queries.map((q) => ({ ...q, converted: toTraditional(q.query) }));
const keyOf = new Map(dalian.divisions.map((d) => [d.name, `${dalian.id}/${d.id}`]));
const expected = converted.map((q) => keyOf.get(q.expected));

const small = corpora.dalian();
table(
  `Dalian (${small.docs.length} documents, ${queries.length} queries; top-1 = the expected division first)`,
  engines.map((e) => run(e, 'dalian', small, { rounds: 5, sample: converted, expected })),
);

const province = corpora.province();
const clauses = province.regulations.reduce(
  (s, r) => s + r.divisions.reduce((t, d) => t + d.responsibilities.length, 0),
  0,
);
const provinceRows = engines.map((e) =>
  // fuse.js scans every document for every query (about half a second each): a sample.
  run(
    e,
    'province',
    province,
    e.name === 'fuse.js' ? { rounds: 1, sample: converted.slice(0, 12) } : { rounds: 3, sample: converted },
  ),
);
table(
  `Province scale (${clauses} clauses in ${province.regulations.length} agencies, ${province.docs.length} documents)`,
  provinceRows,
);
const runs = slicedAlone('province');
const buildOf = (name) => provinceRows.find((r) => r.engine === name).buildMs;
const flex = buildOf('flexsearch');
console.log(
  `\nSanding in slices of 8 ms at province scale (alone, median of 3 builds): ready in ${ms(median(runs.map((r) => r.ready)))} ms, ` +
    `${median(runs.map((r) => r.count))} slices; longest slice ${ms(median(runs.map((r) => r.longest)))} ms ` +
    `(longest of all 3 builds: ${ms(Math.max(...runs.map((r) => r.longest)))} ms; target ≤ 50 ms).`,
);
console.log(
  `Build at once / flexsearch build: ${(buildOf('sanding') / flex).toFixed(2)}×; ` +
    `ready in slices / flexsearch build: ${(median(runs.map((r) => r.ready)) / flex).toFixed(2)}× (target ≤ 0.25×, or slices ≤ 50 ms).`,
);
console.log(
  '\nTargets at 30,000 clauses: build ≤ 300 ms, query p95 ≤ 1 ms, both faster than flexsearch; top-1 ahead of all.',
);
