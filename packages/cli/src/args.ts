import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** The command's one operand: its FILE or QUERY. */
  readonly operand: string;
}

/**
 * `util.parseArgs` in strict mode for a command that takes exactly one operand (`operand` names
 * it in messages: FILE, FILE.json, QUERY). Every mistake is a one-line CliError. `--help` never
 * gets here: `main` answers it for every command.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  operand: string,
  options: Options,
): ParsedArgs {
  let parsed: { values: ParsedArgs['values']; positionals: string[] };
  try {
    // No command declares a `multiple` option, so no value is an array.
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new CliError(`${command}: ${(error as Error).message.split('\n')[0]} (see sanding ${command} --help)`);
  }
  const [first, ...extra] = parsed.positionals;
  if (first === undefined) throw new CliError(`${command}: missing ${operand} (see sanding ${command} --help)`);
  if (extra.length > 0)
    throw new CliError(`${command}: unexpected argument "${extra[0]}" (one ${operand}; quote it if it has spaces)`);
  return { values: parsed.values, operand: first };
}

/** Whether the arguments ask for help (before any `--`, after which everything is an operand). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

export function oneOf<T extends string>(
  command: string,
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${command}: --${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}
