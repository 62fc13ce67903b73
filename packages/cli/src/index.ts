/**
 * The `sanding` command. `main` takes the arguments and streams, so tests drive it in-process;
 * `bin/sanding.js` is the committed shim that calls it.
 */
import type { Command } from './command.js';
import { indexCommand } from './commands/index-command.js';
import { lookupCommand } from './commands/lookup.js';
import { parseCommand } from './commands/parse.js';
import { validateCommand } from './commands/validate.js';
import { wantsHelp } from './args.js';
import { CliError } from './errors.js';
import { processIo, type Io } from './io.js';

export { CliError } from './errors.js';
export type { Io } from './io.js';

const COMMANDS: readonly Command[] = [parseCommand, validateCommand, indexCommand, lookupCommand];

declare const __VERSION__: string;

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: sanding COMMAND [options]

Turns three-determinations regulations (三定规定) into typed data, and looks them up.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     Show help (also: sanding COMMAND --help)
  -v, --version  Show the version
`;
}

/** Runs the CLI and resolves to the exit code. Never throws, never prints a stack trace. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.stdout.write(usage());
      return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
      io.stdout.write(`${__VERSION__}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new CliError(`unknown command "${name}" (see sanding --help)`);
    if (wantsHelp(rest)) {
      io.stdout.write(`${command.help}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`sanding: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`sanding: internal error: ${message.split('\n')[0]} (set SANDING_DEBUG=1 for details)\n`);
    if (process.env.SANDING_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 70;
  }
}
