import { setViewport } from '@web/test-runner-commands';

/**
 * Puts back what a component test may change on the shared test page: the URL hash (deep
 * links) and the viewport (phone-width tests). Call inside a `describe`.
 */
export function restorePageStateAfterEach(): void {
  let hash: string;
  beforeEach(() => {
    hash = location.hash;
  });
  afterEach(async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    await setViewport({ width: 800, height: 600 });
  });
}
