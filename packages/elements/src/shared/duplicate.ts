/**
 * The warning for a second copy of the bundle (see `defineElement`), in a module of its own:
 * pages that load one copy never download it.
 */
export function warnDuplicate(tag: string, registered: string | undefined, copy: string): void {
  console.warn(
    `[sanding] <${tag}> is already defined by @sanding/elements ${registered ?? 'unknown version'}; ` +
      `this copy (${copy}) is not registered. Load one copy of the bundle per page.`,
  );
}
