import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/index.js';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, capturing its output; `stdin` is given as text or as raw bytes. */
export async function run(args: readonly string[], stdin: string | Uint8Array = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: [typeof stdin === 'string' ? Buffer.from(stdin) : stdin],
  });
  return { code, stdout, stderr };
}

const CLI_DIR = new URL('..', import.meta.url).pathname;
/** The sources' entry point, run as its own process like the published bin. */
export const SOURCE_BIN = new URL('./sanding-source.ts', import.meta.url).pathname;

/** Runs `sanding` (from the sources) as a process: what a shell user sees, status and signals. */
export function spawnCli(args: readonly string[], options: SpawnSyncOptions = {}): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, ['--import', 'tsx', SOURCE_BIN, ...args], {
    cwd: CLI_DIR,
    encoding: 'utf8',
    timeout: 60_000,
    ...options,
  });
}

/**
 * A bash script run from the CLI's folder, with `sanding` standing for the sources' entry. In a
 * pipeline, `$?` is the last command's status: read `sanding`'s from PIPESTATUS.
 */
export function shell(script: string, options: SpawnSyncOptions = {}): ReturnType<typeof spawnSync> {
  const sanding = `'${process.execPath}' --import tsx '${SOURCE_BIN}'`;
  return spawnSync('bash', ['-c', script.replaceAll('sanding ', `${sanding} `)], {
    cwd: CLI_DIR,
    encoding: 'utf8',
    timeout: 60_000,
    ...options,
  });
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'sanding-cli-'));
export const SEED = new URL('../../datasets/sources/dalian-stb/source.zh-Hant.txt', import.meta.url).pathname;
