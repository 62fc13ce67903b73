import type { Regulation } from '@sanding/data';
import { regulation as dalianHans } from '@sanding/datasets/dalian-stb/zh-Hans';
import { regulation as dalianHant } from '@sanding/datasets/dalian-stb/zh-Hant';

export { dalianHans, dalianHant };

/** A deep copy, for tests that change data. */
export function copy(regulation: Regulation): Regulation {
  return JSON.parse(JSON.stringify(regulation)) as Regulation;
}

/** The Dalian data with hostile strings in every field a component shows. */
export function hostile(): Regulation {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const r = copy(dalianHans);
  r.agency.name = `${payload}局`;
  r.agency.alsoKnownAs = [payload];
  r.divisions[0]!.name = `${payload}处`;
  r.divisions[0]!.responsibilities[0]!.text = payload;
  r.leaders[0]!.name = payload;
  r.contacts = [
    {
      website: { value: 'javascript:window.__pwned=1', source: { title: payload, url: 'javascript:alert(1)' } },
      phone: { value: payload, source: { title: payload } },
    },
  ];
  return r;
}

/**
 * An agency of `count` divisions made from the Dalian bureau's (names numbered, responsibilities
 * kept), for the tests of long lists.
 */
export function manyDivisions(count: number): Regulation {
  const r = copy(dalianHans);
  const models = r.divisions;
  r.id = `generated-${count}`;
  r.duties = [];
  r.divisions = Array.from({ length: count }, (_, i) => {
    const model = models[i % models.length]!;
    const id = `div_${i + 1}`;
    return {
      ...model,
      id,
      name: `${model.name}${i + 1}`,
      responsibilities: model.responsibilities.map((c, j) => ({ ...c, id: `${id}__clause_${j + 1}` })),
    };
  });
  return r;
}
