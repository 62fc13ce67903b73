import { addSearchAids } from '@sanding/authoring';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { readJsonFile, writeTextFile } from '../io.js';
import { readRegulationFile } from '../regulation-file.js';

export const indexCommand: Command = {
  name: 'index',
  summary: 'Add search aids to Regulation JSON',
  help: `Usage: sanding index FILE.json [--synonyms FILE.json] [--out FILE]

Adds (or re-derives) the search aids of a Regulation, for JSON written by hand or edited after
sanding parse: the Traditional→Simplified folding table (OpenCC), the pinyin of its characters
(pinyin-pro), its English key terms and its synonyms. Prints the JSON.

Options:
  --synonyms FILE  More synonyms for this data: a JSON array of [alias, expansion] pairs
  --out FILE       Write the JSON to FILE instead of standard output (may be FILE.json itself)
  -h, --help       Show this help

Problems of FILE.json go to standard error as FILE.json: $.json.path: message.
Exit status: 0 on success, 65 when FILE.json is not a valid Regulation, 2 on a usage or file error.`,
  async run(args, io) {
    const { values, operand: file } = parseCommandArgs('index', args, 'FILE.json', {
      synonyms: { type: 'string' },
      out: { type: 'string' },
    });
    const synonyms = values.synonyms === undefined ? [] : await readSynonyms(values.synonyms as string);
    const regulation = await readRegulationFile(file, io);
    const json = `${JSON.stringify(addSearchAids(regulation, { synonyms }), null, 2)}\n`;
    if (values.out) await writeTextFile(values.out as string, json);
    else io.stdout.write(json);
    return 0;
  },
};

async function readSynonyms(file: string): Promise<[string, string][]> {
  const data = await readJsonFile(file);
  const ok =
    Array.isArray(data) &&
    data.every((p) => Array.isArray(p) && p.length === 2 && p.every((s) => typeof s === 'string' && s.length > 0));
  if (!ok) throw new CliError(`${file}: must be a JSON array of [alias, expansion] pairs of non-empty strings`);
  return data as [string, string][];
}
