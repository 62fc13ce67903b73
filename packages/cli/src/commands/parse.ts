import type { Script } from '@sanding/data';
import { authorRegulation } from '@sanding/authoring';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { readTextFile, writeTextFile } from '../io.js';
import { EXIT_INVALID } from '../regulation-file.js';

const SCRIPTS = ['zh-Hans', 'zh-Hant'] as const;

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Parse a regulation text into Regulation JSON',
  help: `Usage: sanding parse FILE [--script zh-Hans|zh-Hant] [--id SLUG] [--out FILE]

Parses a three-determinations regulation text (UTF-8) and prints the Regulation as JSON,
with search aids (folding table, pinyin, English terms, synonyms) added.

Options:
  --script S   Convert the text to zh-Hans or zh-Hant (OpenCC) before parsing
  --id SLUG    The regulation's id, e.g. dalian-stb (default: the file name)
  --out FILE   Write the JSON to FILE instead of standard output
  -h, --help   Show this help

Diagnostics go to standard error as FILE:LINE:COL: severity: message.
Exit status: 0 when the text parsed without errors (warnings allowed), 65 when it has errors,
2 on a usage or file error.`,
  async run(args, io) {
    const { values, operand: file } = parseCommandArgs('parse', args, 'FILE', {
      script: { type: 'string' },
      id: { type: 'string' },
      out: { type: 'string' },
    });
    const script: Script | undefined = oneOf('parse', 'script', values.script as string | undefined, SCRIPTS);
    const text = await readTextFile(file);
    const id = (values.id as string | undefined) ?? slugFromPath(file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      throw new CliError(`parse: --id must be a slug such as dalian-stb, not "${id}"`);
    const { json, diagnostics, problems } = authorRegulation(text, id, script ? { convertTo: script } : {});
    for (const d of diagnostics) io.stderr.write(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`);
    for (const problem of problems) io.stderr.write(`${file}: error: ${problem}\n`);
    if (values.out) await writeTextFile(values.out as string, json);
    else io.stdout.write(json);
    return problems.length > 0 || diagnostics.some((d) => d.severity === 'error') ? EXIT_INVALID : 0;
  },
};

/** `texts/Dalian STB.zh-Hant.txt` → `dalian-stb`. */
export function slugFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  const slug = base
    .replace(/\..*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'regulation';
}
