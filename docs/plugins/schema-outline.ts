/**
 * Renders the published JSON Schema (`@sanding/data/regulation.schema.json`) as TypeScript-style
 * declarations, one per object shape, so the data-model page always shows the schema that ships.
 * Type names follow the model's (types.ts); a shape that occurs twice is declared once.
 */
import { escapeHtml } from './html.ts';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
interface Schema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema | readonly Schema[];
  readonly prefixItems?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly enum?: readonly Json[];
  readonly const?: Json;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, Schema>>;
  readonly description?: string;
  readonly pattern?: string;
  readonly format?: string;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** The model's name for the shape under each property (see packages/data/src/model/types.ts). */
const NAMES: Readonly<Record<string, string>> = {
  agency: 'Agency',
  nameEn: 'EnglishName',
  basis: 'Basis',
  duties: 'Duty',
  functionTransformation: 'FunctionTransformation',
  divisions: 'Division',
  responsibilities: 'Clause',
  leaders: 'Leader',
  source: 'Source',
  staffing: 'Staffing',
  leadershipPosts: 'LeadershipPost',
  contacts: 'Contact',
  address: 'SourcedText',
  phone: 'SourcedText',
  email: 'SourcedText',
  website: 'SourcedText',
  hours: 'SourcedText',
  provenance: 'Provenance',
  conversion: 'Conversion',
  search: 'SearchAids',
  folding: 'Folding',
};

const pascal = (key: string): string => key.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase());

export function renderSchemaOutline(schema: Schema, rootName = 'Regulation'): string {
  const declared = new Map<string, string>(); // structure → name
  const names = new Set<string>();
  const blocks: string[] = [];

  const refName = (ref: string): string => ref.replace(/^#\/\$defs\//, '');

  function nameFor(key: string, parentName: string, shape: Schema): string {
    const signature = JSON.stringify(shape);
    const existing = declared.get(signature);
    if (existing) return existing;
    let name = NAMES[key] ?? pascal(key);
    if (names.has(name)) name = `${parentName}${name}`;
    names.add(name);
    declared.set(signature, name);
    // Reserve the place first, so a shape is declared before the shapes inside it.
    const index = blocks.push('') - 1;
    blocks[index] = declare(name, shape);
    return name;
  }

  function typeOf(shape: Schema, key: string, parentName: string): string {
    if (shape.$ref) return refName(shape.$ref);
    if (shape.const !== undefined) return JSON.stringify(shape.const);
    if (shape.enum) return shape.enum.map((v) => JSON.stringify(v)).join(' | ');
    const variants = shape.anyOf ?? shape.oneOf;
    if (variants) return variants.map((v) => typeOf(v, key, parentName)).join(' | ');
    const type = Array.isArray(shape.type) ? shape.type : [shape.type];
    if (type.includes('object') && shape.properties) return nameFor(key, parentName, shape);
    if (type.includes('array')) {
      if (shape.prefixItems) return `[${shape.prefixItems.map((s) => typeOf(s, key, parentName)).join(', ')}]`;
      if (Array.isArray(shape.items))
        return `[${shape.items.map((s: Schema) => typeOf(s, key, parentName)).join(', ')}]`;
      const inner = shape.items ? typeOf(shape.items as Schema, key, parentName) : 'unknown';
      return inner.includes('|') ? `(${inner})[]` : `${inner}[]`;
    }
    if (type.includes('integer')) return 'number';
    if (type.includes('null') && type.length === 1) return 'null';
    return (type.filter(Boolean) as string[]).join(' | ') || 'unknown';
  }

  function constraints(shape: Schema): string {
    const notes: string[] = [];
    const inner = shape.anyOf?.find((s) => s.type !== 'null') ?? shape;
    if (inner.type === 'integer') notes.push('integer');
    if (inner.minimum !== undefined) notes.push(`≥ ${inner.minimum}`);
    if (inner.minLength !== undefined) notes.push(inner.minLength === 1 ? 'not empty' : `≥ ${inner.minLength} chars`);
    if (inner.format) notes.push(inner.format);
    if (inner.pattern) notes.push(`matches ${inner.pattern}`);
    return notes.length > 0 ? ` // ${notes.join(', ')}` : '';
  }

  function declare(name: string, shape: Schema): string {
    const required = new Set(shape.required ?? []);
    const lines = Object.entries(shape.properties ?? {}).map(([key, property]) => {
      const doc = property.description ? `  /** ${property.description} */\n` : '';
      const optional = required.has(key) ? '' : '?';
      return `${doc}  ${/^[A-Z_$][\w$]*$/i.test(key) ? key : JSON.stringify(key)}${optional}: ${typeOf(property, key, name)};${constraints(property)}`;
    });
    const doc = shape.description ? `/** ${shape.description} */\n` : '';
    return `${doc}interface ${name} {\n${lines.join('\n')}\n}`;
  }

  // The root first, then the shapes in the order they are met, then the recursive definitions.
  names.add(rootName);
  blocks.push('');
  blocks[0] = declare(rootName, schema);
  for (const [name, definition] of Object.entries(schema.$defs ?? {})) {
    names.add(name);
    const index = blocks.push('') - 1;
    blocks[index] = declare(name, definition);
  }
  return `<pre class="code" data-language="ts" tabindex="0"><code>${escapeHtml(blocks.join('\n\n'))}</code></pre>`;
}
