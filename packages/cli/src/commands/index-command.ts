import type { Command } from '../command.js';
import { CliError } from '../errors.js';

/** TODO(lookup): being written. */
export const indexCommand: Command = {
  name: 'index',
  summary: 'Add search aids to Regulation JSON',
  help: 'Usage: sanding index FILE.json [--out FILE]',
  async run() {
    throw new CliError('index: not implemented yet');
  },
};
