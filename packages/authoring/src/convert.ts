/**
 * Script conversion with OpenCC (opencc-js), when data is authored: in Node or in a page that
 * loads it lazily. The components never load it.
 *
 * Traditional → Simplified uses OpenCC's `t → cn` preset plus a short reviewed list of
 * corrections. `twp → cn` would fix 網路 but also rewrites 建立 → 创建 and 檔案 → 文件, which
 * changes meaning, so we keep `t → cn` and correct only Taiwan-flavoured
 * words, each reviewed against the Dalian text.
 */
import * as OpenCC from 'opencc-js';
import type { Provenance, Script } from '@sanding/data';

/** [what t → cn leaves, what Mainland usage writes]: reviewed, one line each. */
export const SIMPLIFIED_CORRECTIONS: readonly (readonly [string, string])[] = [
  ['网路', '网络'], // 網路安全: network security
  ['著力', '着力'], // 著力打造: to strive to build
];

let toCn: ((text: string) => string) | undefined;
let toTw: ((text: string) => string) | undefined;

/** Converts Traditional text to Mainland Simplified: OpenCC `t → cn`, then the corrections. */
export function toSimplified(text: string): string {
  toCn ??= OpenCC.Converter({ from: 't', to: 'cn' });
  let out = toCn(text);
  for (const [from, to] of SIMPLIFIED_CORRECTIONS) out = out.split(from).join(to);
  return out;
}

/** Converts Simplified text to Traditional with OpenCC's phrase tables (`cn → t`). */
export function toTraditional(text: string): string {
  toTw ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return toTw(text);
}

export function convertScript(text: string, to: Script): string {
  return to === 'zh-Hans' ? toSimplified(text) : toTraditional(text);
}

/** What a Regulation converted to `to` records in its provenance: the conversion, and a note. */
export function conversionOf(to: Script): { record: NonNullable<Provenance['conversion']>; note: string } {
  return to === 'zh-Hans'
    ? {
        record: {
          from: 'zh-Hant',
          tool: 'opencc-js t→cn',
          corrections: SIMPLIFIED_CORRECTIONS.map(([a, b]) => [a, b] as [string, string]),
        },
        note: 'This Simplified text is a machine conversion of the Traditional source (OpenCC t→cn plus the corrections listed in conversion), not a published text.',
      }
    : {
        record: { from: 'zh-Hans', tool: 'opencc-js cn→t', corrections: [] },
        note: 'This Traditional text is a machine conversion of the Simplified source (OpenCC cn→t), not a published text.',
      };
}
