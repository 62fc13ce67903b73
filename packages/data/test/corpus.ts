/**
 * The real-text corpus (fixtures/real/): each folder holds a text as an agency or a mirror
 * published it and the facts a reader counted by hand (expected.json; conventions in SOURCES.md).
 * Shared by the corpus test and by `scripts/corpus-score.ts`, which prints the score of any
 * folder of such texts.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

import type { Regulation } from '../src/model/types.js';
import { parseRegulation } from '../src/parser/index.js';
import { validateRegulation } from '../src/validate/index.js';

/** What a reader counts by hand in a text (see SOURCES.md for the conventions). */
export interface Expected {
  readonly agency: string | null;
  readonly duties: number | null;
  readonly functionTransformation: boolean;
  readonly dutyAdjustments: number | null;
  readonly divisions: readonly string[];
  readonly declaredDivisionCount: number | null;
  readonly administrativePosts: number | null;
  readonly leadershipPosts: readonly (readonly [string, number])[];
  readonly notice: { documentNumber: string | null; issuer: string | null; date: string | null } | null;
  readonly truncated: boolean;
}

/** One hand-counted fact: its name, what the reader counted, what the parser read. */
export interface Fact {
  readonly name: string;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly pass: boolean;
}

/** The folders of a corpus directory that hold a source.txt and an expected.json. */
export function corpusFolders(dir: URL): string[] {
  return readdirSync(dir)
    .filter((name) => existsSync(new URL(`${name}/expected.json`, dir)))
    .sort();
}

function fact(name: string, expected: unknown, actual: unknown): Fact {
  return { name, expected, actual, pass: JSON.stringify(expected) === JSON.stringify(actual) };
}

/**
 * The facts of one text. A duty count of null means the text has no itemised duties, so the
 * parser must find none; a null adjustment count means the counter could not decide (an
 * unnumbered paragraph), so it is not scored.
 */
export function facts(expected: Expected, r: Regulation): Fact[] {
  const out: Fact[] = [
    fact('agency', expected.agency, r.agency.name),
    fact('duties', expected.duties ?? 0, r.duties.length),
    fact('functionTransformation', expected.functionTransformation, r.functionTransformation !== null),
  ];
  if (expected.dutyAdjustments !== null) {
    out.push(fact('dutyAdjustments', expected.dutyAdjustments, r.dutyAdjustments?.length ?? 0));
  }
  const names = r.divisions.map((d) => d.name);
  out.push(fact('division count', expected.divisions.length, names.length));
  expected.divisions.forEach((name, i) => out.push(fact(`division ${i + 1}`, name, names[i] ?? null)));
  out.push(fact('declaredDivisionCount', expected.declaredDivisionCount, r.declaredDivisionCount ?? null));
  out.push(fact('administrativePosts', expected.administrativePosts, r.staffing?.administrativePosts ?? null));
  const posts = (r.staffing?.leadershipPosts ?? []).map((p) => [p.title, p.count]);
  out.push(fact('leadership post count', expected.leadershipPosts.length, posts.length));
  expected.leadershipPosts.forEach((post, i) => out.push(fact(`leadership post ${i + 1}`, post, posts[i] ?? null)));
  const notice = r.promulgation ?? null;
  if (expected.notice === null) out.push(fact('notice', null, notice));
  else {
    out.push(fact('notice documentNumber', expected.notice.documentNumber, notice?.documentNumber ?? null));
    out.push(fact('notice issuer', expected.notice.issuer, notice?.issuer ?? null));
    out.push(fact('notice date', expected.notice.date, notice?.date ?? null));
  }
  out.push(fact('truncated', expected.truncated, r.truncated === true));
  return out;
}

/**
 * The names counted by hand in a text (agency, divisions, leader posts, the notice's number and
 * issuer) that its source does not hold, whitespace aside (a name broken across a line is counted
 * joined). Counts cannot be checked this way; names can.
 */
function unwrittenNames(dir: URL, folder: string): string[] {
  const squeeze = (text: string): string => text.replace(/\s+/g, '');
  const text = squeeze(readFileSync(new URL(`${folder}/source.txt`, dir), 'utf8'));
  const expected = JSON.parse(readFileSync(new URL(`${folder}/expected.json`, dir), 'utf8')) as Expected;
  const names = [
    expected.agency,
    ...expected.divisions,
    ...expected.leadershipPosts.map(([post]) => post),
    expected.notice?.documentNumber,
    expected.notice?.issuer,
  ];
  return names.filter((name): name is string => typeof name === 'string' && !text.includes(squeeze(name)));
}

/**
 * The checks every text of a corpus directory gets, whatever its score: the names counted by hand
 * are written in it, and it parses into a valid regulation.
 */
export function testTexts(dir: URL): void {
  for (const folder of corpusFolders(dir)) {
    test(`${folder}: every name counted by hand is written in the text`, () => {
      assert.deepEqual(unwrittenNames(dir, folder), []);
    });

    test(`${folder}: parses into a valid regulation`, () => {
      const text = readFileSync(new URL(`${folder}/source.txt`, dir), 'utf8');
      const validation = validateRegulation(parseRegulation(text).regulation);
      assert.ok(validation.ok, JSON.stringify(validation.ok ? [] : validation.issues));
    });
  }
}

/** Parses every text of a corpus directory and scores it. */
export function scoreCorpus(dir: URL): { folder: string; facts: Fact[] }[] {
  return corpusFolders(dir).map((folder) => {
    const text = readFileSync(new URL(`${folder}/source.txt`, dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${folder}/expected.json`, dir), 'utf8')) as Expected;
    const { regulation } = parseRegulation(text, { id: folder.replace(/^\d+-/, '') });
    return { folder, facts: facts(expected, regulation) };
  });
}
