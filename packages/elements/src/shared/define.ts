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
  if (existing === undefined) customElements.define(tag, constructor);
  else if (existing !== constructor)
    void import('./duplicate.js').then(
      (module) => module.warnDuplicate(tag, existing.version, VERSION),
      () => undefined, // A warning that cannot load is not worth an error.
    );
}
