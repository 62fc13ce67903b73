/**
 * Resolves once the browser has painted what is on screen now: in a task after the next frame.
 * Where no frame comes (a hidden page), 100 ms after the end of this task: a long
 * render in it does not use them up.
 */
export const painted = (): Promise<void> =>
  new Promise((done) => {
    globalThis.requestAnimationFrame?.(() => setTimeout(done));
    setTimeout(() => setTimeout(done, 100));
  });

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` after a paint (see `painted`), once every turn asked for before has had its own;
 * the next turn waits for a paint after it. The components of a page take turns to render (their
 * first render, then the data they load; a long list's next chunk), one a paint, so that no task
 * holds them all (docs/decisions/components-take-turns.md).
 */
export function turn(task: () => unknown): Promise<unknown> {
  const mine = queue.then(painted).then(task);
  // A task that throws rejects its own turn, not those after it.
  queue = mine.catch(() => undefined);
  return mine;
}
