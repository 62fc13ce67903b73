/** Runs a command for the release rehearsal; rejects with its output when it fails. */
import { spawn } from 'node:child_process';

/**
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: Record<string, string | undefined>, input?: string }} [options]
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
export function run(command, args, { cwd, env, input } = {}) {
  return new Promise((resolve, reject) => {
    // Standard input is a pipe only when there is input: a command that exits without reading it
    // (tar, npm pack) would otherwise fail the write with EPIPE.
    const stdin = input === undefined ? 'ignore' : 'pipe';
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: [stdin, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout, stderr });
      else {
        const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n');
        reject(
          new Error(`${command} ${args.join(' ')} (in ${cwd ?? process.cwd()}) exited ${code ?? signal}:\n${output}`),
        );
      }
    });
    if (input !== undefined) {
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
  });
}
