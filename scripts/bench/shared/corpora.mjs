/**
 * Corpora the benchmarks share. Lives apart from scripts/bench/*.mjs, which `pnpm bench` runs
 * each as a benchmark.
 */

/** A seeded PRNG (mulberry32), so every run synthesises the same corpus. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `clauses` clauses (30,000 at province scale) across synthetic agencies, from a real regulation:
 * each clause recombines two to four phrases of its clauses and duties; each agency has 5–11
 * divisions named after its own, 2–5 clauses each.
 */
export function synthesise(base, clauses) {
  const rnd = random(20180);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const phrases = [
    ...base.divisions.flatMap((d) => d.responsibilities.map((c) => c.text)),
    ...base.duties.map((d) => d.text),
  ]
    .flatMap((t) => t.split(/[,，;；。、]/))
    .filter((p) => p.length >= 4);
  const cities = [
    '瀋陽',
    '鞍山',
    '撫順',
    '本溪',
    '丹東',
    '錦州',
    '營口',
    '阜新',
    '遼陽',
    '盤錦',
    '鐵嶺',
    '朝陽',
    '葫蘆島',
    '莊河',
    '瓦房店',
  ];
  const bureaus = [
    '科學技術局',
    '工業和信息化局',
    '農業農村局',
    '教育局',
    '衛生健康委員會',
    '生態環境局',
    '商務局',
    '人力資源和社會保障局',
  ];
  const regulations = [];
  let count = 0;
  for (let k = 0; count < clauses; k++) {
    const name = `${cities[k % cities.length]}市${bureaus[Math.floor(k / cities.length) % bureaus.length]}第${k + 1}分局`;
    const divisions = [];
    const n = 5 + Math.floor(rnd() * 7);
    for (let i = 1; i <= n && count < clauses; i++) {
      const model = pick(base.divisions);
      const id = `sec_divisions__point_${i}`;
      const responsibilities = [];
      const m = 2 + Math.floor(rnd() * 4);
      for (let j = 1; j <= m && count < clauses; j++, count++) {
        const parts = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(phrases));
        responsibilities.push({
          id: `${id}__clause_${j}`,
          citation: `內設機構(${i})第${j}句`,
          text: `${parts.join(',')}。`,
        });
      }
      divisions.push({ ...model, id, number: i, citation: `內設機構(${i})`, responsibilities });
    }
    regulations.push({
      ...base,
      id: `synthetic-${k + 1}`,
      title: name,
      agency: { ...base.agency, name },
      duties: [],
      functionTransformation: null,
      divisions,
    });
  }
  return regulations;
}
