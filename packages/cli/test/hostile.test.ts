/**
 * What a user sees when the input or the output misbehaves: always one line and a documented
 * exit status, never a stack trace, never a process that grows or waits forever. Cases that need
 * a real process (pipes, signals, devices, another user) spawn the sources' entry point.
 */
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SEED, run, shell, spawnCli, tempDir } from './helpers.js';

const STACK = /\n\s+at |Error: /;

/** A directory anyone may enter, so that another user reaches the file inside. */
function openDir(): string {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  return dir;
}

/** Regulation JSON with two problems, and the one-line summary every command prints for it. */
function badRegulation(): string {
  const file = join(tempDir(), 'bad.json');
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, id: 'Not A Slug' }));
  return file;
}

describe('standard input', () => {
  it('lookup - stops /dev/zero at once with one line: binary input', () => {
    const result = shell('sanding lookup - --json < /dev/zero', { timeout: 20_000 });
    assert.equal(result.status, 2, String(result.stderr));
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'sanding: standard input: looks like a binary file (it contains NUL bytes)\n');
  });

  it('lookup - rejects a line longer than 8 MB, without reading on', async () => {
    const { code, stdout, stderr } = await run(['lookup', '-'], Buffer.alloc(9 * 1024 * 1024, 'a'));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'sanding: standard input: a line is longer than the limit of 8 MB\n');
  });

  it('lookup - answers each line as it arrives, so an endless stream is fine', () => {
    const result = shell('yes 孵化器 | sanding lookup - --limit 1 | head -3; exit ${PIPESTATUS[1]}', {
      timeout: 30_000,
    });
    assert.equal(result.status, 0, String(result.stderr));
    const lines = String(result.stdout).trim().split('\n');
    assert.equal(lines.length, 3);
    for (const line of lines) assert.equal(JSON.parse(line)[0].division.name, '科技创业处');
  });

  it('lookup - rejects invalid UTF-8 instead of replacing it', async () => {
    const bytes = Buffer.concat([Buffer.from('孵化器\n'), Buffer.from([0xe5, 0xad, 0x41, 0x0a])]);
    const { code, stderr } = await run(['lookup', '-'], bytes);
    assert.equal(code, 2);
    assert.match(stderr, /^sanding: standard input: is not valid UTF-8 text\n$/);
  });

  it('lookup - accepts a character split across two chunks of input', async () => {
    const bytes = Buffer.from('孵化器\n');
    let stdout = '';
    const { main } = await import('../src/index.js');
    const code = await main(['lookup', '-', '--limit', '1'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      stdin: [bytes.subarray(0, 4), bytes.subarray(4)],
    });
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout)[0].division.name, '科技创业处');
  });
});

describe('a closed output pipe', () => {
  it('lookup - | head -1 ends quietly with status 0', () => {
    const result = shell('yes 孵化器 | head -20000 | sanding lookup - --json | head -1; exit ${PIPESTATUS[2]}', {
      timeout: 60_000,
    });
    assert.equal(result.status, 0, String(result.stderr));
    assert.equal(String(result.stdout).split('\n').length, 2, 'one line, then the end');
    assert.equal(result.stderr, '');
  });

  it('parse | true (a reader gone before the first write) ends quietly with status 0', () => {
    const result = shell(`sanding parse '${SEED}' --id dalian-stb | true; exit \${PIPESTATUS[0]}`);
    assert.equal(result.status, 0, String(result.stderr));
    assert.doesNotMatch(String(result.stderr), /EPIPE/);
    assert.doesNotMatch(String(result.stderr), STACK);
  });
});

describe('files', () => {
  it('a file it may not read is "permission denied: FILE" with status 2', () => {
    const file = join(openDir(), 'secret.txt');
    writeFileSync(file, readFileSync(SEED));
    chmodSync(file, 0o000);
    // root reads a mode-000 file anyway: run as an unprivileged user, as a real user would be.
    const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'nobody', '--'] : [];
    for (const command of [
      ['parse', file],
      ['lookup', 'x', '--data', file],
    ]) {
      const result = asUser.length
        ? shell(`${asUser.join(' ')} sanding ${command.map((a) => `'${a}'`).join(' ')}`)
        : spawnCli(command);
      assert.equal(result.stderr, `sanding: permission denied: ${file}\n`, command[0]);
      assert.equal(result.status, 2, command[0]);
    }
  });

  it('--out where it may not write is "permission denied: FILE" with status 2', () => {
    const dir = openDir();
    chmodSync(dir, 0o555);
    const out = join(dir, 'out.json');
    const asUser = process.getuid?.() === 0 ? 'runuser -u nobody -- ' : '';
    const result = shell(`${asUser}sanding parse '${SEED}' --id dalian-stb --out '${out}' 2>&1 >/dev/null | tail -1`);
    assert.equal(result.stdout, `sanding: permission denied: ${out}\n`);
  });

  it('reads a FIFO, as from <(cat FILE)', () => {
    const result = shell(`sanding parse <(cat '${SEED}') --id dalian-stb`);
    assert.equal(result.status, 0, String(result.stderr));
    assert.equal(JSON.parse(String(result.stdout)).divisions.length, 11);
  });

  it('reads a /proc file, whose size says 0, instead of calling it empty', () => {
    const result = spawnCli(['parse', '/proc/self/status', '--id', 'proc']);
    assert.doesNotMatch(String(result.stderr), /empty/);
    assert.equal(JSON.parse(String(result.stdout)).id, 'proc');
    assert.equal(result.status, 65, 'it is no regulation');
  });

  const devices: [string, string][] = [
    ['/dev/null', 'sanding: /dev/null: the file is empty\n'],
    ['/dev/zero', 'sanding: /dev/zero: looks like a binary file (it contains NUL bytes)\n'],
    ['/dev/urandom', 'sanding: /dev/urandom: looks like a binary file (it contains NUL bytes)\n'],
    ['/proc', 'sanding: /proc: is a folder, not a file\n'],
  ];
  for (const [path, message] of devices) {
    it(`says what ${path} is, in one line, at once`, async () => {
      const { code, stdout, stderr } = await run(['validate', path]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.equal(stderr, message);
    });
  }
});

describe('datasets', () => {
  it('an unknown dataset lists the datasets there are', async () => {
    const { code, stderr } = await run(['lookup', '孵化器', '--dataset', 'atlantis']);
    assert.equal(code, 2);
    assert.equal(stderr, 'sanding: lookup: no bundled dataset "atlantis" in zh-Hans; the datasets are dalian-stb\n');
    assert.doesNotMatch(stderr, /built/);
  });
});

describe('JSON that is not a Regulation', () => {
  it('validate, index and lookup --data report it the same way, with status 65', async () => {
    const file = badRegulation();
    const outputs = [];
    for (const args of [
      ['validate', file],
      ['index', file],
      ['lookup', '孵化器', '--data', file],
    ]) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 65, args[0]);
      assert.equal(stdout, '', args[0]);
      outputs.push(stderr);
    }
    assert.equal(outputs[1], outputs[0]);
    assert.equal(outputs[2], outputs[0]);
    const lines = outputs[0]!.trim().split('\n');
    assert.ok(lines.includes(`${file}: $.id: must be a slug like dalian-stb`), outputs[0]);
    for (const line of lines.slice(0, -1)) assert.ok(line.startsWith(`${file}: $`), line);
    assert.match(lines.at(-1)!, /^sanding: .*bad\.json: not a valid Regulation \(\d+ problems\)$/);
    assert.doesNotMatch(outputs[0]!, STACK);
  });
});
