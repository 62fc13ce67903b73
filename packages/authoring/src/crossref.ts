/**
 * The duty → division cross-reference, as the lookup engine proposes it. An authoring aid: a
 * reviewed file (each dataset's crossref.json in @sanding/datasets) is the truth and may override
 * the proposal; `pnpm --filter @sanding/datasets crossref` prints where they differ.
 */
import { createLookup, type Regulation } from '@sanding/data';

/** Duty id → the ids of the divisions whose responsibilities carry it out. */
export type CrossReference = Record<string, string[]>;

/** IDF-weighted share of a phrase's character pairs that a clause must contain to carry it out. */
const CONTAINMENT = 0.6;

const pairs = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? [])
    for (let i = 1; i < run.length; i++) out.add(run.slice(i - 1, i + 1));
  return out;
};

/**
 * For each duty, each phrase (split at 。；,) is looked up among the divisions'
 * responsibilities (duties and any existing cross-reference ignored). A division is proposed
 * when one of its three best clauses contains most of the phrase: at least 60% of its
 * character pairs, each weighted by its IDF over all clauses, so that boilerplate (擬訂, 組織實施)
 * counts little. Divisions are listed in the regulation's order.
 */
export function proposeCrossReference(regulation: Regulation): CrossReference {
  const lookup = createLookup({ ...regulation, duties: [] });
  const clauses = regulation.divisions.flatMap((d) => d.responsibilities.map((c) => pairs(c.text)));
  const idf = (pair: string): number => Math.log(1 + clauses.length / (1 + clauses.filter((c) => c.has(pair)).length));
  const order = regulation.divisions.map((d) => d.id);
  const out: CrossReference = {};
  for (const duty of regulation.duties) {
    const found = new Set<string>();
    for (const phrase of duty.text.split(/[。；;,，]/)) {
      const wanted = [...pairs(phrase)];
      if (wanted.length < 3) continue;
      const whole = wanted.reduce((s, p) => s + idf(p), 0);
      for (const result of lookup.search(phrase, { limit: 3 })) {
        const has = new Set(result.clauses.flatMap((c) => [...pairs(c.text)]));
        if (wanted.reduce((s, p) => s + (has.has(p) ? idf(p) : 0), 0) >= CONTAINMENT * whole)
          found.add(result.division.id);
      }
    }
    out[duty.id] = order.filter((id) => found.has(id));
  }
  return out;
}
