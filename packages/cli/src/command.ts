import type { Io } from './io.js';

/** One `sanding` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for `sanding --help`. */
  readonly summary: string;
  /** The whole `sanding NAME --help` text. */
  readonly help: string;
  /** Runs the command and resolves to its exit code. Throws CliError for the user's mistakes. */
  run(args: readonly string[], io: Io): Promise<number>;
}
