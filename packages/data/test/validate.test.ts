import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SCHEMA_ID, SCHEMA_VERSION } from '../src/model/constants.js';
import { validateRegulation } from '../src/validate/index.js';

const dataset = new URL('../../datasets/dist/dalian-stb/zh-Hant.json', import.meta.url);
const load = () =>
  JSON.parse(readFileSync(dataset, 'utf8')) as Record<string, unknown> & { divisions: Record<string, unknown>[] };

describe('validateRegulation', () => {
  it('accepts the bundled Dalian dataset', () => {
    const result = validateRegulation(load());
    assert.deepEqual(result.issues, []);
    assert.equal(result.ok, true);
  });

  it('names the JSON path of a bad field', () => {
    const data = load();
    data.divisions[3]!.name = '';
    const result = validateRegulation(data);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((i) => i.path),
      ['$.divisions[3].name'],
    );
    assert.match(result.issues[0]!.message, /must not be empty/);
  });

  it('reports every problem, not just the first', () => {
    const data = load();
    data.id = 'Not A Slug';
    data.lang = 'fr';
    delete (data as Record<string, unknown>).title;
    data.divisions[0]!.responsibilities = 'none';
    const paths = validateRegulation(data).issues.map((i) => i.path);
    assert.deepEqual(paths.sort(), ['$.divisions[0].responsibilities', '$.id', '$.lang', '$.title'].sort());
  });

  it('rejects values that are not objects without throwing', () => {
    for (const value of [null, undefined, 42, 'text', () => 1]) {
      const result = validateRegulation(value);
      assert.equal(result.ok, false);
      assert.equal(result.issues[0]!.path, '$');
    }
    assert.equal(validateRegulation([]).ok, false);
  });

  it('reports two divisions with the same id', () => {
    const data = load();
    data.divisions[5]!.id = data.divisions[2]!.id;
    const result = validateRegulation(data);
    assert.equal(result.ok, false);
    assert.deepEqual(result.issues, [{ path: '$.divisions', message: 'must not give two divisions the same id' }]);
  });

  it('returns an issue, never throws, when reading the value throws', () => {
    const throwing = {
      get: () => {
        throw new Error('no access');
      },
      has: () => true,
    };
    const withGetter = Object.defineProperty(load(), 'agency', { get: throwing.get, enumerable: true });
    for (const value of [new Proxy({}, throwing), withGetter, new Proxy(load(), { get: throwing.get })]) {
      const result = validateRegulation(value);
      assert.equal(result.ok, false);
      assert.deepEqual(result.issues, [{ path: '$', message: 'could not be read: a property threw' }]);
    }
  });
});

describe('the published JSON Schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../dist/regulation.schema.json', import.meta.url), 'utf8')) as {
    $id: string;
    required: string[];
    properties: Record<string, unknown>;
  };

  it('carries its $id and the current schema version', () => {
    assert.equal(schema.$id, SCHEMA_ID);
    assert.deepEqual((schema.properties.schemaVersion as { enum: number[] }).enum, [SCHEMA_VERSION]);
  });

  it('is generated from the same schema as the validator', () => {
    for (const key of [
      'schemaVersion',
      'id',
      'title',
      'lang',
      'agency',
      'basis',
      'articles',
      'duties',
      'functionTransformation',
      'divisions',
      'leaders',
      'provenance',
    ]) {
      assert.ok(schema.required.includes(key), `${key} is required`);
    }
    for (const key of ['staffing', 'contacts', 'search']) {
      assert.ok(key in schema.properties && !schema.required.includes(key), `${key} is optional`);
    }
  });
});

describe('the validator under a strict CSP', () => {
  it('uses neither eval nor new Function', () => {
    const dist = new URL('../dist/', import.meta.url);
    const entry = readFileSync(new URL('validate.js', dist), 'utf8');
    const chunks = [...entry.matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) =>
      readFileSync(new URL(m[1]!, dist), 'utf8'),
    );
    for (const code of [entry, ...chunks]) {
      assert.doesNotMatch(code, /\bnew Function\b|\beval\s*\(/);
    }
  });
});
