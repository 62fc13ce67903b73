/**
 * Builds the bundled datasets from their source texts, with the authoring function of
 * @sanding/authoring (what `sanding parse` runs): the data is produced from the text, never
 * retyped.
 *
 * For each folder in sources/<id>/:
 *   source.zh-Hant.txt  the regulation text as published (the only source of its content)
 *   meta.json           what the text does not say, each fact with its source (provenance,
 *                       unofficial English names, contacts)
 *   crossref.json       the reviewed duty → division cross-reference
 * it writes dist/<id>/{zh-Hant,zh-Hans}{.json,.js,.core.js,.search.js}
 * (see `write`).
 *
 * The zh-Hans data is parsed from the OpenCC t → cn conversion of the text (plus reviewed
 * corrections), and says so in its provenance. The build fails on any error-level diagnostic
 * or schema issue and prints the warnings.
 *
 * Run: `pnpm --filter @sanding/datasets build` (part of the root `pnpm build`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Regulation, Script } from '@sanding/data';
import { buildDataset, type DatasetMeta } from './dataset.js';

const datasetsDir = fileURLToPath(new URL('../sources/', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/', import.meta.url));

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** meta.json's `expectedWarnings`: diagnostics of the published text that are known and kept. */
function expectedWarnings(meta: DatasetMeta): readonly { code: string; line: number; why: string }[] {
  return (meta as { expectedWarnings?: { code: string; line: number; why: string }[] }).expectedWarnings ?? [];
}

rmSync(outDir, { recursive: true, force: true });
let failed = false;
for (const id of readdirSync(datasetsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)) {
  const dir = `${datasetsDir}${id}/`;
  const source = readFileSync(`${dir}source.zh-Hant.txt`, 'utf8');
  const meta = readJson<DatasetMeta>(`${dir}meta.json`);
  const crossReference = existsSync(`${dir}crossref.json`)
    ? readJson<Record<string, string[]>>(`${dir}crossref.json`)
    : {};
  mkdirSync(`${outDir}${id}`, { recursive: true });
  for (const script of ['zh-Hant', 'zh-Hans'] as const satisfies readonly Script[]) {
    const { regulation, diagnostics, problems } = buildDataset({ source, script, meta, crossReference });
    for (const d of diagnostics) {
      // A warning the dataset's meta.json lists as expected (the text kept as published) says so.
      const expected = expectedWarnings(meta).find((w) => w.code === d.code && w.line === d.line);
      console.error(
        `sources/${id}/source.zh-Hant.txt (${script}):${d.line}:${d.column}: ${d.severity}: ${d.message}${expected ? ` (expected: ${expected.why})` : ''}`,
      );
    }
    for (const problem of problems) console.error(`sources/${id} (${script}): error: ${problem}`);
    if (problems.length > 0 || diagnostics.some((d) => d.severity === 'error')) {
      failed = true;
      continue;
    }
    write(id, script, regulation);
  }
}
if (failed) {
  console.error('@sanding/datasets build: failed');
  process.exit(1);
}

/**
 * Writes the dataset in its forms:
 * - `<script>.json`: the Regulation, complete;
 * - `<script>.js`: the same, as a module (`regulation`);
 * - `<script>.core.js`: the Regulation without its `search` block (`regulation`): what a
 *   component loads to show the data;
 * - `<script>.search.js`: the `search` block (`search`), which a component loads with the
 *   lookup engine (`pnpm size` prints both).
 * The modules are object literals: JSON is valid JavaScript, and gzips smaller than
 * JSON.parse('…') with every quote escaped; at this size JSON.parse's faster parsing does not
 * pay.
 */
function write(id: string, script: Script, regulation: Regulation): void {
  const base = `${outDir}${id}/${script}`;
  const json = JSON.stringify(regulation);
  const { search, ...core } = regulation;
  const banner = `/** ${regulation.title} (${script}). Generated from ${regulation.provenance.source.file ?? 'its source'}; do not edit. */\n`;
  writeFileSync(`${base}.json`, `${json}\n`);
  writeFileSync(`${base}.core.js`, `${banner}export const regulation = ${JSON.stringify(core)};\n`);
  writeFileSync(`${base}.search.js`, `${banner}export const search = ${JSON.stringify(search ?? null)};\n`);
  writeFileSync(
    `${base}.js`,
    `${banner}import { regulation as core } from './${script}.core.js';\nimport { search } from './${script}.search.js';\n\n` +
      `export const regulation = search ? { ...core, search } : core;\n`,
  );
  const declaration = (name: string, type: string, imported: string, doc: string): string =>
    `import type { ${imported} } from '@sanding/data';\n/** ${regulation.title} (${script}): ${doc} */\nexport declare const ${name}: ${type};\n`;
  writeFileSync(
    `${base}.d.ts`,
    declaration('regulation', 'Regulation', 'Regulation', 'the regulation, with its search aids.'),
  );
  writeFileSync(
    `${base}.core.d.ts`,
    declaration('regulation', "Omit<Regulation, 'search'>", 'Regulation', 'the regulation without its search aids.'),
  );
  writeFileSync(
    `${base}.search.d.ts`,
    declaration(
      'search',
      search ? 'SearchAids' : 'null',
      'SearchAids',
      "the regulation's search aids, its `search` block.",
    ),
  );
  console.log(
    `built ${id}/${script}: ${regulation.duties.length} duties, ${regulation.divisions.length} divisions, ${json.length} chars`,
  );
}
