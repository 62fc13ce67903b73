/**
 * Prints how many hand-counted facts the parser gets right on a corpus folder (default: the
 * test corpus in test/fixtures/real/), and every fact it misses.
 *
 *   node --import tsx scripts/corpus-score.ts [DIR]
 */
import { pathToFileURL } from 'node:url';

import { scoreCorpus } from '../test/corpus.js';

const arg = process.argv[2];
const dir = arg
  ? pathToFileURL(arg.endsWith('/') ? arg : `${arg}/`)
  : new URL('../test/fixtures/real/', import.meta.url);
let passed = 0;
let total = 0;
for (const { folder, facts } of scoreCorpus(dir)) {
  const ok = facts.filter((f) => f.pass).length;
  passed += ok;
  total += facts.length;
  console.log(`${folder}: ${ok}/${facts.length}`);
  for (const f of facts.filter((x) => !x.pass)) {
    console.log(`  ✗ ${f.name}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`);
  }
}
console.log(`total: ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
