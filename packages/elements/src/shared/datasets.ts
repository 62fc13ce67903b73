import type { Regulation } from '@sanding/data';
import type { SandingErrorDetail } from './events.js';

type Loader = () => Promise<{ regulation: Regulation }>;

/**
 * The bundled datasets, each script a lazily loaded chunk: a page that never names a dataset
 * never downloads one. These are the regulations without their search aids, which the engine
 * loads with itself (`SEARCH_AIDS` in engine.ts).
 */
const DATASETS: ReadonlyMap<string, Readonly<Record<'zh-Hans' | 'zh-Hant', Loader>>> = new Map([
  [
    'dalian-stb',
    {
      'zh-Hans': () => import('@sanding/datasets/dalian-stb/zh-Hans.core'),
      'zh-Hant': () => import('@sanding/datasets/dalian-stb/zh-Hant.core'),
    },
  ],
]);

/** The regulations loaded here, without their search aids: the engine adds those (engine.ts), to no others. */
export const bundled: WeakSet<object> = new WeakSet();

export async function loadDataset(
  id: string,
  script: 'zh-Hans' | 'zh-Hant',
): Promise<{ regulation: Regulation } | SandingErrorDetail> {
  // A Map: no name from the page can reach an object's prototype.
  const loader = DATASETS.get(id)?.[script];
  // The docs list the bundled datasets; the message names the one asked for.
  if (!loader) return { reason: 'unknown-dataset', message: `no bundled dataset "${id}"` };
  try {
    const { regulation } = await loader();
    bundled.add(regulation);
    return { regulation };
  } catch (error) {
    return { reason: 'network', message: `loading dataset ${id} failed: ${(error as Error).message}` };
  }
}
