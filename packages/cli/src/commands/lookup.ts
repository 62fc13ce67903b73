import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLookup, type LookupResult, type Regulation, type Script } from '@sanding/data';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { readLines } from '../io.js';
import { readRegulationFile } from '../regulation-file.js';

const SCRIPTS = ['zh-Hans', 'zh-Hant'] as const;
const DEFAULT_DATASET = 'dalian-stb';

export const lookupCommand: Command = {
  name: 'lookup',
  summary: 'Find the division that handles a matter',
  help: `Usage: sanding lookup QUERY [--dataset dalian-stb | --data FILE.json] [--limit N] [--json]

Ranks the divisions that handle a matter. The query may be Simplified or Traditional, colloquial
(我想申请高企认定找哪个处), an abbreviation (高企), pinyin (fuhuaqi, fhq) or English (incubator).

Options:
  --dataset ID    A bundled dataset (default: ${DEFAULT_DATASET})
  --data FILE     Regulation JSON instead, e.g. from sanding parse or sanding index
  --script S      The bundled dataset's script: zh-Hans (default) or zh-Hant
  --limit N       At most N divisions (default 5)
  --json          Print an array of results (division.name, score, clauses[].citation, ...)
  -h, --help      Show this help

With - as QUERY, reads one query per line from standard input (UTF-8, each line at most 8 MB)
and prints one JSON line of results per query, in order, as each line arrives.

Exit status: 0 when a division was found (always with -), 1 when none, 65 when --data is not a
valid Regulation, 2 on a usage or file error.`,
  async run(args, io) {
    const { values, operand: query } = parseCommandArgs('lookup', args, 'QUERY', {
      dataset: { type: 'string' },
      data: { type: 'string' },
      script: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.dataset !== undefined && values.data !== undefined)
      throw new CliError('lookup: give --dataset or --data, not both');
    const limit = values.limit === undefined ? 5 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new CliError(`lookup: --limit must be a whole number from 1 to 100, not "${values.limit}"`);
    const script: Script = oneOf('lookup', 'script', values.script as string | undefined, SCRIPTS) ?? 'zh-Hans';

    const regulation =
      values.data !== undefined
        ? await readRegulationFile(values.data as string, io)
        : loadDataset((values.dataset as string | undefined) ?? DEFAULT_DATASET, script);
    if (!regulation.search) {
      io.stderr.write(
        `warning: ${regulation.id} has no search aids; lookups match its own script only (run sanding index)\n`,
      );
    }
    const lookup = createLookup(regulation);

    if (query === '-') {
      for await (const line of readLines(io.stdin))
        io.stdout.write(`${JSON.stringify(lookup.search(line, { limit }))}\n`);
      return 0;
    }
    const results = lookup.search(query, { limit });
    if (values.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else
      io.stdout.write(results.length ? `${results.map(describe).join('\n')}\n` : `No division found for "${query}".\n`);
    return results.length ? 0 : 1;
  },
};

/** One ranked division: its name, then the citation and text of the sentence that matched, matched runs in 【】. */
function describe(result: LookupResult, rank: number): string {
  const { division, clauses, duty } = result;
  const head = `${rank + 1}. ${division.name}${division.nameEn ? ` (${division.nameEn.text})` : ''}  ${result.score.toFixed(2)}`;
  const best = clauses[0] ?? duty;
  if (!best) return `${head}\n   (matched by its name)`;
  let text = '';
  let at = 0;
  for (const [start, end] of best.highlights) {
    text += `${best.text.slice(at, start)}【${best.text.slice(start, end)}】`;
    at = end;
  }
  return `${head}\n   ${best.citation}: ${text}${best.text.slice(at)}`;
}

/** A bundled dataset of @sanding/datasets, by id and script. */
function loadDataset(id: string, script: Script): Regulation {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new CliError(`lookup: --dataset must be an id such as ${DEFAULT_DATASET}, not "${id}"`);
  try {
    const path = fileURLToPath(import.meta.resolve(`@sanding/datasets/${id}/${script}.json`));
    return JSON.parse(readFileSync(path, 'utf8')) as Regulation;
  } catch {
    const known = bundledDatasets(script);
    throw new CliError(
      `lookup: no bundled dataset "${id}" in ${script}; ${known.length ? `the datasets are ${known.join(', ')}` : 'none is installed'}`,
    );
  }
}

/** The ids of the bundled datasets in a script: the folders behind @sanding/datasets' `./*.json` export. */
function bundledDatasets(script: Script): string[] {
  try {
    const manifest = import.meta.resolve('@sanding/datasets/package.json');
    const { exports } = JSON.parse(readFileSync(new URL(manifest), 'utf8')) as { exports: Record<string, unknown> };
    const pattern = exports['./*.json'];
    if (typeof pattern !== 'string') return [];
    const folder = new URL(pattern.slice(0, pattern.indexOf('*')), manifest);
    return readdirSync(folder)
      .filter((id) => existsSync(new URL(`${id}/${script}.json`, folder)))
      .sort();
  } catch {
    return [];
  }
}
