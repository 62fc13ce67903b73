/**
 * The front matter: what comes before the regulation itself. A website's metadata block
 * (索引号, 发布机构, 文号…) and navigation debris are set aside; a notice that issues the
 * regulation (关于印发…的通知, its 文号, addressees, issuer and date) becomes the promulgation;
 * and the regulation's title line (joined when split over two lines, dropped when repeated) is
 * found.
 */
import type { Promulgation } from '../model/types.js';
import { parseNumeral } from './numerals.js';
import type { LineToken } from './tokens.js';

/** Website metadata and navigation lines: 索引号：…, 首页 > …, Original URL: … */
const METADATA =
  /^(?:索\s*引\s*号|[发發]布(?:机构|機構|[时時]间|[时時]間|日期|机关|機關)|[发發]文(?:机关|機關|字号|字號)|文\s*号|文\s*號|主[题題]分[类類]|公[开開]方式|目[录錄]|成文日期|生成日期|[归歸]档[时時][间間]|更新[时時][间間]|[来來]源|有效性|[浏瀏][览覽]|推广|推廣|字体|字體|首[页頁])|跳(?:至|[转轉]到|到)(?:[内內]容|[导導][航覽]|搜索)|https?:\/\/|www\.|Original URL|[>＞»]\s*\S+\s*[>＞»]|•【/i;
/**
 * A notice's title: …关于印发《…》的通知 / 关于…机构编制调整的通知; its 关于 not inside 《…》 (a
 * citation: 根据《国务院关于…的通知》), the titles it cites whole (《…》 or 〈…〉); not a sentence that
 * cites a notice (按照…关于印发《…》的通知精神，设立…).
 */
const NOTICE_TITLE =
  /^(?![根依]据|[根依]據|按照)[^《》，,。]{0,40}(?:关于|關於)(?:[^《》]|《[^《》]*》)*?通知(?![^，,。；;]{0,30}(?:精神|要求))/u;
/** The first line of a notice's title that the next line ends: …关于X职能配置、 */
const SPLIT_NOTICE_TITLE = /^[^《》。]{0,40}(?:关于|關於)[^《》。]*$/u;
/** The addressees: 各县（市）、区人民政府，市政府各委办局：; not a list's heading (各室主要职能：). */
const ADDRESSEES = /^各(?![^。]{0,12}[职職][能责責][:：]?$)[^。]{1,80}[:：]/u;
/** The sentence that issues the regulation: …现予印发。 */
const ISSUING = /[现現](?:予以?)?印[发發]|印[发發]给你们|印[发發]給你們/;
/**
 * A document number: 长府办发〔2009〕47号, 赣府字[2001]4号, 湘办〔2019〕66号. Group 0 is the
 * number as written.
 */
const DOCUMENT_NUMBER =
  /[\u4e00-\u9fff]{1,8}\s*[〔［[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*(?:第\s*)?\d{1,5}\s*[号號]/u;
/** A date: 二〇〇九年九月十日, 二00九年…, 2019年3月1日. */
const DATE =
  /([〇○零ОOＯ0-9０-９一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/u;
/** A clock time after a date: 01:32:55. */
const CLOCK = /[0-9０-９]{1,2}\s*[:：]\s*[0-9０-９]{2}/u;
/** A notice's letterhead: 湛江市机构编制委员会文件; group 1 is the issuer. */
const LETTERHEAD = /^(.{2,30}?)\s*文件$/u;
/** An issuing office, signed on a line of its own. */
const ISSUER =
  /^[\u4e00-\u9fff（）()]{2,30}(?:[办辦]公[厅廳]|[办辦]公室|人民政府|委[员員]会|委[员員]會|[厅廳局部委院署])$/u;
/** A regulation's own title: X职能配置、内设机构和人员编制规定 / X主要职责内设机构和人员编制规定. */
export const REGULATION_TITLE =
  /(?:[职職]能配置|主要[职職][责責]|[机機][构構][职職]能)[^。，,；;：:]{0,24}?[规規]定|[“"]?三定[”"]?(?:[规規]定|方案)/u;

/** A page's section label above an encyclopaedia's entry: 基本简介, 基本信息, 简介, 概况, 基本介绍. */
const PAGE_LABEL = /^(?:基本)?(?:[简簡]介|信息|概[况況]|介[绍紹]|情[况況])$/u;

/** What the front matter holds. */
export interface FrontMatter {
  /** The regulation's title line, when the text gives one. */
  readonly title: LineToken | null;
  /** The notice's title line, when the text is wrapped in a notice. */
  readonly noticeTitle: LineToken | null;
  readonly promulgation: Promulgation | null;
  /** Lines of the front matter that belong to no article (metadata, the notice, the title). */
  readonly consumed: ReadonlySet<LineToken>;
  /** Of those, the website's metadata and navigation lines (in no fact of the model). */
  readonly metadata: ReadonlySet<LineToken>;
}

/** Converts a date as written to YYYY-MM-DD, or null when it is not a real date. */
export function isoDate(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const yearText = (match[1] ?? '')
    .replace(/[○ОOＯ]/gu, '〇')
    .replace(/[0-9０-９]/gu, (d) => '〇一二三四五六七八九'.charAt(Number(d.normalize('NFKC'))));
  const year = parseNumeral(yearText);
  const month = parseNumeral((match[2] ?? '').normalize('NFKC'));
  const day = parseNumeral((match[3] ?? '').normalize('NFKC'));
  if (year === null || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first document number in `text` that is not a citation after a 《…》 title. */
function documentNumberIn(text: string): string | null {
  let rest = text;
  for (let guard = 0; guard < 20; guard++) {
    const match = DOCUMENT_NUMBER.exec(rest);
    if (!match) return null;
    const before = rest.slice(Math.max(0, match.index - 2), match.index);
    if (!/》[(（]?$/u.test(before)) return match[0].trim();
    rest = rest.slice(match.index + match[0].length);
  }
  return null;
}

function isStructural(token: LineToken): boolean {
  return token.kind !== 'text' && token.kind !== 'blank';
}

/** A line that can be a title: short, no sentence punctuation, not a date or a number. */
function titleLike(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 80 &&
    !/[。，,；;：:！？]/u.test(text) &&
    !DATE.test(text) &&
    /[\u4e00-\u9fff]/u.test(text)
  );
}

/** The regulation's title in a line and the agency it names, without a breadcrumb or 关于印发 before it. */
export function regulationNameIn(text: string): { title: string; agency: string } | null {
  const match = REGULATION_TITLE.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const start = Math.max(...[...'》>＞»|/\'"《 \u3000，,：:。；;'].map((mark) => before.lastIndexOf(mark))) + 1;
  const agency = before
    .slice(start)
    .replace(/^.*?印[发發]/u, '')
    .replace(/[、\s]+$/u, '')
    .trim();
  return { title: `${agency}${match[0]}`.trim(), agency };
}

/** The regulation's title in a line, or null. */
export function regulationTitleIn(text: string): string | null {
  return regulationNameIn(text)?.title ?? null;
}

/** Reads the front matter of the tokens (every line before the regulation's first article or item). */
export function readFrontMatter(tokens: readonly LineToken[]): FrontMatter {
  const consumed = new Set<LineToken>();
  const firstStructural = tokens.findIndex(isStructural);
  const front = tokens.slice(0, firstStructural === -1 ? tokens.length : firstStructural);
  for (const token of front) if (token.kind === 'text' && METADATA.test(token.line.text)) consumed.add(token);
  const metadata = new Set(consumed);

  // The notice: from its first line to the line before the regulation's title or preamble.
  const noticeAt = front.findIndex(
    (t) =>
      !consumed.has(t) && (NOTICE_TITLE.test(t.line.text) || ADDRESSEES.test(t.line.text) || ISSUING.test(t.line.text)),
  );
  let promulgation: Promulgation | null = null;
  let noticeTitle: LineToken | null = null;
  let bodyFrom = 0;
  if (noticeAt !== -1) {
    let end = noticeAt;
    while (end < front.length) {
      const text = front[end]?.line.text ?? '';
      if (end > noticeAt && regulationTitleIn(text) !== null && !NOTICE_TITLE.test(text) && !ISSUING.test(text)) break;
      if (/^[根依]据|^[根依]據/u.test(text)) break;
      end++;
    }
    const all = front.slice(0, end).filter((t) => t.kind === 'text');
    const lines = all.filter((t) => !consumed.has(t));
    noticeTitle = lines.find((t) => NOTICE_TITLE.test(t.line.text)) ?? null;
    // A title split over two lines: …关于X职能配置、 / 内设机构和人员编制规定的通知.
    let noticeTitleText = noticeTitle?.line.text ?? '';
    if (!noticeTitle) {
      const at = lines.findIndex(
        (t, i) => SPLIT_NOTICE_TITLE.test(t.line.text) && /^[^。]{1,40}通知$/u.test(lines[i + 1]?.line.text ?? ''),
      );
      noticeTitle = lines[at] ?? null;
      noticeTitleText = noticeTitle ? `${noticeTitle.line.text}${lines[at + 1]?.line.text ?? ''}` : '';
    }
    const numbered = all.find((t) => documentNumberIn(t.line.text) !== null);
    // The signature (issuer and date) closes the notice, or, in a notice that is not a cover
    // letter, the whole text.
    const tail = tokens.filter((t) => t.kind === 'text').slice(-3);
    // A date with a clock time (2020年07月29日01:32:55) is a website's timestamp, not the notice's.
    const signs = (t: LineToken): boolean => isoDate(t.line.text) !== null && !CLOCK.test(t.line.text);
    const signature = lines.some(signs) ? lines : all.some(signs) ? all : tail;
    const dateIndex = signature.findIndex(signs);
    if (signature === tail && dateIndex !== -1)
      for (const t of tail) if (ISSUER.test(t.line.text) || isoDate(t.line.text)) consumed.add(t);
    const dated = signature[dateIndex];
    const signed = dateIndex > 0 ? signature[dateIndex - 1] : undefined;
    const coSigned = dateIndex > 1 ? signature[dateIndex - 2] : undefined;
    let issuer: LineToken | null = null;
    let issuerName: string | null = null;
    if (signed && ISSUER.test(signed.line.text)) {
      if (!(coSigned && ISSUER.test(coSigned.line.text))) {
        issuer = signed;
        issuerName = signed.line.text;
      }
    } else if (noticeTitle) {
      const prefix = /^(.{2,30}?)(?:关于|關於)/u.exec(noticeTitleText)?.[1] ?? '';
      if (ISSUER.test(prefix)) {
        issuer = noticeTitle;
        issuerName = prefix;
      }
    }
    // Else the letterhead: 湛江市机构编制委员会文件, above the document number.
    for (const t of issuerName === null ? all : []) {
      const name = LETTERHEAD.exec(t.line.text)?.[1];
      if (name !== undefined && ISSUER.test(name)) {
        issuer = t;
        issuerName = name;
        break;
      }
    }
    promulgation = {
      title: noticeTitle ? (/^(.*?通知)/u.exec(noticeTitleText)?.[1] ?? null) : null,
      documentNumber: numbered ? documentNumberIn(numbered.line.text) : null,
      issuer: issuerName,
      date: dated ? isoDate(dated.line.text) : null,
      lines: {
        ...(noticeTitle ? { title: noticeTitle.line.number } : {}),
        ...(numbered ? { documentNumber: numbered.line.number } : {}),
        ...(issuer ? { issuer: issuer.line.number } : {}),
        ...(dated ? { date: dated.line.number } : {}),
      },
    };
    for (const token of front.slice(0, end)) consumed.add(token);
    bodyFrom = end;
  }

  // The title: the first line that names the regulation, else the first title-like line that is
  // not a page's section label (基本简介, 基本信息: an encyclopaedia's, before the name).
  const candidates = front.slice(bodyFrom).filter((t) => t.kind === 'text' && !consumed.has(t));
  const first = candidates.find((t) => !PAGE_LABEL.test(t.line.text));
  const named = candidates.find((t) => regulationTitleIn(t.line.text) !== null && titleLike(t.line.text));
  let title: LineToken | null = named ?? (first && titleLike(first.line.text) ? first : null);
  if (title) {
    const index = front.indexOf(title);
    const next = front[index + 1];
    // A title split over two lines: 大连市科学技术局 / 职能配置、内设机构和人员编制规定.
    if (
      next?.kind === 'text' &&
      regulationTitleIn(title.line.text) === null &&
      REGULATION_TITLE.test(next.line.text) &&
      regulationTitleIn(next.line.text) === next.line.text.replace(/^\S*?(?=[职職主机機])/u, '') &&
      titleLike(next.line.text) &&
      next.line.number === title.line.number + 1
    ) {
      const joined: LineToken = {
        kind: 'text',
        line: { ...title.line, text: `${title.line.text}${next.line.text}` },
      };
      consumed.add(title);
      consumed.add(next);
      title = joined;
    } else consumed.add(title);
    for (const token of front) {
      if (token.kind === 'text' && token.line.text === title.line.text) consumed.add(token);
    }
  }
  return { title, noticeTitle, promulgation, consumed, metadata };
}
