/**
 * Leaders from the closing lines: 局长：李大民。 / 副局长：李四、王五。
 */
import type { Leader } from '../model/types.js';
import type { LineToken } from './tokens.js';

/**
 * One leader per name, in order, with the title as written. The source is the text itself
 * (`line N`); `asOf` is null because a regulation text does not date its leader lines.
 */
export function parseLeaders(tokens: readonly LineToken[], sourceTitle: string): Leader[] {
  const leaders: Leader[] = [];
  // A loop, not flatMap: that makes an empty list for every other line of the text.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as LineToken;
    if (token.kind !== 'leader') continue;
    for (const name of token.names) {
      leaders.push({
        title: token.title,
        name,
        source: { title: sourceTitle, locator: `line ${token.line.number}` },
        asOf: null,
      });
    }
  }
  return leaders;
}
