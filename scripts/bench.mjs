/**
 * `pnpm bench`: runs every benchmark in scripts/bench/ in one process each, in turn. Each prints
 * a table of figures and asserts nothing; timings never belong in tests.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
let failed = false;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  console.log(`\n## ${file.replace(/\.mjs$/, '')}\n`);
  const { status } = spawnSync(process.execPath, ['--expose-gc', `${dir}${file}`], { stdio: 'inherit' });
  if (status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
