/**
 * Punctuation normalisation: Chinese text takes full-width punctuation (GB/T 15834). Half-width
 * `, ; : ? !` next to a Han character, and `( )` around text with a Han character, become
 * `， ； ： ？ ！ （ ）`. One character for one, so lines and columns do not move. Citations the
 * parser writes follow: 内设机构（六）.
 */

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && HAN.test(ch);
}

/** The text with full-width punctuation, and how many characters changed. */
export function normalizePunctuation(text: string): { text: string; changes: number } {
  const chars = text.split('');
  let changes = 0;
  // Open brackets with the count of Han characters seen before them: a pair is converted when
  // the count grew in between (no rescanning, so nested brackets stay linear).
  const open: { at: number; han: number }[] = [];
  let han = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (isHan(ch)) han++;
    const full = FULL_WIDTH[ch];
    if (full !== undefined && (isHan(chars[i - 1]) || isHan(chars[i + 1]))) {
      chars[i] = full;
      changes++;
    } else if (ch === '(') open.push({ at: i, han });
    else if (ch === ')') {
      const opened = open.pop();
      if (opened && han > opened.han) {
        chars[opened.at] = '（';
        chars[i] = '）';
        changes += 2;
      }
    } else if (ch === '\n' || ch === '\r') open.length = 0;
  }
  return { text: chars.join(''), changes };
}

/** A citation the parser wrote, in full width: 第三条(十四) → 第三条（十四）. */
export function fullWidthCitation(citation: string): string {
  return citation.replace(/\(([^()]*)\)/gu, '（$1）');
}
