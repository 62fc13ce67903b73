/**
 * The reading table: the 3,755 common characters of GB 2312's first level, each under its most
 * common reading (pinyin-pro, without tones), in the search aids' pinyin format (`a啊阿ai埃挨…`),
 * in Simplified or in Traditional (each character converted alone: 历 → 歷).
 * The components load it lazily to suggest a homophone when a query finds nothing or little
 * (专历 → 专利): Chinese typing mistakes are mostly homophones. Generated from the standard's
 * character set, never from chosen typo pairs.
 */
import type { Script } from '@sanding/data';
import { pinyin } from 'pinyin-pro';
import { toTraditional } from './convert.js';

/** In every browser and in Node; this package's types name neither environment. */
declare const TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };

/** GB 2312 level 1: rows 16–55 (lead bytes 0xB0–0xD7), 94 cells each; row 55 ends at 0xF9. */
function commonCharacters(): string {
  const decoder = new TextDecoder('gb18030');
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++)
    for (let cell = 0xa1; cell <= (lead === 0xd7 ? 0xf9 : 0xfe); cell++) bytes.push(lead, cell);
  return decoder.decode(new Uint8Array(bytes));
}

/** The reading table: syllables in order, each followed by its characters in GB 2312 order. */
export function readingTable(script: Script = 'zh-Hans'): string {
  const bySyllable = new Map<string, Set<string>>();
  for (const character of commonCharacters()) {
    const [syllable = ''] = pinyin(character, { toneType: 'none', type: 'array', v: true });
    if (!/^[a-z]+$/.test(syllable)) continue;
    const converted = script === 'zh-Hant' ? toTraditional(character) : character;
    const characters = bySyllable.get(syllable) ?? new Set();
    bySyllable.set(syllable, characters.add(converted.length === 1 ? converted : character));
  }
  return [...bySyllable]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([syllable, characters]) => syllable + [...characters].join(''))
    .join('');
}
