/**
 * Builds the bundled datasets of @sanding/data from their source texts, with our own parser:
 * the data is produced from the text, never retyped.
 *
 * For each folder in packages/data/datasets/<id>/:
 *   source.zh-Hant.txt  the regulation text as published (the only source of its content)
 *   meta.json           what the text does not say, each fact with its source (provenance,
 *                       unofficial English names, contacts)
 *   crossref.json       the reviewed duty → division cross-reference
 * it writes packages/data/dist/datasets/<id>/{zh-Hant,zh-Hans}.{json,js,d.ts}.
 *
 * The zh-Hans data is parsed from the OpenCC t → cn conversion of the text (plus reviewed
 * corrections), and says so in its provenance. The build fails on any error-level diagnostic
 * or schema issue and prints the warnings.
 *
 * Run: `pnpm --filter @sanding/cli run build:datasets` (part of the root `pnpm build`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Regulation, Script } from '@sanding/data';
import { buildDataset, type DatasetMeta } from '../src/dataset.js';

const datasetsDir = fileURLToPath(new URL('../../data/datasets/', import.meta.url));
const outDir = fileURLToPath(new URL('../../data/dist/datasets/', import.meta.url));

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

let failed = false;
for (const id of readdirSync(datasetsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const dir = `${datasetsDir}${id}/`;
  const source = readFileSync(`${dir}source.zh-Hant.txt`, 'utf8');
  const meta = readJson<DatasetMeta>(`${dir}meta.json`);
  const crossReference = existsSync(`${dir}crossref.json`) ? readJson<Record<string, string[]>>(`${dir}crossref.json`) : {};
  mkdirSync(`${outDir}${id}`, { recursive: true });
  for (const script of ['zh-Hant', 'zh-Hans'] as const satisfies readonly Script[]) {
    const { regulation, diagnostics, problems } = buildDataset({ source, script, meta, crossReference });
    for (const d of diagnostics) {
      console.error(`datasets/${id}/source.zh-Hant.txt (${script}):${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    }
    for (const problem of problems) console.error(`datasets/${id} (${script}): error: ${problem}`);
    if (problems.length > 0 || diagnostics.some((d) => d.severity === 'error')) {
      failed = true;
      continue;
    }
    write(id, script, regulation);
  }
}
if (failed) {
  console.error('build-datasets: failed');
  process.exit(1);
}

function write(id: string, script: Script, regulation: Regulation): void {
  const base = `${outDir}${id}/${script}`;
  const json = JSON.stringify(regulation);
  writeFileSync(`${base}.json`, `${json}\n`);
  // JSON.parse of a string literal is faster to load than an object literal of this size.
  writeFileSync(
    `${base}.js`,
    `/** ${regulation.title} (${script}). Generated from ${regulation.provenance.source.file ?? 'its source'}; do not edit. */\n` +
      `export const regulation = /* @__PURE__ */ JSON.parse(${JSON.stringify(json)});\n`,
  );
  writeFileSync(
    `${base}.d.ts`,
    `import type { Regulation } from '../../index.js';\n/** ${regulation.title} (${script}). */\nexport declare const regulation: Regulation;\n`,
  );
  console.log(`built datasets/${id}/${script}: ${regulation.duties.length} duties, ${regulation.divisions.length} divisions, ${json.length} chars`);
}
