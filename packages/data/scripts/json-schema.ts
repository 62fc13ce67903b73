/** Generates dist/regulation.schema.json from the Valibot schema: the one source of truth. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { SCHEMA_ID } from '../src/model/constants.js';
import { ProvisionSchema, RegulationSchema } from '../src/model/schema.js';

const schema = toJsonSchema(RegulationSchema, {
  definitions: { Provision: ProvisionSchema },
  errorMode: 'throw',
});
const out = { ...schema, $id: SCHEMA_ID, title: 'Regulation (三定规定)' };
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/regulation.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log('wrote dist/regulation.schema.json');
