/**
 * Truncation: a text that stops mid-sentence (a website's pagination cut it off). The last item
 * is kept, flagged as truncated, and counted; the text gets a warning.
 */
import type { Division, Duty, DutyAdjustment } from '../model/types.js';
import type { Report } from './diagnostics.js';
import { columnAt } from './lines.js';
import type { Node } from './structure.js';
import type { LineToken } from './tokens.js';

/**
 * The length of the dots a website cut a text with at its end (…、退休人员社会化管理...), three or
 * more, else 0: counted, not matched (a pattern would scan a long run of dots from each of them).
 */
export function siteCut(text: string): number {
  let at = text.length;
  while (at > 0 && text.charCodeAt(at - 1) === 0x2e) at--;
  return text.length - at >= 3 ? text.length - at : 0;
}
/** How a complete text may end: a full stop, a closing bracket or quote, a date, a count of posts (副局长2名). */
const COMPLETE_END = /(?:[。．.！!？?；;…」』”’）)】》\]]|[0-9０-９〇○零一二三四五六七八九十][日名])$/u;

/**
 * A website's footer after the text, not part of it: 来源：百度百科, 本内容最后更新于…, 责任编辑：…,
 * 【打印本页】【关闭窗口】, an encyclopaedia's or a Q&A page's 参考资料：百度百科-…, a profile page's contact
 * lines (联系方式, 办公时间, 机构地址…), an encyclopaedia's infobox (基本信息, - 中文名：…), a Q&A page's
 * 温馨提示 and 相似回答, a page's 阅读 / 展开全文 / 查看原文 button. The text ends before it.
 */
const PAGE_FOOTER =
  /(?:^|[，,。\s])[来來]源[:：]|最[后後]更新|[责責]任[编編][辑輯][:：]|打印本[页頁]|[关關][闭閉]窗口|版[权權]所有|^(?:[参參]考(?:[资資]料|文[献獻])|[资資]料[来來]源)[:：]|^(?:[-•·]\s*)?(?:[联聯][系繫](?:方式|[电電]话)|[办辦]公(?:[时時][间間]|地址)|[机機][构構]地址|通[讯訊]地址|[邮郵]政?[编編]?[码碼]?|[传傳]真|[电電]子?[邮郵]箱|[电電]话|地址)[\s:：]|^温馨提示[:：]|^相似回答$|^(?:[阅閱][读讀]|展[开開]|查看)(?:全文|原文|更多)?$|^基本(?:信息|介[绍紹])$|^-\s*[^:：。；;]{1,8}[:：][^。；;]*$/u;

/** The item that holds the last line of the text, if the last line belongs to an item. */
function lastItem(roots: readonly Node[], lastLine: number): Node | null {
  let found: Node | null = null;
  const visit = (nodes: readonly Node[], item: Node | null): void => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Node;
      const current = node.kind === 'item' ? node : item;
      if (node.line.number === lastLine && current) found = current;
      visit(node.children, current);
    }
  };
  visit(roots, null);
  return found;
}

/**
 * Reports a text that ends mid-sentence and flags the item it ends in (a duty, a division or a
 * transfer of duties). Returns true when the text is truncated.
 */
export function markTruncation(
  tokens: readonly LineToken[],
  lists: { duties: Duty[]; divisions: Division[]; dutyAdjustments: DutyAdjustment[] },
  roots: readonly Node[],
  report: Report,
): boolean {
  let last: LineToken | undefined;
  for (let i = tokens.length - 1; i >= 0 && last === undefined; i--) {
    if (tokens[i]?.kind !== 'blank' && !PAGE_FOOTER.test(tokens[i]?.line.text ?? '')) last = tokens[i];
  }
  // A leader line (副局长：李四、王五) is whole as it is.
  if (!last || last.kind === 'leader' || (COMPLETE_END.test(last.line.text) && siteCut(last.line.text) === 0))
    return false;
  const item = lastItem(roots, last.line.number);
  const mark = <T extends { id: string; truncated?: boolean }>(list: T[]): void => {
    const index = list.findIndex((entry) => entry.id === item?.id);
    const entry = list[index];
    if (entry) list[index] = { ...entry, truncated: true };
  };
  mark(lists.duties);
  mark(lists.divisions);
  mark(lists.dutyAdjustments);
  report({
    severity: 'warning',
    code: 'truncated-text',
    message: `The text stops mid-sentence${item ? ` inside item ${item.label ?? ''}` : ''}; it was probably cut off. What is there is kept.`,
    line: last.line.number,
    column: columnAt(last.line, last.line.text.length),
  });
  return true;
}
