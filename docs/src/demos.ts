/**
 * The demos that need a few lines of script: an event log, and a portal merging its own
 * contacts over hosted data. Each is the code a portal would write, using published entry points.
 */
import type { Regulation } from '@sanding/data';
import type { SandingElement } from '@sanding/elements';

/** Writes each Sanding event a demo's components fire into its log (a live region). */
function eventLog(demo: HTMLElement): void {
  const log = demo.querySelector<HTMLElement>('[data-event-log]');
  if (!log) return;
  const add = (text: string): void => {
    const item = document.createElement('li');
    item.textContent = text;
    log.prepend(item);
    while (log.children.length > 8) log.lastElementChild?.remove();
  };
  demo.addEventListener('sanding-select', (event) => {
    add(`sanding-select: ${event.detail.division.name} (${event.detail.division.id})`);
  });
  demo.addEventListener('sanding-search', (event) => {
    add(`sanding-search: "${event.detail.query}", ${event.detail.resultCount} result(s)`);
  });
  demo.addEventListener('sanding-error', (event) => {
    add(`sanding-error: ${event.detail.reason}: ${event.detail.message}`);
  });
}

/**
 * A portal's own contacts merged over hosted data: fetch, validate, merge, then hand the result
 * to the components as the `regulation` property. (The agency and its contacts are made up.)
 */
async function mergeDemo(demo: HTMLElement): Promise<void> {
  const status = demo.querySelector<HTMLElement>('[data-merge-status]');
  try {
    // Loaded only on the page that has this demo, as a portal would load them only where needed.
    const [{ mergeRegulation }, { validateRegulation }] = await Promise.all([
      import('@sanding/data'),
      import('@sanding/data/validate'),
    ]);
    const response = await fetch(demo.dataset.src ?? '');
    const checked = validateRegulation(await response.json());
    if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    const source = { title: '示例市数据资源局 website (made up)', url: 'https://example.org/' };
    const merged: Regulation = mergeRegulation(checked.regulation, {
      contacts: [
        {
          address: { value: '示例市示例大道1号', source },
          phone: { value: '0000-00000000', source },
          website: { value: 'https://example.org/', source },
          hours: { value: '工作日 9:00–17:00', source },
        },
      ],
    });
    for (const el of demo.querySelectorAll<SandingElement>('[data-merged]')) el.regulation = merged;
    if (status) status.textContent = '';
  } catch (error) {
    if (status) status.textContent = `The example data could not be loaded: ${(error as Error).message}`;
  }
}

export function setUpDemos(): void {
  document.querySelectorAll<HTMLElement>('[data-demo~="events"]').forEach(eventLog);
  document.querySelectorAll<HTMLElement>('[data-demo~="merge"]').forEach((demo) => void mergeDemo(demo));
}
