/**
 * Generated agencies of any size, for the benchmarks and the tests of long lists. Node only (it
 * reads the built Dalian dataset).
 */
import { regulation as dalian } from '@sanding/datasets/dalian-stb/zh-Hans';

/**
 * An agency of `divisions` divisions and `duties` duties, made from the Dalian bureau's: each
 * division copies one of Dalian's (names numbered, responsibilities kept), each duty one of its
 * duties, carried out by one division in turn.
 */
export function generateAgency(divisions, duties) {
  const made = Array.from({ length: divisions }, (_, i) => {
    const model = dalian.divisions[i % dalian.divisions.length];
    const id = `sec_divisions__point_${i + 1}`;
    return {
      ...model,
      id,
      number: i + 1,
      name: `${model.name}${i + 1}`,
      citation: `内设机构(${i + 1})`,
      responsibilities: model.responsibilities.map((c, j) => ({ ...c, id: `${id}__clause_${j + 1}` })),
    };
  });
  return {
    ...dalian,
    id: `generated-${divisions}`,
    search: null,
    divisions: made,
    duties: Array.from({ length: duties }, (_, i) => ({
      ...dalian.duties[i % dalian.duties.length],
      id: `art_3__point_${i + 1}`,
      number: i + 1,
      citation: `第三条(${i + 1})`,
      divisions: [made[i % divisions].id],
    })),
  };
}
