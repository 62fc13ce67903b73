import { open, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { CliError } from './errors.js';

/** Streams a command writes to; tests pass their own. */
export interface Io {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
  /** Standard input, as the bytes arrive. */
  readonly stdin: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

let pipeGuarded = false;

/**
 * Writes to standard output or error. When the reader has gone (`sanding … | head -1`), the write
 * fails with EPIPE: like any Unix tool, the command then stops at once, quietly, with status 0,
 * instead of printing the error (or reading on, forever, from an endless `yes | sanding lookup -`).
 */
function guardedWrite(stream: NodeJS.WriteStream): (chunk: string) => boolean {
  return (chunk) => {
    if (!pipeGuarded) {
      pipeGuarded = true;
      for (const s of [process.stdout, process.stderr]) s.on('error', exitOnClosedPipe);
    }
    return stream.write(chunk);
  };
}

/** The 'error' listener of standard output and error. */
export function exitOnClosedPipe(error: NodeJS.ErrnoException): never {
  // EPIPE: the reader closed the pipe; nothing more can be said to anyone. Anything else on an
  // output stream is equally unreportable, so it ends the process too, with the internal status.
  process.exit(error.code === 'EPIPE' ? 0 : 70);
}

export const processIo: Io = {
  stdout: { write: guardedWrite(process.stdout) },
  stderr: { write: guardedWrite(process.stderr) },
  stdin: process.stdin,
};

/** Regulation texts are tens of kB; a province's JSON a few MB. Anything larger is a mistake. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

const binary = (source: string): string => `${source}: looks like a binary file (it contains NUL bytes)`;
const megabytes = (bytes: number): string => `${bytes / 1048576} MB`;

/** What a path is, when it is not something to read text from. */
function notAFile(info: Stats): string | undefined {
  if (info.isDirectory()) return 'a folder';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return undefined;
}

/** One line for an error of the file system, naming the file. */
function fileError(path: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`permission denied: ${path}`);
  if (code === 'EISDIR') return new CliError(`${path}: is a folder, not a file`);
  return new CliError(`${path}: cannot read (${code ?? (error as Error).message})`);
}

/**
 * Reads a file's bytes, at most MAX_INPUT_BYTES. A regular file's size is known beforehand; a
 * FIFO (`<(cat …)`), a device (`/dev/stdin`) or a /proc file reports 0 and is read as a stream
 * up to the limit.
 */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    const what = notAFile(info);
    if (what) throw new CliError(`${path}: is ${what}, not a file`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new CliError(
        `${path}: the file is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${megabytes(MAX_INPUT_BYTES)}`,
      );
    }
    const file = await open(path, 'r');
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of file.createReadStream({ autoClose: false })) {
        size += (chunk as Buffer).length;
        if (size > MAX_INPUT_BYTES) throw new CliError(`${path}: more than the limit of ${megabytes(MAX_INPUT_BYTES)}`);
        // Stop at the first NUL (a device such as /dev/zero) rather than at the limit.
        if ((chunk as Buffer).includes(0)) throw new CliError(binary(path));
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    } finally {
      await file.close();
    }
  } catch (error) {
    throw fileError(path, error);
  }
}

/** Decodes UTF-8 strictly, rejecting binary data (NUL bytes) and invalid sequences. */
function decodeText(bytes: Uint8Array, source: string, decoder = new TextDecoder('utf-8', { fatal: true })): string {
  if (bytes.includes(0)) throw new CliError(binary(source));
  try {
    return decoder.decode(bytes, { stream: true });
  } catch {
    throw new CliError(`${source}: is not valid UTF-8 text`);
  }
}

/**
 * Reads a UTF-8 text file for a command, turning every way it can be wrong into a one-line
 * CliError: missing, unreadable, a folder, empty, too large, binary, or not UTF-8.
 */
export async function readTextFile(path: string): Promise<string> {
  const bytes = await readBytes(path);
  if (bytes.length === 0) throw new CliError(`${path}: the file is empty`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = decodeText(bytes, path, decoder) + decodeText(new Uint8Array(), path, decoder);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Standard input, line by line, as it arrives: an endless stream is fine, but one line may not
 * be longer than MAX_INPUT_BYTES, and the bytes must be UTF-8 text.
 */
export async function* readLines(stdin: Io['stdin']): AsyncGenerator<string> {
  const source = 'standard input';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = '';
  let lineBytes = 0;
  for await (const chunk of stdin) {
    const complete = decodeText(chunk, source, decoder).split('\n');
    const rest = complete.pop() ?? '';
    for (const part of complete) {
      yield (line + part).replace(/\r$/, '');
      line = '';
    }
    line += rest;
    lineBytes = complete.length ? Buffer.byteLength(line) : lineBytes + chunk.length;
    if (lineBytes > MAX_INPUT_BYTES)
      throw new CliError(`${source}: a line is longer than the limit of ${megabytes(MAX_INPUT_BYTES)}`);
  }
  line += decodeText(new Uint8Array(), source, decoder);
  if (line) yield line.replace(/\r$/, '');
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
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`permission denied: ${path}`);
    throw new CliError(`${path}: cannot write (${code ?? 'error'})`);
  }
}
