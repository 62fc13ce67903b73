import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SEED, run, tempDir } from './helpers.js';

interface Result {
  division: { id: string; name: string; agency: string };
  score: number;
  clauses: { citation: string; text: string; highlights: [number, number][] }[];
  duty?: { citation: string };
}

describe('sanding lookup', () => {
  it('typing 孵化器 lists 科技创业处 first, with the citation of the sentence that matched', async () => {
    const { code, stdout, stderr } = await run(['lookup', '孵化器']);
    assert.equal(code, 0, stderr);
    const [first, citation] = stdout.split('\n');
    assert.match(first!, /^1\. 科技创业处 \(Science and Technology Entrepreneurship Division\)/);
    assert.match(citation!, /^ {3}内设机构（十）第.句: .*【孵化器】/);
  });

  it('answers a Traditional, a pinyin and an English query the same way', async () => {
    for (const query of ['科技企業孵化器', 'fuhuaqi', 'fhq', 'incubator']) {
      const { stdout } = await run(['lookup', query, '--limit', '1']);
      assert.match(stdout, /^1\. 科技创业处/, query);
    }
  });

  it('shows the Traditional dataset with --script zh-Hant', async () => {
    const { stdout } = await run(['lookup', '孵化器', '--script', 'zh-Hant', '--limit', '1']);
    assert.match(stdout, /^1\. 科技創業處/);
  });

  it('--json prints an array of results with division.name, score and clauses[].citation', async () => {
    const { code, stdout } = await run(['lookup', '高企', '--json', '--limit', '3']);
    assert.equal(code, 0);
    const results = JSON.parse(stdout) as Result[];
    assert.ok(results.length > 0 && results.length <= 3);
    assert.equal(results[0]!.division.name, '高新技术发展与产业化处');
    assert.equal(typeof results[0]!.score, 'number');
    assert.match(results[0]!.clauses[0]!.citation, /^内设机构（四）/);
  });

  it('with - reads one query per line and prints one JSON line per query, in order', async () => {
    const { code, stdout } = await run(['lookup', '-', '--limit', '2'], '孵化器\n科技人才\n\n外国专家\n');
    assert.equal(code, 0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Result[]);
    assert.equal(lines.length, 4);
    assert.deepEqual(
      lines.map((results) => results[0]?.division.name ?? null),
      ['科技创业处', '科技人才处', null, '外国专家与国际合作处'],
    );
  });

  it('looks up --data FILE.json written by sanding parse', async () => {
    const file = join(tempDir(), 'dalian.json');
    assert.equal((await run(['parse', SEED, '--out', file])).code, 0);
    const { code, stdout } = await run(['lookup', 'zhongchuangkongjian', '--data', file, '--limit', '1']);
    assert.equal(code, 0);
    assert.match(stdout, /^1\. 科技創業處/);
  });

  it('warns when --data has no search aids, and still matches the data’s own script', async () => {
    const file = join(tempDir(), 'plain.json');
    await run(['parse', SEED, '--out', file]);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.search;
    writeFileSync(file, JSON.stringify(data));
    const { code, stdout, stderr } = await run(['lookup', '眾創空間', '--data', file, '--limit', '1']);
    assert.equal(code, 0);
    assert.match(stderr, /warning: .*no search aids/);
    assert.match(stdout, /^1\. 科技創業處/);
  });

  it('says so and exits 1 when nothing matches', async () => {
    const { code, stdout } = await run(['lookup', '天气预报']);
    assert.equal(code, 1);
    assert.match(stdout, /No division found/);
  });

  const mistakes: [string, string[], RegExp][] = [
    ['no query', ['lookup'], /missing QUERY/],
    ['two queries', ['lookup', '孵化器', '高企'], /unexpected argument/],
    ['--limit 0', ['lookup', '孵化器', '--limit', '0'], /--limit/],
    ['--limit many', ['lookup', '孵化器', '--limit', 'many'], /--limit/],
    ['both --dataset and --data', ['lookup', '孵化器', '--dataset', 'dalian-stb', '--data', 'x.json'], /not both/],
    ['an unknown dataset', ['lookup', '孵化器', '--dataset', 'atlantis'], /no bundled dataset "atlantis"/],
    ['a dataset path', ['lookup', '孵化器', '--dataset', '../../etc'], /--dataset must be an id/],
    ['a bad --script', ['lookup', '孵化器', '--script', 'latin'], /--script must be one of/],
    ['a missing --data file', ['lookup', '孵化器', '--data', '/nonexistent/x.json'], /no such file/],
  ];
  for (const [what, args, message] of mistakes) {
    it(`gives a one-line error for ${what}`, async () => {
      const { code, stderr } = await run(args);
      assert.equal(code, 2);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, message);
    });
  }

  it('says which --data file is not a Regulation', async () => {
    const file = join(tempDir(), 'other.json');
    writeFileSync(file, '{"hello": "world"}');
    const { code, stderr } = await run(['lookup', '孵化器', '--data', file]);
    assert.equal(code, 65);
    assert.match(stderr, /other\.json: not a valid Regulation/);
  });
});
