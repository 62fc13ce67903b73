/**
 * Script conversion with OpenCC (opencc-js), at build time only: the browser never loads it.
 *
 * Traditional → Simplified uses OpenCC's `t → cn` preset plus a short reviewed list of
 * corrections. `twp → cn` would fix 網路 but also rewrites 建立 → 创建 and 檔案 → 文件, which
 * changes meaning (shared/TOOLCHAIN.md), so we keep `t → cn` and correct only Taiwan-flavoured
 * words, each reviewed against the Dalian text.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '@sanding/data';

/** [what t → cn leaves, what Mainland usage writes]: reviewed, one line each. */
export const SIMPLIFIED_CORRECTIONS: readonly (readonly [string, string])[] = [
  ['网路', '网络'], // 網路安全: network security
  ['著力', '着力'], // 著力打造: to strive to build
];

export const CONVERSION_TOOL = 'opencc-js t→cn';

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
