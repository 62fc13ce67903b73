/**
 * Words and patterns shared by several parts of the parser. Each accepts both scripts and both
 * half-width and full-width punctuation.
 */
import { LABEL_NUMERAL_CHARS, NUMERAL_CHARS } from './numerals.js';

/** A numeral as used in 第N条 and (N): Chinese, or Arabic in either width. */
const NUMERAL = `[${LABEL_NUMERAL_CHARS}]+|[0-9０-９]+`;

/**
 * 第三条 / 第三條 / 第3条 at the start of a line; group 1 is the numeral. A pinyin gloss that a
 * website inserted is allowed: 第二【èr】条.
 */
export const ARTICLE_HEADER = new RegExp(`^第\\s*(${NUMERAL})\\s*(?:【[^】]{0,12}】)?\\s*[条條](?![例件款])`);

/**
 * A section of the 2008–2010 template: 一、主要职责 / 二、内设机构 (a short heading on its own
 * line, the numeral and 、 first). Group 1 is the numeral, group 2 the heading.
 */
export const SECTION_HEADER = new RegExp(`^([${NUMERAL_CHARS}]{1,3})\\s*[、.．]\\s*([^。，,；;]{2,24}?)\\s*[。.：:]?$`);

/** 第一章 at the start of a line; group 1 is the numeral. */
export const CHAPTER_HEADER = new RegExp(`^第\\s*(${NUMERAL})\\s*章`);

/** (一) / （一） at the start of a line; group 1 is the Chinese numeral. */
export const ITEM_LABEL = new RegExp(`^[(（]\\s*([${LABEL_NUMERAL_CHARS}]+)\\s*[)）]`);

/**
 * 1. / 2、 / 3． / (4) / （5） at the start of a line; group 1 is the Arabic numeral. Such a line is an
 * item only where a list of them starts right under a heading (`buildStructure` decides); inside an
 * item, or after a heading's own paragraph, it is a sub-point of that text. 1.5亿元 is no label.
 */
export const ARABIC_ITEM_LABEL = /^[(（]?\s*([0-9０-９]{1,3})\s*[.．、)）](?![0-9０-９])/;

/** Lines that head a group of articles or items without being numbered themselves. */
export const HEADINGS: ReadonlySet<string> = new Set([
  '总则',
  '總則',
  '附则',
  '附則',
  '主要职责',
  '主要職責',
  '主要职能',
  '主要職能',
  '内设机构',
  '內設機構',
  '人员编制',
  '人員編制',
  '其他事项',
  '其他事項',
  '职责调整',
  '職責調整',
  '职能调整',
  '職能調整',
  '职能转变',
  '職能轉變',
  '人员编制及领导职数',
  '人員編制及領導職數',
  '内设机构及职能',
  '內設機構及職能',
  '内设机构及职责',
  '內設機構及職責',
  '内设机构和职能',
  '內設機構和職能',
  '内设机构和职责',
  '內設機構和職責',
]);

/** The kinds of body an agency can be, as 三定 texts name them (longest first). */
export const AGENCY_KINDS: readonly string[] = [
  '直属特设机构',
  '直屬特設機構',
  '部门管理机构',
  '部門管理機構',
  '议事协调机构',
  '議事協調機構',
  '直属事业单位',
  '直屬事業單位',
  '工作部门',
  '工作部門',
  '直属机构',
  '直屬機構',
  '派出机构',
  '派出機構',
  '办事机构',
  '辦事機構',
  '组成部门',
  '組成部門',
  '工作机关',
  '工作機關',
  '职能部门',
  '職能部門',
  // 国家林业和草原局是自然资源部管理的国家局 (2018 national bureaux).
  '国家局',
  '國家局',
  // X是Y直属的…流域水利管理机构 (a body that a higher one manages); tried last.
  '管理机构',
  '管理機構',
];

/**
 * "X是Y的工作部门" (or X为Y工作部门): group 1 is the parent Y, group 2 the joining character (的, or the typo
 * 发/發), group 3 the kind.
 */
export const AGENCY_STATEMENT = new RegExp(`[是为為]([^，,。；;是为為]*?)([的发發]?)(${AGENCY_KINDS.join('|')})`);

/** A preamble that establishes the agency: 根据…，设立X，为… / 保留X（以下简称…）. */
export const ESTABLISHING = /(?:[设設]立|保留|[组組]建)[^，,。；;：:（(《》\s]{2,30}[，,。；;（(]/u;

/** Marks a sentence about co-location: 合署办公 / 合署辦公. */
export const CO_LOCATION = /合署[办辦]公/;

/**
 * Marks the duties container: 主要职责, 主要工作职责, 主要职能, 主要有以下职能, or a heading that reads 职责, 职能,
 * 职能职责, 部门职责 or 机构职责.
 */
export const DUTIES_MARK =
  /主要(?:工作)?(?:有以下)?[职職][责責能]|^(?:部[门門]|[机機][构構])?(?:[职職][责責]|[职職]能(?:[职職][责責])?)$/;

/** Marks a list of transfers of duties: 职责调整 / 职能调整. */
export const ADJUSTMENTS_MARK = /^(?:[职職][责責]|[职職]能)[调調]整/;

/** Marks a section that is the function transformation: 职能转变. */
export const TRANSFORMATION_MARK = /^[职職]能[转轉][变變]/;

/** Marks the staffing section: 人员编制 / 编制 / 领导职数. */
export const STAFFING_MARK = /[编編]制|[职職][数數]/;

/** Marks sections whose items are neither duties nor divisions: 其他事项, 附则. */
export const OTHER_MARK = /^(?:其他事[项項]|附[则則]|[总總][则則])/;

/**
 * A sentence that announces the list of divisions after it: …设有以下8个职能处，… / 设如下处室： /
 * …设有五个核心部门，分别是：
 */
export const DIVISIONS_ANNOUNCED =
  /[设設]有?(?:以下|如下)(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[个個])?[^，,。；;：:]{0,6}(?:[机機][构構]|[科处處股]室|[职職]能[科处處股]|司局)|[设設]有?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[个個][^，,。；;：:]{0,6}(?:部[门門]|[机機][构構]|[科处處股]室)[，,]?\s*分[别別][为為是][:：]$/;

/**
 * A heading of the divisions' own duties, the whole line: 各室主要职能, 各处室职责, 县委政法委机关各科室主要职责,
 * 内设科室职责. It heads the divisions, not the agency's duties; not a sentence with it inside
 * (督促检查各处室职责落实情况), nor the agency's and its divisions' together (局机关及各股室主要职责).
 */
export const DIVISION_DUTIES_MARK =
  /^(?:[^，,。；;及和与與]{0,14}(?:[局委办辦厅廳部院]|[机機][关關]))?(?:各|[内內][设設])(?:[科处處股]室|[室科处處股])的?(?:主要)?(?:工作)?[职職][能责責](?:分工)?[：:]?$/u;

/** Marks the divisions container: 内设机构, or a sentence that announces them (DIVISIONS_ANNOUNCED). */
export const DIVISIONS_MARK = new RegExp(
  `[内內][设設][机機][构構]|[内內][设設][处處]室|[内內][设設]\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*[个個](?:[内內][设設]|[职職]能)?(?:[机機][构構]|[科处處股]室?|司)|${DIVISIONS_ANNOUNCED.source}`,
);

/** The function transformation item: 职能转变 / 職能轉變, with an optional 。 or ： after it. */
export const FUNCTION_TRANSFORMATION = /^[职職]能[转轉][变變]\s*[。.：:]?\s*/;

const SIGNBOARD = /(?:加[挂掛]|[对對]外保留)([^，,。；;]+?)牌子/g;
/** Quotes around a name: “X”, "X", 「X」. */
const QUOTES_AROUND = /^["“‘'「『]+|["”’'」』]+$/gu;

/** A name found in a text, with its 0-based offset. */
export interface Found {
  readonly name: string;
  readonly index: number;
}

const NONE_FOUND: readonly Found[] = Object.freeze([]);

/**
 * The names on signboards (加挂X牌子, 对外保留X牌子), in order; 加挂A、B牌子 gives A and B.
 */
export function findSignboards(text: string): readonly Found[] {
  // Every signboard ends in 牌子; most texts (every article of a long one) have none, and share
  // one empty list. exec with lastIndex, not matchAll, which copies the pattern on each call.
  if (!text.includes('牌子')) return NONE_FOUND;
  const found: Found[] = [];
  SIGNBOARD.lastIndex = 0;
  for (let match = SIGNBOARD.exec(text); match !== null; match = SIGNBOARD.exec(text)) {
    const list = match[1] ?? '';
    let offset = (match.index ?? 0) + match[0].indexOf(list);
    for (const part of list.split('、')) {
      // The name without the quotes around it: 加挂“X”牌子, 加挂"X"牌子.
      const name = part.trim().replace(QUOTES_AROUND, '');
      if (name !== '') found.push({ name, index: offset + part.indexOf(name) });
      offset += part.length + 1;
    }
  }
  return found;
}
