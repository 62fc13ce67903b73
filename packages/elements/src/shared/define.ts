declare const __SANDING_VERSION__: string;

/** The version of this copy of @sanding/elements (set at build time). */
export const VERSION: string = typeof __SANDING_VERSION__ === 'string' ? __SANDING_VERSION__ : 'dev';

/**
 * Registers a custom element once. Portals do load two copies of a widget: when the tag is
 * already taken, this warns, naming both versions, and keeps the first definition instead of
 * throwing.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor & { readonly version?: string },
): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { readonly version?: string }) | undefined;
  if (existing === undefined) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  console.warn(
    `[sanding] <${tag}> is already defined by @sanding/elements ${existing.version ?? 'unknown version'}; ` +
      `this copy (${VERSION}) is not registered. Load one copy of the bundle per page.`,
  );
}
