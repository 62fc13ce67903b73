/**
 * How parse time grows with input size. The seed text (the Dalian regulation, ~3,500
 * characters) is parsed as it is, then inputs grow by repeating its division list under more
 * item numbers, up to ~64 times the seed. Prints median and p95 per size; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseRegulation } from '@sanding/data';

const seed = readFileSync(
  new URL('../../packages/datasets/sources/dalian-stb/source.zh-Hant.txt', import.meta.url),
  'utf8',
);
const lines = seed.split('\n');
const firstDivision = lines.findIndex((l, i) => i > 20 && l.startsWith('(一)'));
const head = lines.slice(0, firstDivision);
const divisions = lines.slice(firstDivision, -1);
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const numeral = (n) => {
  if (n < 10) return NUMERALS[n];
  if (n < 20) return `十${NUMERALS[n % 10]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`;
  return String(n);
};

function synthesize(copies) {
  const out = [...head];
  let n = 0;
  for (let c = 0; c < copies; c++) {
    for (const line of divisions) {
      out.push(line.startsWith('(') ? line.replace(/^\([^)]+\)/, () => `(${numeral(++n)})`) : line);
    }
  }
  out.push(lines[lines.length - 1]);
  return out.join('\n');
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
console.log('input                  chars   lines   median ms   p95 ms   chars/ms');
for (const copies of [0, 1, 4, 16, 64]) {
  const text = copies === 0 ? seed : synthesize(copies);
  const runs = copies >= 16 ? 30 : 200;
  for (let i = 0; i < 5; i++) parseRegulation(text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    parseRegulation(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const label = copies === 0 ? 'seed (Dalian)' : `divisions x${copies}`;
  console.log(
    `${label.padEnd(20)} ${String(text.length).padStart(7)} ${String(text.split('\n').length).padStart(7)} ${median.toFixed(3).padStart(11)} ${quantile(times, 0.95).toFixed(3).padStart(8)} ${(text.length / median).toFixed(0).padStart(10)}`,
  );
}
