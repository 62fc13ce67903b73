import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readRegulationFile } from '../regulation-file.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check Regulation JSON against the schema',
  help: `Usage: sanding validate FILE.json

Checks that FILE.json is a valid Regulation. Prints \`FILE.json: valid\`, or one line per problem
on standard error with its JSON path (\`FILE.json: $.divisions[3].name: must not be empty\`),
and warns when the file has no search aids.

Exit status: 0 when valid, 65 when not, 2 on a usage or file error.`,
  async run(args, io) {
    const { operand: file } = parseCommandArgs('validate', args, 'FILE.json', {});
    const regulation = await readRegulationFile(file, io);
    if (!regulation.search) {
      io.stderr.write(
        `${file}: warning: no search aids; lookups match the data's own script only (run sanding index ${file})\n`,
      );
    }
    io.stdout.write(`${file}: valid\n`);
    return 0;
  },
};
