/**
 * Which script a text is written in, and the few words the parser writes itself in that script.
 */
import type { Script } from '../model/types.js';

/**
 * Traditional/Simplified character pairs (Traditional first) where each character belongs to one
 * script only. A short list is enough: regulations repeat these characters on every line.
 */
const PAIRS =
  '條条處处規规機机構构設设內内職职責责務务關关與与發发廳厅號号會会長长導导國国際际區区專专' +
  '業业術术學学經经濟济產产實实場场員员單单議议計计財财監监審审認认證证標标資资網网絡络轉转' +
  '變变辦办獎奖勵励黨党農农環环態态災灾險险護护醫医衛卫級级輸输運运營营領领體体統统織织組组編编';

/** Per UTF-16 code unit: 1 when only Traditional writes it, 2 when only Simplified does. */
const SCRIPT_OF = new Uint8Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  SCRIPT_OF[PAIRS.charCodeAt(i)] = 1;
  SCRIPT_OF[PAIRS.charCodeAt(i + 1)] = 2;
}

/**
 * Guesses the script by counting characters found only in Traditional or only in Simplified
 * writing. Ties, and texts with neither, count as Simplified.
 */
export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const script = SCRIPT_OF[text.charCodeAt(i)];
    if (script === 1) traditional++;
    else if (script === 2) simplified++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

/** Words the parser writes into labels and citations when the text does not give them. */
export interface Vocabulary {
  /** The last character of an article label: 第四条 / 第四條. */
  readonly article: string;
  /** The label of an unheaded division list: 内设机构 / 內設機構. */
  readonly divisions: string;
  /** The label of an unheaded duties list: 主要职责 / 主要職責. */
  readonly duties: string;
}

const VOCABULARIES: Readonly<Record<Script, Vocabulary>> = {
  'zh-Hans': { article: '条', divisions: '内设机构', duties: '主要职责' },
  'zh-Hant': { article: '條', divisions: '內設機構', duties: '主要職責' },
};

/** The parser's own words in `script`. */
export function vocabularyFor(script: Script): Vocabulary {
  return VOCABULARIES[script];
}
