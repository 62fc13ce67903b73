/**
 * `pnpm bench`: runs every benchmark in scripts/bench/ in one process each, in turn. Each prints
 * a table of figures and asserts nothing; timings never belong in tests.
 *
 * Name benchmarks to run only those, and parts of one after a colon:
 *   pnpm bench lookup               the lookup engines only
 *   pnpm bench browser:agencies     only the large agencies of the browser benchmark
 *   node scripts/bench.mjs parse browser:pages browser:cls     (without building first)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.replace(/\.mjs$/, ''))
  .sort();
const asked = process.argv.slice(2).map((arg) => {
  const [name, part] = arg.split(':');
  if (!names.includes(name)) {
    console.error(`unknown benchmark: ${name} (benchmarks: ${names.join(', ')})`);
    process.exit(2);
  }
  return { name, part };
});
let failed = false;
for (const name of names) {
  const mine = asked.filter((a) => a.name === name);
  if (asked.length && !mine.length) continue;
  const parts = mine.flatMap((a) => (a.part ? [a.part] : []));
  console.log(`\n## ${name}${parts.length ? ` (${parts.join(', ')})` : ''}\n`);
  const { status } = spawnSync(process.execPath, ['--expose-gc', `${dir}${name}.mjs`, ...parts], { stdio: 'inherit' });
  if (status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
