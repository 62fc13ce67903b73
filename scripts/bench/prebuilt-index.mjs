/**
 * `pnpm bench` (prebuilt-index): would an index written ahead of time (by `sanding index`) be
 * ready sooner than the one the browser builds from the Regulation JSON? For the Dalian dataset
 * and for 30,000 clauses, side by side: the build's time and its parts, and a prebuilt index's
 * lower bound: its bytes (raw and gzip -9), the time to restore its typed arrays and term Map,
 * and the time to download it over a phone's link. Prints tables; asserts nothing (the decision:
 * docs/decisions/prebuilt-index.md).
 *
 * The prebuilt file holds what the search reads and the Regulation cannot give back in one walk:
 * the characters in id order, the terms (pairs and words) in number order, the postings with their
 * counts and each term's run, and per document its length and owner (per division its first and
 * last document; per duty document its divisions). Three layouts: a JSON head and a binary body of
 * the typed arrays as they are in memory; the same with the arrays as delta varints (smaller, but
 * decoded); one JSON file with the body in base64. It leaves out what the search aids and the
 * Regulation give (folding, pinyin, the documents' text), so its restore time is a lower bound;
 * the page still ships and parses the Regulation JSON with its search aids, whichever path.
 *
 *   node --expose-gc scripts/bench/prebuilt-index.mjs [DATASET_DIR]
 *   node scripts/bench/prebuilt-index.mjs --cold [DATASET_DIR]
 *     (Dalian's first build and first restore, in a fresh process; prints them as JSON)
 *
 * DATASET_DIR holds zh-Hant.json (default: packages/datasets/dist/dalian-stb, built by
 * `pnpm build`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createLookup } from '@sanding/data';
import { build } from 'esbuild';
import { synthesise } from './shared/corpora.mjs';
import { median } from './shared/stats.mjs';
import { table } from './shared/table.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cold = process.argv[2] === '--cold';
const datasetDir = process.argv[cold ? 3 : 2] ?? `${root}packages/datasets/dist/dalian-stb`;
const dalianJson = readFileSync(`${datasetDir}/zh-Hant.json`, 'utf8');
const dalian = JSON.parse(dalianJson);
/**
 * Runs untimed, then timed (the median counts), per corpus: a build of Dalian takes a few
 * milliseconds, so it needs many runs to warm up and to see past the noise of a shared machine.
 */
const REPEATS = { dalian: { warmUp: 20, runs: 31 }, province: { warmUp: 2, runs: 9 } };
/** Links to download over, in bits per second: Lighthouse's "Slow 4G" (its mobile default), and 9 Mbit/s. */
const LINKS = [
  ['Slow 4G 1.6 Mbit/s', 1.6e6],
  ['9 Mbit/s', 9e6],
];

/**
 * The engine's steps, which `@sanding/data` does not export: bundled from its source by esbuild
 * (as its build bundles them), and imported from memory.
 */
const {
  outputFiles: [steps],
} = await build({
  stdin: {
    contents: [
      "export { applyAids } from './aids.ts';",
      "export { createTokens } from './tokens.ts';",
      "export { readDocuments } from './documents.ts';",
      "export { createScoring } from './postings.ts';",
    ].join('\n'),
    resolveDir: `${root}packages/data/src/lookup`,
    loader: 'ts',
    sourcefile: 'steps.ts',
  },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const stepped = await import(`data:text/javascript;base64,${Buffer.from(steps.contents).toString('base64')}`);
const { applyAids, createTokens } = stepped;
/** Runs one of the engine's stepped builds (a generator) to its end. */
const complete = (build) => {
  for (;;) {
    const step = build.next();
    if (step.done) return step.value;
  }
};
const readDocuments = (...args) => complete(stepped.readDocuments(...args));
const createScoring = (...args) => complete(stepped.createScoring(...args));

// ---------------------------------------------------------------------------------------------

const ms = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const kB = (bytes) => (bytes / 1000).toFixed(1);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Runs `run` `warmUp` times untimed, then `runs` times; returns each part's median, in ms, and
 * `first`: the parts of the first run (a page builds once: its build is a first run).
 */
function time(run, { warmUp, runs: count }) {
  const runs = [];
  let first;
  for (let i = 0; i < warmUp + count; i++) {
    globalThis.gc?.();
    const parts = run();
    first ??= parts;
    if (i >= warmUp) runs.push(parts);
  }
  return { ...Object.fromEntries(Object.keys(first).map((k) => [k, median(runs.map((r) => r[k]))])), first };
}

/** The build, whole (`createLookup`) and by its steps: tokens and aids, reading documents, sorting postings. */
function timeBuild(regulations, repeats) {
  const whole = time(() => {
    const t0 = performance.now();
    createLookup(regulations);
    return { lookup: performance.now() - t0 };
  }, repeats);
  const parts = time(() => {
    const t0 = performance.now();
    const [foldUnit, fold] = applyAids(regulations);
    const [, chars, , scan] = createTokens(foldUnit, fold);
    const t1 = performance.now();
    const documents = readDocuments(regulations, scan);
    const t2 = performance.now();
    createScoring(documents, chars.length);
    return { aids: t1 - t0, documents: t2 - t1, postings: performance.now() - t2 };
  }, repeats);
  return { ...whole, ...parts, first: whole.first.lookup };
}

/**
 * What a prebuilt index would ship: built as the engine builds it, then laid out as a JSON head
 * (characters, terms, the duties' divisions, and where each array lies) and one binary body of
 * the typed arrays, fixed width or as varints (`layOut`). The postings are regrouped here from the term stream
 * that `createScoring` leaves in `occurrences` (term numbers, characters after the pairs and words).
 */
function writeIndex(regulations) {
  const [foldUnit, fold] = applyAids(regulations);
  const [, chars, , scan] = createTokens(foldUnit, fold);
  const documents = readDocuments(regulations, scan);
  createScoring(documents, chars.length);
  const [terms, occurrences, ends, lengths, owner, , dutyDivisions, , first, stop] = documents;
  const runs = Array.from({ length: terms.size + chars.length }, () => []);
  for (let d = 0, i = 0; d < ends.length; d++) {
    for (; i < ends[d]; i++) {
      const run = runs[occurrences[i]];
      if (run.at(-2) === d) run[run.length - 1]++;
      else run.push(d, 1);
    }
  }
  const at = new Int32Array(runs.length + 1);
  runs.forEach((run, t) => (at[t + 1] = at[t] + run.length / 2));
  const postings = new Int32Array(at[runs.length]);
  const counts = new Uint16Array(postings.length);
  runs.flat().forEach((x, i) => ((i % 2 ? counts : postings)[i >> 1] = x));
  if (counts.reduce((a, b) => a + b, 0) !== ends.at(-1)) throw new Error('the postings lost occurrences');

  const arrays = {
    at,
    postings,
    lengths: Int32Array.from(lengths),
    owner: Int32Array.from(owner),
    first: Int32Array.from(first),
    stop: Int32Array.from(stop),
    counts,
  };
  const head = { chars: chars.slice(1).join(''), terms: [...terms.keys()], dutyDivisions };
  return { fixed: layOut(head, arrays, fixedWidth), varints: layOut(head, arrays, varints) };
}

/** The typed arrays as they are in memory: little-endian, Int32 before Uint16, so each is aligned. */
const fixedWidth = (array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** Each value minus the one before it, zigzagged and written in 7-bit groups (ascending runs become small bytes). */
function varints(array) {
  const bytes = new Uint8Array(array.length * 5);
  let n = 0;
  for (let i = 0, previous = 0; i < array.length; i++) {
    let z = ((array[i] - previous) << 1) ^ ((array[i] - previous) >> 31);
    previous = array[i];
    for (; z > 0x7f; z >>>= 7) bytes[n++] = (z & 0x7f) | 0x80;
    bytes[n++] = z;
  }
  return bytes.subarray(0, n);
}

/** Reads `length` varints (see `varints`) from `bytes` at `at` into a new array of `Type`. */
function fromVarints(Type, bytes, at, length) {
  const array = new Type(length);
  for (let i = 0, j = at, previous = 0; i < length; i++) {
    let z = 0;
    for (let shift = 0, b = 0x80; b & 0x80; shift += 7) z |= ((b = bytes[j++]) & 0x7f) << shift;
    array[i] = previous += (z >>> 1) ^ -(z & 1);
  }
  return array;
}

/** The JSON head (with where each array lies in the body) and the binary body, each array encoded by `encode`. */
function layOut(head, arrays, encode) {
  const layout = [];
  const parts = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    const bytes = encode(array);
    layout.push([name, array.constructor.name, offset, array.length]);
    parts.push(bytes);
    offset += bytes.length;
  }
  const body = new Uint8Array(offset);
  parts.reduce((at, bytes) => (body.set(bytes, at), at + bytes.length), 0);
  return { head: JSON.stringify({ ...head, layout }), body };
}

/**
 * Restores a prebuilt index into the engine's structures: the term Map, the character ids and the
 * typed arrays (fixed width: views of the body; varints: decoded).
 */
function restore(headText, body, encoded) {
  const head = JSON.parse(headText);
  const terms = new Map();
  head.terms.forEach((key, t) => terms.set(key, t));
  const ids = new Uint16Array(65536);
  const chars = [''];
  for (let i = 0; i < head.chars.length; i++) ids[head.chars.charCodeAt(i)] = chars.push(head.chars[i]) - 1;
  const arrays = {};
  for (const [name, type, at, length] of head.layout) {
    const Type = globalThis[type];
    arrays[name] = encoded === varints ? fromVarints(Type, body, at, length) : new Type(body.buffer, at, length);
  }
  return [terms, ids, chars, arrays, head.dutyDivisions];
}

/** Base64 decoded as a browser does without `Uint8Array.fromBase64`: `atob`, then byte by byte. */
function fromBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function measure(name, regulations, json, repeats) {
  const built = timeBuild(regulations, repeats);
  const { fixed, varints: compact } = writeIndex(regulations);
  // One file: the head with the fixed-width body in base64.
  const single = JSON.stringify({ ...JSON.parse(fixed.head), body: Buffer.from(fixed.body).toString('base64') });
  const restored = time(() => {
    // A fetched ArrayBuffer is a fresh, aligned copy: `slice` stands for the fetch.
    const t0 = performance.now();
    restore(fixed.head, fixed.body.slice(), fixedWidth);
    const t1 = performance.now();
    restore(compact.head, compact.body.slice(), varints);
    const t2 = performance.now();
    restore(fixed.head, fromBase64(JSON.parse(single).body), fixedWidth);
    return { fixed: t1 - t0, varints: t2 - t1, base64: performance.now() - t2 };
  }, repeats);
  const bytes = ({ head, body }) => ({
    raw: Buffer.byteLength(head) + body.length,
    gzip: gzip(Buffer.from(head)) + gzip(body),
  });
  return {
    name,
    data: { raw: Buffer.byteLength(json), gzip: gzip(Buffer.from(json)) },
    built,
    files: {
      fixed: bytes(fixed),
      varints: bytes(compact),
      base64: { raw: Buffer.byteLength(single), gzip: gzip(Buffer.from(single)) },
    },
    restored,
  };
}

if (cold) {
  const t0 = performance.now();
  createLookup(dalian);
  const t1 = performance.now();
  const { varints: compact } = writeIndex([dalian]);
  const body = compact.body.slice();
  const t2 = performance.now();
  restore(compact.head, body, varints);
  process.stdout.write(JSON.stringify({ build: t1 - t0, restore: performance.now() - t2 }));
  process.exit(0);
}

/**
 * A page builds or restores once, with its code not yet compiled: Dalian's first build and first
 * restore (varints), each the median over fresh processes (this script with `--cold`).
 */
function measureCold(processes) {
  const runs = Array.from({ length: processes }, () => {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cold', datasetDir], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`a cold run failed:\n${child.stderr}`);
    return JSON.parse(child.stdout);
  });
  return { build: median(runs.map((r) => r.build)), restore: median(runs.map((r) => r.restore)), processes };
}

const coldDalian = measureCold(9);
const province = synthesise(dalian, 30000);
const results = [
  measure('Dalian', [dalian], dalianJson, REPEATS.dalian),
  // The synthetic agencies share Dalian's search aids: the JSON carries them once.
  measure(
    '30,000 clauses',
    province,
    JSON.stringify(province.map(({ search, ...r }, i) => (i ? r : { ...r, search }))),
    REPEATS.province,
  ),
];
const transfer = (bytes, bps) => (bytes * 8 * 1000) / bps;
/** How much slower a mid-range phone's CPU is than this machine's (the CPU throttling of the browser benchmark). */
const PHONE = 4;
const ENCODINGS = [
  ['fixed', 'JSON + binary'],
  ['varints', 'JSON + varints'],
  ['base64', 'one JSON, base64'],
];

table(
  `Building on the device (ms; medians of ${REPEATS.dalian.runs} runs after ${REPEATS.dalian.warmUp} warm-ups for Dalian, of ${REPEATS.province.runs} after ${REPEATS.province.warmUp} for 30,000 clauses)`,
  ['corpus', 'createLookup', 'its first run', 'aids + tokens', 'reading documents', 'sorting postings'],
  results.map(({ name, built }) => [
    name,
    ms(built.lookup),
    ms(built.first),
    ms(built.aids),
    ms(built.documents),
    ms(built.postings),
  ]),
);
table(
  `A prebuilt index, on top of the Regulation JSON (with search aids) that both paths ship (restore: medians as above)`,
  [
    'corpus',
    'file',
    'kB raw',
    'kB gzip -9',
    'restore ms, median / first run',
    ...LINKS.map(([link]) => `download ms at ${link}`),
    `ready sooner than building on links over (${PHONE}× CPU), medians / first runs`,
  ],
  results.flatMap(({ name, data, built, files, restored }) => [
    [name, 'Regulation JSON', kB(data.raw), kB(data.gzip), '', '', '', ''],
    ...ENCODINGS.map(([key, label]) => {
      /** The link at which downloading the index takes as long as the phone saves by not building. */
      const breakEven = (build, restore) =>
        build > restore ? `${((files[key].gzip * 8) / (PHONE * (build - restore)) / 1000).toFixed(1)}` : 'never';
      return [
        name,
        label,
        kB(files[key].raw),
        kB(files[key].gzip),
        `${ms(restored[key])} / ${ms(restored.first[key])}`,
        ...LINKS.map(([, bps]) => ms(transfer(files[key].gzip, bps))),
        `${breakEven(built.lookup, restored[key])} / ${breakEven(built.first, restored.first[key])} Mbit/s`,
      ];
    }),
  ]),
);
{
  const { build, restore, processes } = coldDalian;
  const gzipBytes = results[0].files.varints.gzip;
  console.log(
    `\nDalian cold, in a fresh process (medians of ${processes}): first build ${ms(build)} ms, first restore (varints)` +
      ` ${ms(restore)} ms; the index is ready sooner on links over` +
      ` ${((gzipBytes * 8) / (PHONE * (build - restore)) / 1000).toFixed(1)} Mbit/s (${PHONE}× CPU).`,
  );
}
console.log(
  `\nCPU times are this machine's; a mid-range phone takes about ${PHONE} times as long to build or to restore.\n` +
    "Restoring reads the file into the engine's term Map, character ids and typed arrays: JSON.parse, then a\n" +
    'view of each array (binary), a decoding loop (varints) or atob and a copy (base64). Downloads are of the\n' +
    "index's gzip bytes alone, at the link's rate, without the round trip of a second request.",
);
