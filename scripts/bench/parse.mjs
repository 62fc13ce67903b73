/**
 * How parse time grows with input size, for each family of input: the Dalian regulation grown
 * by repeating its division list (numbered past 99 in Chinese numerals, as real texts do), the
 * same text run together on one line, and hostile inputs (repeated article numbers, nested
 * brackets, runs of 《〈, 100,000-odd （一） item lines, white space after 一、, dots before 。, &nbsp;
 * markup). Each family is parsed at about 10 KB,
 * 100 KB, 1 MB and 10 MB (UTF-16 code units; 10 MB in a process of its own, see
 * `measureTenMegabytes`); each figure is the median CPU time of one parse over several rounds
 * (see `measure`). The ratio columns divide the 1 MB time by the 100 KB time, and the 10 MB time
 * by the 1 MB time: near 10 when time is linear. Asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRegulation } from '@sanding/data';
import { median } from './shared/stats.mjs';

const seed = readFileSync(
  new URL('../../packages/datasets/sources/dalian-stb/source.zh-Hant.txt', import.meta.url),
  'utf8',
);
const lines = seed.split('\n');
const firstDivision = lines.findIndex((l, i) => i > 20 && l.startsWith('(一)'));
const head = lines.slice(0, firstDivision);
const divisions = lines.slice(firstDivision, -1);
const tail = lines[lines.length - 1];

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千', '万'];
/** 1 → 一, 17 → 十七, 105 → 一百零五, 12345 → 一万二千三百四十五. */
function numeral(n) {
  const digits = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out !== '') out += '零';
    zero = false;
    out += DIGITS[d] + UNITS[digits.length - 1 - i];
  }
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** Repeats `unit(i)` until the text reaches `size` characters. */
function grow(prefix, unit, size, suffix = '') {
  const parts = [prefix];
  let length = prefix.length;
  for (let i = 1; length < size; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  parts.push(suffix);
  return parts.join('');
}

let divisionNumber = 0;
const divisionLine = (i) => {
  const line = divisions[(i - 1) % divisions.length];
  return `${line.startsWith('(') ? line.replace(/^\([^)]+\)/, () => `(${numeral(++divisionNumber)})`) : line}\n`;
};

const FAMILIES = {
  'divisions (Dalian grown)': (size) => {
    divisionNumber = 0;
    return grow(`${head.join('\n')}\n`, divisionLine, size, tail);
  },
  'one line (run together)': (size) => {
    divisionNumber = 0;
    return grow(`${head.join(' ')} `, (i) => divisionLine(i).replace('\n', ' '), size, tail);
  },
  'duplicate article numbers': (size) => grow('', () => '第一條 根据\n', size),
  'nested brackets': (size) =>
    grow('大连市测试局\n', (i) => `(${numeral(i)})办公室${'（'.repeat(40)}注${'）'.repeat(40)}。负责。\n`, size),
  '《〈 runs': (size) => grow('第一条 根据', () => '《〈', size),
  '（一） item lines': (size) => grow('大连市测试局\n', () => '（一）负责。\n', size),
  // A line of white space after a section's number, and dots before a stop: the inline list's
  // label and a website's cut (...) are read where they stand, never scanned back from each place.
  'white space after 一、': (size) => grow('一、', () => '\u3000', size, '负责。'),
  'dots before 。': (size) => grow('大连市测试局\n', () => '.', size, '。'),
  '&nbsp; markup': (size) => grow('', () => '&nbsp;', size, '（一）负责。'),
};
/** `node scripts/bench.mjs parse:quick` leaves out the 10 MB inputs (a minute or more each). */
const quick = process.argv.includes('quick');
/**
 * `parse.mjs ten-mb FAMILY`: the child process that measures one family's 10 MB input alone (see
 * `measureTenMegabytes`); it prints the median and nothing else.
 */
const tenMegabytesOf = process.argv[2] === 'ten-mb' ? process.argv[3] : undefined;
const SIZES = tenMegabytesOf
  ? [['10 MB', 10_000_000]]
  : [
      ['10 KB', 10_000],
      ['100 KB', 100_000],
      ['1 MB', 1_000_000],
    ];
/** Measured rounds per input; the figure printed is their median. `BENCH_RUNS=9` for more. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
/**
 * `BENCH_KEEP=1` keeps every result of a batch until the batch ends, as a caller that uses its
 * results does. By default each result is dropped at once, and everything a 100 KB parse makes
 * dies young, while a 1 MB parse's data and result outlive the young generation and are copied
 * and promoted by the garbage collector: a step in cost per byte between the two sizes, on top of
 * the parser's own growth.
 */
const KEEP = process.env.BENCH_KEEP === '1';

/**
 * The CPU time (user + system, this process's threads, the garbage collector's included) of one
 * parse of `text`, from one batch of parses of about 1 MB in all (a hundred 10 KB texts, ten
 * 100 KB, one 1 MB), so every size pays the garbage collector for the same volume: one 100 KB
 * parse alone can finish before the first collection and look cheaper per byte than it is. The
 * heap is collected before each batch. CPU time, not wall time: on a shared machine wall time also
 * counts the time spent waiting for a core, which swamps the growth this benchmark is about.
 */
function batch(text) {
  const repeat = Math.max(1, Math.round(1_000_000 / text.length));
  const kept = KEEP ? [] : null;
  globalThis.gc?.();
  const start = process.cpuUsage();
  for (let i = 0; i < repeat; i++) {
    const result = parseRegulation(text);
    kept?.push(result);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / repeat;
}

/**
 * One family's figures: every input is generated first (generation is never timed), each is
 * parsed once to warm up, then the sizes are measured in turn, round after round, so a burst of
 * load from other processes falls on all sizes alike; each figure is the median of its rounds.
 * The 10 MB input is measured in three rounds at most (each is one parse of several seconds).
 */
function measure(make) {
  const texts = SIZES.map(([, size]) => make(size));
  for (let i = 0; i < 20; i++) parseRegulation(texts[0].slice(0, 10_000));
  for (const text of texts) parseRegulation(text);
  const times = texts.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    texts.forEach((text, i) => {
      if (text.length < 10_000_000 || round < 3) times[i].push(batch(text));
    });
  }
  return times.map(median);
}

/**
 * One family's 10 MB figure, from a process of its own: a 10 MB input and its result (hundreds of
 * MB) grow the heap's young generation, which changes what every smaller parse costs after it in
 * the same process (in one process, the 100 KB parses got cheaper and the 10 KB ones dearer, and
 * the 1 MB/100 KB ratio moved by a fifth), so the smaller sizes are measured together without it.
 */
function measureTenMegabytes(name) {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), 'ten-mb', name], {
    encoding: 'utf8',
    env: process.env,
  });
  const ms = Number(child.stdout.trim());
  if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`the 10 MB run of ${name} failed: ${child.stderr}`);
  return ms;
}

if (tenMegabytesOf) {
  const [ms] = measure(FAMILIES[tenMegabytesOf]);
  console.log(ms);
  process.exit(0);
}

console.log(
  `CPU time of one parse, median of ${ROUNDS} rounds after a warm-up (input generation not timed)${
    KEEP ? '; results kept until the end of each batch' : ''
  }\n`,
);
const ratio = (a, b) => `${(a / b).toFixed(1).padStart(8)}×`;
console.log(
  `family                        ${[...SIZES, ...(quick ? [] : [['10 MB']])]
    .map(([label]) => label.padStart(11))
    .join('')}   1MB/100KB${quick ? '' : '  10MB/1MB'}`,
);
for (const [name, make] of Object.entries(FAMILIES)) {
  const medians = measure(make);
  if (!quick) medians.push(measureTenMegabytes(name));
  const cells = medians.map((ms) => `${ms.toFixed(1)} ms`.padStart(11)).join('');
  console.log(
    `${name.padEnd(30)}${cells}   ${ratio(medians[2], medians[1])}${quick ? '' : ` ${ratio(medians[3], medians[2])}`}`,
  );
}
