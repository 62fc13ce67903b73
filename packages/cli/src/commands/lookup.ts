import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLookup, type LookupResult, type Regulation, type Script } from '@sanding/data';
import { validateRegulation } from '@sanding/data/validate';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { readJsonFile } from '../io.js';

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

With - as QUERY, reads one query per line from standard input and prints one JSON line of
results per query, in order.

Exit status: 0 when a division was found (always with -), 1 when none, 2 on a usage or file error.`,
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
        ? await readRegulation(values.data as string)
        : loadDataset((values.dataset as string | undefined) ?? DEFAULT_DATASET, script);
    if (!regulation.search) {
      io.stderr.write(
        `warning: ${regulation.id} has no search aids; lookups match its own script only (run sanding index)\n`,
      );
    }
    const lookup = createLookup(regulation);

    if (query === '-') {
      const lines = (await io.readStdin()).split(/\r?\n/);
      if (lines[lines.length - 1] === '') lines.pop();
      for (const line of lines) io.stdout.write(`${JSON.stringify(lookup.search(line, { limit }))}\n`);
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

async function readRegulation(file: string): Promise<Regulation> {
  const result = validateRegulation(await readJsonFile(file));
  if (!result.ok) {
    const [first] = result.issues;
    throw new CliError(
      `${file}: not a valid Regulation (${first ? `${first.path}: ${first.message}` : 'invalid'}; see sanding validate)`,
    );
  }
  return result.regulation;
}

/** A bundled dataset of @sanding/datasets, by id and script. */
function loadDataset(id: string, script: Script): Regulation {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new CliError(`lookup: --dataset must be an id such as ${DEFAULT_DATASET}, not "${id}"`);
  let path: string;
  try {
    path = fileURLToPath(import.meta.resolve(`@sanding/datasets/${id}/${script}.json`));
    return JSON.parse(readFileSync(path, 'utf8')) as Regulation;
  } catch {
    throw new CliError(`lookup: no bundled dataset "${id}" (${script}); is @sanding/datasets built?`);
  }
}
