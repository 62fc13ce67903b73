import { readFile, stat, writeFile } from 'node:fs/promises';
import { CliError } from './errors.js';

/** Streams a command writes to; tests pass their own. */
export interface Io {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
  /** Reads all of standard input as text. */
  readonly readStdin: () => Promise<string>;
}

export const processIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Regulation texts are tens of kB; a province's JSON a few MB. Anything larger is a mistake. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Reads a UTF-8 text file for a command, turning every way it can be wrong into a one-line
 * CliError: missing, a folder, empty, too large, binary, or not UTF-8.
 */
export async function readTextFile(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${path}: is a folder, not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: no such file`);
  }
  if (size === 0) throw new CliError(`${path}: the file is empty`);
  if (size > MAX_INPUT_BYTES) {
    throw new CliError(
      `${path}: the file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`,
    );
  }
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new CliError(`${path}: looks like a binary file (it contains NUL bytes)`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new CliError(`${path}: is not valid UTF-8 text`);
  }
}

/** Reads and parses a JSON file, with a one-line error naming the file on bad JSON. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${path}: is not valid JSON (${(error as Error).message})`);
  }
}

export async function writeTextFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new CliError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
