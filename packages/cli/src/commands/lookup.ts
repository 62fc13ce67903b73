import type { Command } from '../command.js';
import { CliError } from '../errors.js';

/** TODO(lookup): being written. */
export const lookupCommand: Command = {
  name: 'lookup',
  summary: 'Find the division that handles a matter',
  help: 'Usage: sanding lookup QUERY [--dataset dalian-stb | --data FILE.json] [--limit N] [--json]',
  async run() {
    throw new CliError('lookup: not implemented yet');
  },
};
