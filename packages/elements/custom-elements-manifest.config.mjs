/**
 * Configuration of `cem analyze --litelement`, which writes custom-elements.json from the
 * components' JSDoc (`@summary`, `@slot`, `@csspart`, `@cssprop`, `@fires`). The docs site's API
 * tables are generated from that file, so the JSDoc is the one place an API is described.
 *
 * Four small plugins teach the analyzer this package's conventions:
 * - tags are registered with `defineElement('sanding-…', Class)` (idempotent registration), not
 *   `customElements.define`, so the analyzer would not link a class to its tag name;
 * - events are typed classes with a static `eventName` (`new SandingErrorEvent(detail)`), so the
 *   analyzer would name an event after the constructor's argument;
 * - the `--sanding-*` tokens are documented with `@cssprop` on the shared styles constant
 *   (`baseStyles`), so each class gets the `@cssprop` tags of the styles it uses;
 * - internal reactive state is declared in `static properties` with `state: true` on a private
 *   field, which the analyzer would list as an attribute.
 */

/** @typedef {{ name: string, default?: string, description?: string }} CssProperty */

/** `defineElement('tag', ClassName)` calls: class name → tag, per module path. */
const definitions = [];
/** Styles constants documented with `@cssprop`: constant name → its tokens. */
const stylesTokens = new Map();
/** Identifiers each class's `static styles` refers to (constants and other classes). */
const stylesReferences = new Map();

/** Parses `[--name=default] - description` (the analyzer's own `@cssprop` syntax). */
function parseCssProp(text) {
  const trimmed = text.trim();
  const close = trimmed.startsWith('[') ? trimmed.indexOf(']') : -1;
  const head = close > 0 ? trimmed.slice(1, close) : (/^\S+/.exec(trimmed)?.[0] ?? '');
  const [name = '', fallback] = head.split(/=(.*)/s);
  if (!/^--[\w-]+$/.test(name)) return undefined;
  /** @type {CssProperty} */
  const property = { name };
  if (fallback !== undefined && fallback.trim() !== '') property.default = fallback.trim();
  const description = trimmed
    .slice(close > 0 ? close + 1 : head.length)
    .replace(/^\s*-/, '')
    .trim();
  if (description) property.description = description;
  return property;
}

function commentText(comment) {
  if (comment === undefined) return '';
  if (typeof comment === 'string') return comment;
  return comment.map((part) => part.text).join('');
}

/** Every identifier under a node (for `[...SandingElement.styles, contactCardStyles]`). */
function identifiers(ts, node, out = new Set()) {
  if (ts.isIdentifier(node)) out.add(node.text);
  ts.forEachChild(node, (child) => identifiers(ts, child, out));
  return out;
}

function defineElementPlugin() {
  return {
    name: 'sanding-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isIdentifier(callee) || callee.text !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
      definitions.push({ modulePath: moduleDoc.path, tagName: tag.text, className: constructor.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer reads `customElements.define(tag, constructor)` inside defineElement itself
      // as a definition of a tag named "tag": a custom element name always has a hyphen.
      for (const mod of customElementsManifest.modules) {
        if (mod.exports)
          mod.exports = mod.exports.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
      for (const { modulePath, tagName, className } of definitions) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.kind !== 'class' || declaration.name !== className) continue;
            declaration.tagName = tagName;
            declaration.customElement = true;
          }
        }
        const defineModule = customElementsManifest.modules.find((mod) => mod.path === modulePath);
        const classModule = customElementsManifest.modules.find((mod) =>
          (mod.declarations ?? []).some((d) => d.kind === 'class' && d.name === className),
        );
        if (defineModule && classModule) {
          defineModule.exports ??= [];
          if (!defineModule.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tagName)) {
            defineModule.exports.push({
              kind: 'custom-element-definition',
              name: tagName,
              declaration: { name: className, module: classModule.path },
            });
          }
        }
      }
    },
  };
}

function typedEventsPlugin() {
  return {
    name: 'sanding-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      // Event classes: a static `eventName` field whose default is a string literal.
      const eventNames = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const field = (declaration.members ?? []).find((m) => m.static && m.name === 'eventName');
          const literal = field?.default && /^['"`](.+)['"`]$/.exec(field.default);
          if (literal) eventNames.set(declaration.name, literal[1]);
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const byName = new Map();
          for (const event of declaration.events) {
            const typeName = event.type?.text;
            const name = typeName && eventNames.has(typeName) ? eventNames.get(typeName) : event.name;
            const seen = byName.get(name);
            // `@fires name - description` and the dispatched class describe the same event:
            // keep one entry, with the description of the first and the type of either.
            const merged = { ...event, ...seen, name };
            const type = seen?.type ?? event.type;
            const description = seen?.description ?? event.description;
            if (type) merged.type = type;
            if (description) merged.description = description;
            if (seen && (!seen.inheritedFrom || !event.inheritedFrom)) delete merged.inheritedFrom;
            byName.set(name, merged);
          }
          declaration.events = [...byName.values()];
        }
      }
    },
  };
}

function stylesTokensPlugin() {
  return {
    name: 'sanding-styles-tokens',
    analyzePhase({ ts, node }) {
      // const baseStyles = css`…` with @cssprop tags in its JSDoc.
      if (ts.isVariableStatement(node)) {
        const tags = ts.getJSDocTags(node).filter((t) => ['cssprop', 'cssproperty'].includes(t.tagName.text));
        if (tags.length === 0) return;
        const tokens = tags.map((t) => parseCssProp(commentText(t.comment))).filter(Boolean);
        for (const declaration of node.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) stylesTokens.set(declaration.name.text, tokens);
        }
        return;
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const refs = new Set();
        for (const member of node.members) {
          const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          if (!isStatic || !member.name || !ts.isIdentifier(member.name) || member.name.text !== 'styles') continue;
          if (member.initializer) identifiers(ts, member.initializer, refs);
        }
        const superclass = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]
          ?.expression;
        stylesReferences.set(node.name.text, {
          refs,
          superclass: superclass && ts.isIdentifier(superclass) ? superclass.text : undefined,
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      /** The tokens a class's styles use, following `SandingElement.styles` and superclasses. */
      const tokensOf = (className, seen = new Set()) => {
        if (seen.has(className)) return [];
        seen.add(className);
        const entry = stylesReferences.get(className);
        if (!entry) return [];
        const refs = entry.refs.size > 0 ? [...entry.refs] : entry.superclass ? [entry.superclass] : [];
        return refs.flatMap((ref) => stylesTokens.get(ref) ?? tokensOf(ref, seen));
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const tokens = tokensOf(declaration.name);
          if (tokens.length === 0) continue;
          const own = declaration.cssProperties ?? [];
          const names = new Set(own.map((p) => p.name));
          declaration.cssProperties = [...own, ...tokens.filter((t) => !names.has(t.name)).map((t) => ({ ...t }))];
        }
      }
    },
  };
}

function privateStatePlugin() {
  return {
    name: 'sanding-private-state',
    packageLinkPhase({ customElementsManifest }) {
      // A private or protected field is never an attribute: `openIds: { state: true }` and the like.
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.attributes) continue;
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
              .map((m) => m.name),
          );
          declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementPlugin(), typedEventsPlugin(), stylesTokensPlugin(), privateStatePlugin()],
};
