import { setViewport } from '@web/test-runner-commands';

/**
 * Puts back what a component test may change on the shared test page: the URL hash (deep
 * links), the viewport (phone-width tests) and the session's storage (a directory's remembered
 * open divisions). Call inside a `describe`.
 */
export function restorePageStateAfterEach(): void {
  let hash: string;
  beforeEach(() => {
    hash = location.hash;
    // Also before: a directory of the last test may write its state once its panel module loads.
    sessionStorage.clear();
  });
  afterEach(async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });
}
