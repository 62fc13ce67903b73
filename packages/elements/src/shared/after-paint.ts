/**
 * Resolves once the browser has painted what is on screen now: in a task after the next frame,
 * or after 100 ms where no frame comes (a hidden page, a server).
 */
export const painted = (): Promise<void> =>
  new Promise((done) => {
    globalThis.requestAnimationFrame?.(() => setTimeout(done));
    setTimeout(done, 100);
  });

let queue: Promise<void> = Promise.resolve();

/**
 * Resolves after a paint, once every turn asked for before has had its own. The components of a
 * page take turns to render (their first render, then the data they load; a long list's next
 * chunk), one a paint, so that no task holds them all (docs/decisions/components-take-turns.md).
 */
export const turn = (): Promise<void> => (queue = queue.then(painted));
