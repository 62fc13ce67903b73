import type { Regulation } from '@sanding/data';
import type { SandingErrorDetail } from './events.js';

type Loader = () => Promise<{ regulation: Regulation }>;

/**
 * The bundled datasets, each script a lazily loaded chunk: a page that never names a dataset
 * never downloads one. These are the regulations without their search aids, which the engine
 * loads with itself (`SEARCH_AIDS` in engine.ts).
 */
const DATASETS: Readonly<Record<string, Readonly<Record<'zh-Hans' | 'zh-Hant', Loader>>>> = {
  'dalian-stb': {
    'zh-Hans': () => import('@sanding/datasets/dalian-stb/zh-Hans.core'),
    'zh-Hant': () => import('@sanding/datasets/dalian-stb/zh-Hant.core'),
  },
};

/** The regulations loaded here, without their search aids: the engine adds those (engine.ts), to no others. */
export const bundled: WeakSet<object> = new WeakSet();

/** Names of the bundled datasets. */
export const DATASET_IDS: readonly string[] = Object.keys(DATASETS);

export async function loadDataset(
  id: string,
  script: 'zh-Hans' | 'zh-Hant',
): Promise<{ regulation: Regulation } | SandingErrorDetail> {
  const loader = Object.prototype.hasOwnProperty.call(DATASETS, id) ? DATASETS[id]?.[script] : undefined;
  if (!loader)
    return { reason: 'unknown-dataset', message: `no bundled dataset "${id}" (known: ${DATASET_IDS.join(', ')})` };
  try {
    const { regulation } = await loader();
    bundled.add(regulation);
    return { regulation };
  } catch (error) {
    return { reason: 'network', message: `loading dataset ${id} failed: ${(error as Error).message}` };
  }
}
