/**
 * Renders a component's API tables from custom-elements.json (written by `cem analyze
 * --litelement` from the components' JSDoc). Nothing here describes an API by hand: a component
 * whose JSDoc is not written yet gets empty tables, which fill in at the next build.
 */
import { escapeHtml, inlineMarkdown, markdownBlock, table } from './html.ts';

/** The parts of the Custom Elements Manifest schema (1.0) that the tables read. */
interface Described {
  readonly name: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated?: boolean | string;
}
interface TypeRef {
  readonly text: string;
}
interface Inherited {
  readonly inheritedFrom?: { readonly name: string };
}
interface Attribute extends Described, Inherited {
  readonly type?: TypeRef;
  readonly default?: string;
  readonly fieldName?: string;
}
interface Field extends Described, Inherited {
  readonly kind: 'field';
  readonly type?: TypeRef;
  readonly default?: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly attribute?: string;
}
interface Method extends Described, Inherited {
  readonly kind: 'method';
  readonly static?: boolean;
  readonly privacy?: 'public' | 'private' | 'protected';
  readonly parameters?: readonly (Described & { readonly type?: TypeRef; readonly optional?: boolean })[];
  readonly return?: { readonly type?: TypeRef; readonly description?: string };
}
interface Event extends Inherited {
  readonly name?: string;
  readonly type?: TypeRef;
  readonly description?: string;
}
interface CssProperty extends Described {
  readonly default?: string;
  readonly syntax?: string;
}
export interface Declaration extends Described {
  readonly kind: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly superclass?: { readonly name: string };
  readonly attributes?: readonly Attribute[];
  readonly members?: readonly (Field | Method)[];
  readonly events?: readonly Event[];
  readonly slots?: readonly Described[];
  readonly cssParts?: readonly Described[];
  readonly cssProperties?: readonly CssProperty[];
}
export interface Manifest {
  readonly schemaVersion: string;
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[] }[];
}

/** The class every component extends; its API is what all four share. */
export const SHARED_BASE = 'SandingElement';

export function findClass(manifest: Manifest, predicate: (d: Declaration) => boolean): Declaration | undefined {
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind === 'class' && predicate(declaration)) return declaration;
    }
  }
  return undefined;
}

const code = (text: string | undefined): string => (text ? `<code>${escapeHtml(text)}</code>` : '');
const describe = (item: { readonly description?: string; readonly deprecated?: boolean | string }): string =>
  (item.deprecated
    ? `<strong>Deprecated.</strong> ${typeof item.deprecated === 'string' ? inlineMarkdown(item.deprecated) : ''} `
    : '') + inlineMarkdown(item.description?.replace(/\s*\n\s*/g, ' ') ?? '');
const shared = (item: Inherited): string =>
  item.inheritedFrom?.name === SHARED_BASE ? ' <span class="tag" title="Shared by every component">shared</span>' : '';
const isPublic = (m: { readonly privacy?: string; readonly static?: boolean; readonly name: string }): boolean =>
  !m.static &&
  (m.privacy === undefined || m.privacy === 'public') &&
  !m.name.startsWith('#') &&
  !m.name.startsWith('_');

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}">\n<h3 id="${id}">${escapeHtml(title)}</h3>\n${body}\n</section>`;
}

function tableOrNone(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  none: string,
): string {
  return rows.length > 0 ? table(caption, headers, rows) : `<p class="none">${escapeHtml(none)}</p>`;
}

/** The API section of one component page: its JSDoc description, then one table per kind. */
export function renderApi(manifest: Manifest, tagName: string): string {
  const element = findClass(manifest, (d) => d.tagName === tagName);
  if (!element) {
    return `<p class="notice">The API of <code>&lt;${escapeHtml(tagName)}&gt;</code> is not in
custom-elements.json yet. The tables appear here once the component's class carries its JSDoc and
<code>pnpm build</code> has run.</p>`;
  }
  const prefix = `api-${tagName}`;
  const members = element.members ?? [];
  const fields = members.filter((m): m is Field => m.kind === 'field' && isPublic(m));
  const methods = members.filter((m): m is Method => m.kind === 'method' && isPublic(m) && !m.inheritedFrom);
  const base = findClass(manifest, (d) => d.name === SHARED_BASE);
  const sharedTokens = new Set((base?.cssProperties ?? []).map((p) => p.name));
  const ownTokens = (element.cssProperties ?? []).filter((p) => !sharedTokens.has(p.name));

  const attributes = (element.attributes ?? []).map((a) => [
    code(a.name) + shared(a),
    code(a.fieldName),
    code(a.type?.text),
    code(a.default),
    describe(a),
  ]);
  const properties = fields.map((f) => [
    code(f.name) + shared(f) + (f.readonly ? ' <span class="tag">read-only</span>' : ''),
    code(f.attribute),
    code(f.type?.text),
    code(f.default),
    describe(f),
  ]);
  const methodRows = methods.map((m) => [
    code(
      `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})`,
    ),
    code(m.return?.type?.text ?? 'void'),
    describe(m),
  ]);
  const events = (element.events ?? [])
    .filter((e) => e.name)
    .map((e) => [code(e.name) + shared(e), code(e.type?.text), describe(e)]);
  const slots = (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', describe(s)]);
  const parts = (element.cssParts ?? []).map((p) => [code(p.name), describe(p)]);
  const tokens = ownTokens.map((p) => [code(p.name), code(p.default), describe(p)]);
  const tag = `&lt;${escapeHtml(tagName)}&gt;`;

  return [
    element.summary ? `<p class="lead">${inlineMarkdown(element.summary)}</p>` : '',
    markdownBlock(element.description),
    section(
      `${prefix}-attributes`,
      'Attributes',
      tableOrNone(
        `Attributes of ${tagName}`,
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes,
        'No attributes.',
      ),
    ),
    section(
      `${prefix}-properties`,
      'Properties',
      tableOrNone(
        `Properties of ${tagName}`,
        ['Property', 'Attribute', 'Type', 'Default', 'Description'],
        properties,
        'No properties.',
      ),
    ),
    methodRows.length > 0
      ? section(
          `${prefix}-methods`,
          'Methods',
          table(`Methods of ${tagName}`, ['Method', 'Returns', 'Description'], methodRows),
        )
      : '',
    section(
      `${prefix}-events`,
      'Events',
      tableOrNone(`Events of ${tagName}`, ['Event', 'Class', 'Description'], events, 'No events.'),
    ),
    section(
      `${prefix}-slots`,
      'Slots',
      tableOrNone(`Slots of ${tagName}`, ['Slot', 'Description'], slots, 'No slots.'),
    ),
    section(
      `${prefix}-parts`,
      'CSS parts',
      tableOrNone(`CSS parts of ${tagName}`, ['Part', 'Description'], parts, 'No parts.'),
    ),
    section(
      `${prefix}-tokens`,
      'CSS custom properties',
      (tokens.length > 0
        ? table(`CSS custom properties of ${tagName}`, ['Property', 'Default', 'Description'], tokens)
        : `<p class="none">No properties of its own.</p>`) +
        `\n<p>${tag} also reads every shared <code>--sanding-*</code> token: see <a href="./theming.html#tokens">Theming</a>.</p>`,
    ),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The shared design tokens, documented once on the base class's styles. */
export function renderTokens(manifest: Manifest): string {
  const base = findClass(manifest, (d) => d.name === SHARED_BASE);
  const rows = (base?.cssProperties ?? []).map((p) => [code(p.name), code(p.default), describe(p)]);
  return tableOrNone(
    'Shared CSS custom properties (every component)',
    ['Property', 'Default', 'Description'],
    rows,
    'The tokens are not in custom-elements.json yet.',
  );
}

/** One row per component: tag, summary, link to its page. */
export function renderComponentList(
  manifest: Manifest | undefined,
  pages: readonly { readonly file: string; readonly tag?: string; readonly nav: string }[],
): string {
  const rows = pages
    .filter((p) => p.tag)
    .map((p) => {
      const element = manifest && findClass(manifest, (d) => d.tagName === p.tag);
      return [
        `<a href="./${escapeHtml(p.file)}"><code>&lt;${escapeHtml(p.tag ?? '')}&gt;</code></a>`,
        inlineMarkdown(element?.summary ?? p.nav),
      ];
    });
  return table('The components', ['Element', 'What it shows'], rows);
}
