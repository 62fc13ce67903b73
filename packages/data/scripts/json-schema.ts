/** Generates dist/regulation.schema.json from the Valibot schema: the one source of truth. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { SCHEMA_ID } from '../src/model/constants.js';
import { ProvisionSchema, RegulationSchema, UNIQUE_IDS } from '../src/model/schema.js';

const schema = toJsonSchema(RegulationSchema, {
  definitions: { Provision: ProvisionSchema },
  errorMode: 'throw',
  // schema.ts checks counts with one `check` (smaller than integer + minValue in the lazily
  // loaded validator); its message names the minimum: "must be a whole number ≥ 1". The other
  // check, unique division ids, has no JSON Schema keyword: it becomes a description.
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction.type !== 'check') return undefined;
    const { message } = valibotAction as { message?: unknown };
    if (message === UNIQUE_IDS) return { ...jsonSchema, description: 'Each division has its own id.' };
    const minimum = /≥ (\d+)$/.exec(String(message))?.[1];
    return minimum === undefined ? undefined : { ...jsonSchema, type: 'integer', minimum: Number(minimum) };
  },
});
const out = { ...schema, $id: SCHEMA_ID, title: 'Regulation (三定规定)' };
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/regulation.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log('wrote dist/regulation.schema.json');
