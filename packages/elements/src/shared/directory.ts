/** A directory as other components see it: any element with an `open(divisionId)` method. */
interface DirectoryLike extends HTMLElement {
  open?: (divisionId: string) => unknown;
}

/** The element `id` names: in `from`'s tree scope first, then the document. */
export function findDirectory(from: Element, id: string | undefined): DirectoryLike | undefined {
  if (!id) return undefined;
  const root = from.getRootNode() as Document | ShadowRoot;
  return ((root.getElementById?.(id) ?? document.getElementById(id)) as DirectoryLike | null) ?? undefined;
}

/**
 * Opens a division in the directory `id` names. True when there was a directory with an
 * `open` method to ask. A portal's own element may misbehave: nothing it throws or rejects
 * reaches the host page.
 */
export function openInDirectory(from: Element, id: string | undefined, divisionId: string): boolean {
  const directory = findDirectory(from, id);
  if (!directory || typeof directory.open !== 'function') return false;
  try {
    void Promise.resolve(directory.open(divisionId)).catch(() => undefined);
  } catch {
    // Ignored: see above.
  }
  return true;
}
