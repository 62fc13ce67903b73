import { validateRegulation } from '@sanding/data/validate';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readJsonFile } from '../io.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check Regulation JSON against the schema',
  help: `Usage: sanding validate FILE.json

Checks that FILE.json is a valid Regulation. Prints one line per problem, with its JSON path
(\`$.divisions[3].name: must not be empty\`), and warns when the file has no search aids.

Exit status: 0 when valid, 1 when not, 2 on a usage or file error.`,
  async run(args, io) {
    const { operand: file } = parseCommandArgs('validate', args, 'FILE.json', {});
    const result = validateRegulation(await readJsonFile(file));
    if (!result.ok) {
      for (const issue of result.issues) io.stdout.write(`${issue.path}: ${issue.message}\n`);
      io.stderr.write(`${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}\n`);
      return 1;
    }
    if (!result.regulation.search) {
      io.stderr.write(
        `${file}: warning: no search aids; lookups match the data's own script only (run sanding index ${file})\n`,
      );
    }
    io.stdout.write(`${file}: valid\n`);
    return 0;
  },
};
