/**
 * The engine built in slices: a few milliseconds of `buildLookup`'s steps at a time, with a pause
 * between slices in which the page handles input and renders, so that a large dataset's build
 * never holds the main thread for long (docs/decisions/prebuilt-index.md).
 */
import type { Regulation } from '../model/types.js';
import { buildLookup } from './index.js';
import type { Lookup, LookupOptions } from './types.js';

export interface SliceOptions {
  /** How long a slice runs before it pauses, in ms (default 8). One step may run over it. */
  readonly sliceMs?: number;
  /**
   * Waits between two slices (default: a timer task). A page may wait for the browser to be idle;
   * a test or a benchmark may count the slices.
   */
  readonly pause?: () => Promise<unknown>;
}

/** A timer, which every runtime the package runs in has (the package takes no DOM or Node types). */
declare function setTimeout(task: () => void, ms: number): unknown;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Builds the engine for regulations in slices of `sliceMs`, pausing between them; resolves with
 * an engine that finds exactly what `createLookup`'s does. Rejects where `createLookup` throws.
 */
export async function createLookupInSlices(
  regulations: Regulation | readonly Regulation[],
  options: LookupOptions & SliceOptions = {},
): Promise<Lookup> {
  const { sliceMs = 8, pause = nextTask } = options;
  const build = buildLookup(regulations, options);
  for (;;) {
    const end = Date.now() + sliceMs;
    do {
      const { value } = build.next();
      if (value) return value;
    } while (Date.now() < end);
    await pause();
  }
}
