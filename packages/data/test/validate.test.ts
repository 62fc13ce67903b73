import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { READABLE_SCHEMA_VERSIONS, SCHEMA_ID, SCHEMA_VERSION } from '../src/model/constants.js';
import { mergeRegulation } from '../src/merge.js';
import type { RegulationV1 } from '../src/model/types.js';
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

describe('files of schema 1, as portals host them', () => {
  // The Dalian dataset as it was published before schema 2 (agency names could not be null).
  const hosted = (): RegulationV1 =>
    JSON.parse(
      readFileSync(new URL('./fixtures/schema-1/dalian-stb.zh-Hant.json', import.meta.url), 'utf8'),
    ) as RegulationV1;

  it('validates a schema-1 file and reads it as schema 2, nothing else changed', () => {
    const result = validateRegulation(hosted());
    assert.deepEqual(result.issues, []);
    assert.equal(result.regulation?.schemaVersion, 2);
    assert.deepEqual({ ...result.regulation, schemaVersion: 1 }, hosted());
  });

  it('merges a portal overlay over a schema-1 file into a valid schema-2 regulation', () => {
    const merged = mergeRegulation(hosted(), {
      contacts: [{ phone: { value: '0411-12345678', source: { title: 'Our website' } } }],
    });
    assert.equal(merged.schemaVersion, 2);
    assert.equal(merged.agency.name, '大連市科學技術局');
    assert.ok(validateRegulation(merged).ok);
  });

  it('refuses a version it does not know', () => {
    assert.equal(validateRegulation({ ...hosted(), schemaVersion: 3 }).ok, false);
  });
});

describe('the published JSON Schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../dist/regulation.schema.json', import.meta.url), 'utf8')) as {
    $id: string;
    required: string[];
    properties: Record<string, unknown>;
  };

  it('carries its $id and the versions a reader accepts', () => {
    assert.equal(schema.$id, SCHEMA_ID);
    assert.deepEqual((schema.properties.schemaVersion as { enum: number[] }).enum, [...READABLE_SCHEMA_VERSIONS]);
    assert.equal(READABLE_SCHEMA_VERSIONS.at(-1), SCHEMA_VERSION);
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
