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
