import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { authorRegulation } from '@sanding/authoring';
import { SEED, run, tempDir } from './helpers.js';

describe('sanding', () => {
  it('prints its commands with --help', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    for (const command of ['parse', 'validate', 'index', 'lookup'])
      assert.match(stdout, new RegExp(`^  ${command} `, 'm'));
  });

  it('has --help for every command', async () => {
    for (const command of ['parse', 'validate', 'index', 'lookup']) {
      const { code, stdout } = await run([command, '--help']);
      assert.equal(code, 0, command);
      assert.match(stdout, new RegExp(`^Usage: sanding ${command}`), command);
    }
  });

  it('rejects an unknown command and an unknown flag in one line', async () => {
    for (const args of [['frobnicate'], ['parse', '--bogus', SEED], ['parse', SEED, '--id', 'Dalian_STB']]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    }
  });

  it('works through the committed bin shim', () => {
    const out = execFileSync(process.execPath, [new URL('../bin/sanding.js', import.meta.url).pathname, '--help'], {
      encoding: 'utf8',
    });
    assert.match(out, /Usage: sanding COMMAND/);
  });
});

describe('sanding parse', () => {
  it('parses the Dalian text into Regulation JSON with 11 divisions', async () => {
    const { code, stdout, stderr } = await run(['parse', SEED, '--id', 'dalian-stb']);
    assert.equal(code, 0, stderr);
    const regulation = JSON.parse(stdout);
    assert.equal(regulation.id, 'dalian-stb');
    assert.equal(regulation.lang, 'zh-Hant');
    assert.equal(regulation.divisions.length, 11);
    assert.equal(regulation.duties.length, 16);
  });

  it('writes the JSON the authoring package gives for the same text and id, byte for byte', async () => {
    const { stdout } = await run(['parse', SEED, '--id', 'dalian-stb']);
    assert.equal(
      stdout,
      authorRegulation(readFileSync(SEED, 'utf8'), 'dalian-stb', { normalizePunctuation: true, stableIds: true }).json,
    );
    const simplified = await run(['parse', SEED, '--id', 'dalian-stb', '--script', 'zh-Hans']);
    assert.equal(
      simplified.stdout,
      authorRegulation(readFileSync(SEED, 'utf8'), 'dalian-stb', {
        convertTo: 'zh-Hans',
        normalizePunctuation: true,
        stableIds: true,
      }).json,
    );
  });

  it('gives divisions stable ids from their names, keeping the positional id as positionalId', async () => {
    const { stdout } = await run(['parse', SEED, '--id', 'dalian-stb']);
    const regulation = JSON.parse(stdout);
    const foreign = regulation.divisions.find((d: { name: string }) => d.name === '外國專家與國際合作處');
    assert.equal(foreign.id, 'div_waiguo-zhuanjia-guoji-hezuo');
    assert.equal(foreign.positionalId, 'sec_divisions__point_8');
    assert.equal(foreign.citation, '內設機構（八）');
    const positional = JSON.parse((await run(['parse', SEED, '--positional-ids', '--keep-punctuation'])).stdout);
    assert.equal(positional.divisions[7].id, 'sec_divisions__point_8');
    assert.equal(positional.divisions[7].citation, '內設機構(八)');
  });

  it('--report prints the facts, the share of the text in the model and what is not', async () => {
    const file = join(tempDir(), 'notice.txt');
    writeFileSync(
      file,
      [
        '示例市人民政府办公室关于印发示例市测试局主要职责内设机构和人员编制规定的通知',
        '示府办发〔2009〕12号',
        '各县（市）、区人民政府，市政府各部门：',
        '《示例市测试局主要职责内设机构和人员编制规定》已经市政府同意，现予印发。',
        '示例市人民政府办公室',
        '二〇〇九年九月十日',
        '示例市测试局主要职责内设机构和人员编制规定',
        '根据《示例市人民政府机构改革方案》，设立示例市测试局，为市人民政府工作部门。',
        '一、职责调整',
        '（一）取消已由市人民政府公布取消的行政审批事项。',
        '二、主要职责',
        '（一）负责全市测试工作。',
        '（二）承办市人民政府交办的其他事项。',
        '三、内设机构',
        '根据上述职责，示例市测试局设2个内设机构：',
        '（一）办公室。负责机关日常运转。',
        '（二）测试科。负责测试工作。',
        '四、人员编制',
        '示例市测试局机关行政编制12名。其中：局长1名，副局长2名；科级领导职数4名。',
        '五、其他事项',
        '网站导航 无关内容一行。',
      ].join('\n'),
    );
    const { code, stdout } = await run(['parse', file, '--report']);
    assert.equal(code, 0);
    assert.match(stdout, /^agency: 示例市测试局$/m);
    assert.match(stdout, /^notice: 示府办发〔2009〕12号, 示例市人民政府办公室, 2009-09-10$/m);
    assert.match(stdout, /^duties: 2$/m);
    assert.match(stdout, /^transfers of duties: 1$/m);
    assert.match(stdout, /^divisions: 2 \(declared 2\): 办公室、测试科$/m);
    assert.match(stdout, /^staffing: 12 administrative posts; 局长 1, 副局长 2, 科级 4$/m);
    assert.match(stdout, /^in the model: \d+\.\d% of the text's characters$/m);
    assert.match(stdout, /^ {2}21:1 {2}网站导航 无关内容一行。$/m);
  });

  it('prints diagnostics as FILE:LINE:COL: severity: message', async () => {
    const { stderr } = await run(['parse', SEED]);
    const lines = stderr.trim().split('\n').filter(Boolean);
    assert.ok(lines.length > 0, 'the seed has a typo warning');
    for (const line of lines) assert.match(line, /^.+:\d+:\d+: (error|warning): .+$/);
  });

  it('converts to Simplified with --script zh-Hans', async () => {
    const { code, stdout } = await run(['parse', SEED, '--script', 'zh-Hans']);
    assert.equal(code, 0);
    const regulation = JSON.parse(stdout);
    assert.equal(regulation.lang, 'zh-Hans');
    assert.ok(regulation.divisions.some((d: { name: string }) => d.name === '科技人才处'));
    assert.ok(JSON.stringify(regulation).includes('网络安全'), 'reviewed correction 网路 → 网络');
  });

  it('writes to --out and the result validates round trip', async () => {
    const dir = tempDir();
    const out = join(dir, 'dalian.json');
    assert.equal((await run(['parse', SEED, '--out', out])).code, 0);
    const { code, stdout } = await run(['validate', out]);
    assert.equal(code, 0);
    assert.match(stdout, /valid/);
  });

  it('exits 65 when the text has errors', async () => {
    const dir = tempDir();
    const file = join(dir, 'nothing.txt');
    writeFileSync(file, 'This is not a regulation.\n');
    const { code, stderr } = await run(['parse', file]);
    assert.equal(code, 65);
    assert.match(stderr, /nothing\.txt:\d+:\d+: error: /);
  });

  const bad: [string, (file: string) => void, RegExp][] = [
    ['a missing file', () => {}, /no such file/],
    ['an empty file', (f) => writeFileSync(f, ''), /empty/],
    ['a binary file', (f) => writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), /binary/],
    ['invalid UTF-8', (f) => writeFileSync(f, Buffer.from([0xe5, 0xa4, 0x27, 0x41, 0xff])), /UTF-8/],
    ['a 10 MB file', (f) => writeFileSync(f, Buffer.alloc(10 * 1024 * 1024, 0x41)), /limit/],
  ];
  for (const [what, make, message] of bad) {
    it(`gives a one-line error for ${what}`, async () => {
      const file = join(tempDir(), 'input.txt');
      make(file);
      const { code, stderr, stdout } = await run(['parse', file]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, message);
      assert.doesNotMatch(stderr, /\n\s+at /);
    });
  }
});

describe('sanding validate', () => {
  it('prints the JSON path of each bad field and exits 65', async () => {
    const dir = tempDir();
    const good = join(dir, 'good.json');
    await run(['parse', SEED, '--out', good]);
    const data = JSON.parse(readFileSync(good, 'utf8'));
    data.divisions[3].name = '';
    data.leaders[0].asOf = 'last year';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(data));
    const { code, stdout, stderr } = await run(['validate', bad]);
    assert.equal(code, 65);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.ok(
      lines.some((l) => l.startsWith(`${bad}: $.divisions[3].name: `)),
      stderr,
    );
    assert.ok(
      lines.some((l) => l.startsWith(`${bad}: $.leaders[0].asOf: `)),
      stderr,
    );
  });

  it('says which file is not JSON', async () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{"id": ');
    const { code, stderr } = await run(['validate', file]);
    assert.equal(code, 2);
    assert.match(stderr, /broken\.json: is not valid JSON/);
  });

  it('warns when the JSON has no search aids', async () => {
    const dir = tempDir();
    const file = join(dir, 'plain.json');
    await run(['parse', SEED, '--out', file]);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.search;
    writeFileSync(file, JSON.stringify(data));
    const { code, stderr } = await run(['validate', file]);
    assert.equal(code, 0);
    assert.match(stderr, /warning: no search aids/);
  });
});

describe('pnpm sanding', () => {
  it('runs the CLI from the repo root', () => {
    const result = spawnSync('pnpm', ['--silent', 'sanding', '--version'], {
      cwd: new URL('../../..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout.trim(), /^\d+\.\d+\.\d+/);
  });
});
