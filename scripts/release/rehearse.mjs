/**
 * `pnpm release:rehearse`: publishes every package under packages/ to a throwaway local registry
 * and installs them back as users do (scenarios.mjs). Run by `pnpm test`.
 *
 * 1. A temporary git worktree of HEAD: `changeset version` (every package must come out at the
 *    release version, with its CHANGELOG.md), then install and build there. The checkout is
 *    never touched; uncommitted changes are not part of the rehearsal.
 * 2. Verdaccio on 127.0.0.1 (registry.mjs); `pnpm publish` of each package, as `pnpm release`
 *    would, minus git checks and provenance (which needs a CI's identity).
 * 3. Each published tarball: metadata, CHANGELOG.md and LICENSE in it, publint --strict, and attw
 *    (esm-only profile, every subpath).
 * 4. The consumer projects, in scratch folders that install only from the registry; every
 *    @sanding package must resolve from it (no link, no file:, no tarball path).
 *
 * Prints one line per step and scenario with its time; exits 1 on the first failure. Stops the
 * registry and removes the worktree and the scratch folders in every case.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from './registry.mjs';
import { run } from './run.mjs';
import { scenarios } from './scenarios.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VERSION = '0.1.0';
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const summary = [];

const tmp = mkdtempSync(join(tmpdir(), 'sanding-rehearsal-'));
const worktree = join(tmp, 'worktree');
let registry;
let cleaned = false;

async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  await registry?.stop();
  if (existsSync(worktree)) {
    await run('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT }).catch(() => undefined);
  }
  rmSync(tmp, { recursive: true, force: true });
  await run('git', ['worktree', 'prune'], { cwd: ROOT }).catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`release:rehearse: ${signal}, cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** Runs one named step, timing it and adding its line to the summary. */
async function step(name, fn) {
  const since = Date.now();
  try {
    const detail = await fn();
    const line = `ok    ${name} (${seconds(since)})${detail ? `: ${detail}` : ''}`;
    summary.push(line);
    console.log(line);
  } catch (error) {
    const line = `FAIL  ${name} (${seconds(since)})`;
    summary.push(line);
    console.log(line);
    throw error;
  }
}

/** Every package folder under packages/ of the worktree, with its manifest. */
function packages() {
  const dir = join(worktree, 'packages');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'package.json')))
    .map((name) => ({
      dir: join(dir, name),
      manifest: JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')),
    }))
    .filter(({ manifest }) => !manifest.private);
}

/** The metadata every published package carries. */
function checkManifest(manifest) {
  const problems = [];
  if (manifest.version !== VERSION) problems.push(`version ${manifest.version}, not ${VERSION}`);
  for (const field of ['description', 'license', 'homepage', 'repository', 'bugs']) {
    if (!manifest[field]) problems.push(`no ${field}`);
  }
  if (!manifest.keywords?.length) problems.push('no keywords');
  if (manifest.publishConfig?.access !== 'public') problems.push('publishConfig.access is not public');
  const deps = { ...manifest.dependencies, ...manifest.peerDependencies };
  for (const [name, range] of Object.entries(deps)) {
    if (/^(?:workspace|file|link):/.test(range)) problems.push(`dependency ${name}@${range}`);
  }
  return problems;
}

/**
 * Fails unless every @sanding package in the project came from the registry, at VERSION. npm
 * sometimes leaves `resolved` out of the lockfile (npm/cli#4263); then the entry's integrity must
 * be the one the registry published for that version.
 */
async function checkResolution(dir, url) {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const found = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const name = path.match(/(?:^|\/)node_modules\/(@sanding\/[^/]+)$/)?.[1];
    if (!name) continue;
    const where = entry.resolved ?? (entry.link ? 'a link' : `no resolved URL, integrity ${entry.integrity ?? 'none'}`);
    const fail = () => {
      throw new Error(`${name} resolved to ${where} (${entry.version})`);
    };
    if (entry.link || entry.version !== VERSION) fail();
    if (entry.resolved) {
      if (!entry.resolved.startsWith(url)) fail();
    } else {
      const published = await fetch(new URL(`${name.replace('/', '%2f')}/${VERSION}`, url)).then((r) => r.json());
      if (!entry.integrity || entry.integrity !== published.dist?.integrity) fail();
    }
    if (lstatSync(join(dir, path)).isSymbolicLink()) throw new Error(`${name} is a symbolic link`);
    found.push(name);
  }
  return found;
}

try {
  await step('worktree: changeset version, install, build', async () => {
    const dirty = (await run('git', ['status', '--porcelain'], { cwd: ROOT })).stdout.trim();
    if (dirty) console.log('release:rehearse: rehearsing HEAD; uncommitted changes are not included');
    await run('git', ['worktree', 'add', '--detach', worktree, 'HEAD'], { cwd: ROOT });
    const env = { COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' };
    const timed = async (what, fn) => {
      const since = Date.now();
      await fn();
      console.log(`      ${what}: ${seconds(since)}`);
    };
    await timed('pnpm install', () =>
      run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: worktree, env }),
    );
    await timed('changeset version', () => run('pnpm', ['exec', 'changeset', 'version'], { cwd: worktree, env }));
    const wrong = packages()
      .filter(({ manifest, dir }) => manifest.version !== VERSION || !existsSync(join(dir, 'CHANGELOG.md')))
      .map(({ manifest }) => `${manifest.name}@${manifest.version}`);
    if (wrong.length) {
      throw new Error(`changeset version must give every package ${VERSION} and a CHANGELOG.md: ${wrong.join(', ')}`);
    }
    await timed('pnpm build', () => run('pnpm', ['build'], { cwd: worktree, env }));
    return packages()
      .map(({ manifest }) => `${manifest.name}@${manifest.version}`)
      .join(', ');
  });

  await step('registry: Verdaccio on 127.0.0.1, storage in a temporary folder', async () => {
    registry = await startRegistry(tmp);
    return registry.url;
  });
  const env = {
    npm_config_userconfig: registry.npmrc,
    npm_config_registry: registry.url,
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  };

  await step('publish every package under packages/', async () => {
    for (const { dir } of packages()) {
      await run('pnpm', ['publish', '--no-git-checks', '--provenance=false', '--registry', registry.url], {
        cwd: dir,
        env,
      });
    }
    return `${packages().length} packages`;
  });

  const tarballs = join(tmp, 'tarballs');
  mkdirSync(tarballs);
  await step('tarballs: metadata, CHANGELOG.md and LICENSE, publint --strict, attw esm-only', async () => {
    const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
    for (const { manifest } of packages()) {
      const packed = await run('npm', ['pack', `${manifest.name}@${VERSION}`, '--silent'], { cwd: tarballs, env });
      const tarball = join(tarballs, packed.stdout.trim().split('\n').at(-1));
      const entries = (await run('tar', ['tzf', tarball])).stdout.split('\n');
      const published = JSON.parse((await run('tar', ['xzOf', tarball, 'package/package.json'])).stdout);
      const problems = checkManifest(published);
      for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) {
        if (!entries.includes(`package/${file}`)) problems.push(`no ${file} in the tarball`);
      }
      // A top-level dist/*.js file that is neither exported nor imported by another file is dead.
      const unpacked = join(tarballs, manifest.name.replace('/', '+'));
      mkdirSync(unpacked);
      await run('tar', ['xzf', tarball, '-C', unpacked]);
      const scripts = entries.filter((e) => /^package\/dist\/[^/]+\.js$/.test(e));
      const code = scripts.map((e) => readFileSync(join(unpacked, e), 'utf8')).join('\n');
      for (const entry of scripts) {
        const path = `./${entry.slice('package/'.length)}`;
        const name = path.split('/').at(-1);
        if (!JSON.stringify(published.exports).includes(`"${path}"`) && !code.includes(`./${name}`)) {
          problems.push(`${path} ships but is neither exported nor imported`);
        }
      }
      if (problems.length) throw new Error(`${manifest.name}: ${problems.join('; ')}`);
      await run(bin('publint'), ['run', tarball, '--strict'], { cwd: tarballs });
      // attw checks what TypeScript resolves: a style sheet (@sanding/elements/reserve.css) is no module to it.
      const styleSheets = Object.keys(published.exports ?? {}).filter((key) => key.endsWith('.css'));
      const exclude = styleSheets.length ? ['--exclude-entrypoints', ...styleSheets] : [];
      await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', ...exclude], { cwd: tarballs });
    }
    return 'clean';
  });

  const projects = join(tmp, 'projects');
  await step('consumer projects: npm install from the registry only', async () => {
    // Settled, not raced: a failed install must not leave the others writing after the clean-up.
    const installs = await Promise.allSettled(
      scenarios.map(async (scenario, i) => {
        const dir = join(projects, String(i + 1));
        mkdirSync(dir, { recursive: true });
        const manifest = {
          name: `rehearsal-${i + 1}`,
          private: true,
          type: 'module',
          dependencies: scenario.dependencies,
          devDependencies: scenario.devDependencies ?? {},
        };
        writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        for (const [path, text] of Object.entries(scenario.files)) {
          mkdirSync(join(dir, path, '..'), { recursive: true });
          writeFileSync(join(dir, path), text);
        }
        // Each project has its own npm cache: parallel installs sharing one can leave `resolved` out.
        const cache = join(tmp, 'npm-cache', String(i + 1));
        await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
          cwd: dir,
          env: { ...env, npm_config_cache: cache },
        });
        await checkResolution(dir, registry.url);
      }),
    );
    const failed = installs.find((install) => install.status === 'rejected');
    if (failed) throw failed.reason;
    return `${scenarios.length} projects`;
  });

  for (const [i, scenario] of scenarios.entries()) {
    await step(scenario.name, () => scenario.check(join(projects, String(i + 1)), env, { registry: registry.url }));
  }
  console.log(`\nrelease:rehearse: passed in ${seconds(started)}`);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  if (registry?.log.length) console.error(`\nverdaccio:\n${registry.log.join('').split('\n').slice(-20).join('\n')}`);
  console.error(`release:rehearse: FAILED after ${seconds(started)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
  console.log(`\n${summary.join('\n')}`);
}
