/**
 * A throwaway npm registry for the release rehearsal: Verdaccio on 127.0.0.1, its storage in the
 * rehearsal's temporary folder. `@sanding/*` lives only here (no uplink, so nothing can come from
 * the public registry under our names); every other package is proxied to the public registry.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The package's own bin script (node_modules/.bin holds a shell wrapper, not JavaScript).
const VERDACCIO = createRequire(import.meta.url).resolve('verdaccio/bin/verdaccio');
const UPLINK = 'https://registry.npmjs.org/';

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Verdaccio in `dir` and resolves once it answers. Returns its URL, the path of an .npmrc
 * that points npm and pnpm at it (with a dummy token: publishing needs one), and `stop()`.
 */
export async function startRegistry(dir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const storage = join(dir, 'storage');
  mkdirSync(storage, { recursive: true });
  const config = join(dir, 'verdaccio.yaml');
  writeFileSync(
    config,
    `storage: ${JSON.stringify(storage)}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
uplinks:
  npmjs:
    url: ${UPLINK}
    timeout: 60s
    max_fails: 5
packages:
  '@sanding/*':
    access: $all
    publish: $all
  '**':
    access: $all
    proxy: npmjs
server:
  keepAliveTimeout: 60
publish:
  allow_offline: true
log: { type: stdout, format: pretty, level: warn }
`,
  );
  const npmrc = join(dir, '.npmrc');
  writeFileSync(
    npmrc,
    `registry=${url}
//127.0.0.1:${port}/:_authToken=rehearsal-dummy-token
omit-lockfile-registry-resolved=false
audit=false
fund=false
update-notifier=false
`,
  );
  const log = [];
  const child = spawn(process.execPath, [VERDACCIO, '--config', config, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => log.push(String(chunk)));
  child.stderr.on('data', (chunk) => log.push(String(chunk)));
  const exited = new Promise((resolve) => child.on('exit', resolve));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}):\n${log.join('')}`);
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`verdaccio did not answer on ${url} within 60 s:\n${log.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, npmrc, stop, log };
}
