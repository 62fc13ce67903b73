/**
 * Prints, for a reviewer, where the lookup engine's proposed duty → division cross-reference
 * differs from each dataset's reviewed sources/<id>/crossref.json (read against the built
 * zh-Hant data). Differences are for a person to judge: the reviewed file stays the truth.
 *
 * Run: `pnpm --filter @sanding/datasets crossref` after `pnpm build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Regulation } from '@sanding/data';
import { proposeCrossReference, type CrossReference } from '@sanding/authoring';

const sources = fileURLToPath(new URL('../sources/', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

for (const id of readdirSync(sources).filter((name) => existsSync(`${sources}${name}/crossref.json`))) {
  const reviewed = JSON.parse(readFileSync(`${sources}${id}/crossref.json`, 'utf8')) as CrossReference;
  const regulation = JSON.parse(readFileSync(`${dist}${id}/zh-Hant.json`, 'utf8')) as Regulation;
  const proposed = proposeCrossReference(regulation);
  const name = new Map(regulation.divisions.map((d) => [d.id, d.name]));
  const label = (ids: readonly string[]): string => ids.map((d) => name.get(d) ?? d).join('、') || '(none)';
  let differences = 0;
  for (const duty of regulation.duties) {
    const mine = proposed[duty.id] ?? [];
    const truth = reviewed[duty.id] ?? [];
    if (mine.join() === truth.join()) continue;
    differences++;
    console.log(`${id} ${duty.citation} ${duty.text.slice(0, 24)}…: reviewed ${label(truth)}; proposed ${label(mine)}`);
  }
  console.log(`${id}: ${differences} of ${regulation.duties.length} duties differ from the proposal`);
}
