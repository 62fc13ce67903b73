/**
 * What each list of items is (duties, divisions), and the ids and labels that follow from it.
 */
import type { Provision, Script } from '../model/types.js';
import { BoundedList } from './lists.js';
import { formatNumeral } from './numerals.js';
import {
  ADJUSTMENTS_MARK,
  DIVISION_DUTIES_MARK,
  DIVISIONS_MARK,
  DUTIES_MARK,
  OTHER_MARK,
  STAFFING_MARK,
  TRANSFORMATION_MARK,
} from './patterns.js';
import { looksLikeDivisionName } from './units.js';
import { vocabularyFor } from './script.js';
import { eachNode, type Node, type Role } from './structure.js';

/** True when a node has an item among its children. */
function hasItem(node: Node): boolean {
  const children = node.children;
  for (let i = 0; i < children.length; i++) if ((children[i] as Node).kind === 'item') return true;
  return false;
}

/**
 * The containers of items: articles and sections with at least one item, in document order.
 * `lineCount`: the number of lines the tree was read from (each container holds an item line of its own).
 */
export function containersOfItems(roots: readonly Node[], lineCount: number): Node[] {
  const containers = new BoundedList<Node>(lineCount);
  eachNode(roots, (node) => {
    if (node.kind !== 'item' && hasItem(node)) containers.push(node);
  });
  return containers.done();
}

/** The role a section heading declares by its words: 二、主要职责, 一、职责调整, 五、其他事项. */
function headingRole(label: string): Role {
  if (ADJUSTMENTS_MARK.test(label)) return 'adjustments';
  if (TRANSFORMATION_MARK.test(label)) return 'transformation';
  // 各室主要职能 heads the divisions (with their duties), though it names duties.
  if (DIVISION_DUTIES_MARK.test(label)) return 'divisions';
  if (DUTIES_MARK.test(label)) return 'duties';
  if (DIVISIONS_MARK.test(label)) return 'divisions';
  if (STAFFING_MARK.test(label) || OTHER_MARK.test(label)) return 'other';
  return 'other';
}

/** 取消已由国务院公布取消的行政审批事项, the opening item of the 2009 round's transfers of duties. */
const CANCELLED_FIRST = /^取消已由/u;

/** The text of a list's first item, or ''. */
function firstItemText(node: Node): string {
  return node.children.find((child) => child.kind === 'item')?.text ?? '';
}

/** The text that says what a list is: its header, its opening text, or the line before it. */
function describe(node: Node, previous: ReadonlyMap<Node, Node>): string {
  const before = previous.get(node);
  const intro = node.origin === 'unheaded' && before !== undefined ? before.text : '';
  return `${node.label ?? ''}${node.text}${intro}`;
}

/** How an encyclopaedia's outline opens: (一)概况, (一)简介, (一)历史沿革. */
const OUTLINE_FIRST = /^\s*(?:概[况況]|[简簡]介|基本情[况況]|[历歷]史沿革)/u;

/** Whether at least `numerator`/`denominator` of a list's items start with an office's name: （一）办公室。负责… */
function namedAtLeast(node: Node, numerator: number, denominator: number): boolean {
  let items = 0;
  let named = 0;
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Node;
    if (child.kind !== 'item') continue;
    items++;
    if (looksLikeDivisionName(child.text)) named++;
  }
  return items > 0 && named * denominator >= items * numerator;
}

/** True when most items of a list start with an office's name. */
function holdsDivisions(node: Node): boolean {
  return namedAtLeast(node, 3, 5);
}

/**
 * Marks what each list of items is. A numbered section heading says it (二、主要职责); otherwise
 * a list says what it is (主要职责, 内设机构) in its header, label or the line before it, or shows
 * it (items that start with office names are divisions); otherwise the first list is the duties
 * and the next one the divisions, when a third of its items at least start with an office's name
 * (a list of duty sentences after the duties is not divisions: a mirror that drops the headings of
 * 职责调整 and 主要职责 leaves two such lists). `containers`: the lists, as `containersOfItems` finds them.
 */
export function assignRoles(roots: readonly Node[], containers: readonly Node[]): void {
  // The paragraph before each unheaded list that follows one: it may introduce the list (nothing
  // else before a list is read, so a long run of lists keeps no entries).
  const previous = new Map<Node, Node>();
  const link = (nodes: readonly Node[]): void => {
    for (let index = 1; index < nodes.length; index++) {
      const node = nodes[index] as Node;
      const before = nodes[index - 1] as Node;
      if (node.origin === 'unheaded' && before.kind === 'paragraph') previous.set(node, before);
    }
  };
  link(roots);
  eachNode(roots, (node) => {
    if (node.children.length > 1) link(node.children);
  });
  for (let i = 0; i < containers.length; i++) {
    const node = containers[i] as Node;
    if (node.origin === 'heading' && node.label) node.role = headingRole(node.label);
    else if (node.origin === 'article' && TRANSFORMATION_MARK.test(node.text)) node.role = 'transformation';
  }
  const claim = (role: Role, test: (node: Node) => boolean): void => {
    if (containers.some((node) => node.role === role)) return;
    const found = containers.find((node) => node.role === null && test(node));
    if (found) found.role = role;
  };
  // The 2009 round's transfers open with the same item (取消已由国务院公布取消的行政审批事项): a list
  // that does, with another list after it, is the transfers even when a mirror dropped its heading.
  claim(
    'adjustments',
    (node) => node !== containers[containers.length - 1] && CANCELLED_FIRST.test(firstItemText(node)),
  );
  claim('duties', (node) => DUTIES_MARK.test(describe(node, previous)));
  claim('divisions', (node) => DIVISIONS_MARK.test(describe(node, previous)));
  claim('divisions', holdsDivisions);
  let duties = containers.findIndex((other) => other.role === 'duties');
  let hasDivisions = containers.some((other) => other.role === 'divisions');
  containers.forEach((node, index) => {
    if (node.role !== null) return;
    // An encyclopaedia's outline ((一)概况… (二)历史沿革…) is no list of duties.
    if (duties === -1 && !OUTLINE_FIRST.test(firstItemText(node))) {
      node.role = 'duties';
      duties = index;
    } else if (!hasDivisions && index > duties && namedAtLeast(node, 1, 3)) {
      node.role = 'divisions';
      hasDivisions = true;
    }
  });
}

const SECTION_SLUGS: Readonly<Record<string, string>> = {
  总则: 'general',
  總則: 'general',
  附则: 'supplementary',
  附則: 'supplementary',
  主要职责: 'duties',
  主要職責: 'duties',
  内设机构: 'divisions',
  內設機構: 'divisions',
  人员编制: 'staffing',
  人員編制: 'staffing',
  其他事项: 'other',
  其他事項: 'other',
};

/**
 * Gives every node its id (see the id scheme in model/schema.ts) and unheaded lists their label
 * in the text's script (内设机构 / 內設機構).
 */
export function assignIds(roots: readonly Node[], script: Script): void {
  const vocabulary = vocabularyFor(script);
  // Ids are unique by construction, except where the text repeats a number (see `suffixed`): a
  // child's id starts with its parent's, articles and chapters are numbered, sections are named or
  // counted, paragraphs counted. So only those numbers are tracked, not every id of the text.
  const slugs = new Set<string>();
  let sections = 0;
  const sectionId = (slug: string | null): string => {
    const id = slug !== null ? `sec_${slug}` : '';
    if (id === '' || slugs.has(id)) return `sec_${++sections}`;
    slugs.add(id);
    return id;
  };
  /** How many times each article and chapter number has come so far. */
  const articles = new Map<number, number>();
  const chapters = new Map<number, number>();
  const count = (seen: Map<number, number>, number: number): number => {
    const times = (seen.get(number) ?? 0) + 1;
    seen.set(number, times);
    return times;
  };
  const visit = (nodes: readonly Node[], parentId: string | null): void => {
    let paragraphs = 0;
    // Item numbers of this list: they normally rise, so a map of them is made only once one does not.
    let highest = 0;
    let items: Map<number, number> | null = null;
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index] as Node;
      const number = node.number ?? 0;
      if (node.kind === 'article') node.id = suffixed(`art_${number}`, count(articles, number));
      else if (node.kind === 'item') {
        let times = 1;
        if (items === null && number > highest) highest = number;
        else {
          items ??= itemNumbersBefore(nodes, index);
          times = count(items, number);
        }
        // join makes one flat string: a template literal keeps a tree of its parts (a rope).
        node.id = suffixed([parentId ?? 'sec', '__point_', number].join(''), times);
      } else if (node.kind === 'paragraph')
        node.id = parentId ? [parentId, '__para_', ++paragraphs].join('') : `para_${++paragraphs}`;
      else if (node.origin === 'chapter') node.id = suffixed(`chp_${number}`, count(chapters, number));
      else {
        if (node.origin === 'unheaded' && (node.role === 'duties' || node.role === 'divisions')) {
          node.label = node.role === 'divisions' ? vocabulary.divisions : vocabulary.duties;
        }
        const role = node.role === 'other' ? null : node.role;
        node.id = sectionId(role ?? SECTION_SLUGS[node.label ?? ''] ?? null);
      }
      if (node.children.length > 0) visit(node.children, node.id);
    }
  };
  visit(roots, null);
}

/**
 * A text that numbers two items alike ((二)…(二)…) still gets one id per item: the second is
 * `…point_2b`, the third `…point_2c`, the 27th `…point_2z27` (the number-order warning tells the
 * author). No id is built with a letter right after its number, so such an id is never taken.
 */
function suffixed(id: string, times: number): string {
  if (times === 1) return id;
  return id + (times <= 26 ? String.fromCharCode(96 + times) : `z${times}`);
}

/** How many times each item number comes in `nodes` before `end`. */
function itemNumbersBefore(nodes: readonly Node[], end: number): Map<number, number> {
  const seen = new Map<number, number>();
  for (let index = 0; index < end; index++) {
    const node = nodes[index] as Node;
    if (node.kind === 'item') seen.set(node.number ?? 0, (seen.get(node.number ?? 0) ?? 0) + 1);
  }
  return seen;
}

/** The citation of a container, to which item numbers are added: 第三条, 内设机构. */
export function citationBase(container: Node): string {
  return container.label ?? container.id;
}

/** The citation of an item: 第三条(十四), 内设机构(六). Always half-width parentheses. */
export function itemCitation(container: Node, item: Node): string {
  // A bulleted item has no numeral: it is cited by its place.
  return `${citationBase(container)}(${item.numeral || formatNumeral(item.number ?? 0)})`;
}

/**
 * The article headers the text leaves out: an unheaded duties or division list after 第三条 is
 * where 第四条 would be.
 */
export function absentHeaders(roots: readonly Node[], script: Script): string[] {
  let articleChar = vocabularyFor(script).article;
  const absent: string[] = [];
  eachNode(roots, (node) => {
    if (node.kind === 'article' && node.label) articleChar = node.label.charAt(node.label.length - 1);
    if (
      node.origin === 'unheaded' &&
      (node.role === 'duties' || node.role === 'divisions') &&
      node.inferredArticle !== null
    ) {
      absent.push(`第${formatNumeral(node.inferredArticle)}${articleChar}`);
    }
  });
  return absent;
}

/** The children of every provision that has none: one frozen array, not one a line. */
const NO_PROVISIONS: Provision[] = Object.freeze([]) as unknown as Provision[];

/** The article structure as plain, JSON-ready provisions. */
export function toProvisions(nodes: readonly Node[]): Provision[] {
  return nodes.map((node) => ({
    id: node.id,
    kind: node.kind,
    number: node.number,
    label: node.label,
    text: node.text,
    line: node.line.number,
    children: node.children.length === 0 ? NO_PROVISIONS : toProvisions(node.children),
  }));
}
