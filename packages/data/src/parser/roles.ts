/**
 * What each list of items is (duties, divisions), and the ids and labels that follow from it.
 */
import type { Provision, Script } from '../model/types.js';
import { formatNumeral } from './numerals.js';
import {
  ADJUSTMENTS_MARK,
  DIVISIONS_MARK,
  DUTIES_MARK,
  OTHER_MARK,
  STAFFING_MARK,
  TRANSFORMATION_MARK,
} from './patterns.js';
import { looksLikeDivisionName } from './units.js';
import { vocabularyFor } from './script.js';
import { walk, type Node, type Role } from './structure.js';

/** The containers of items: articles and sections with at least one item, in document order. */
export function containersOfItems(roots: readonly Node[]): Node[] {
  const containers: Node[] = [];
  for (const node of walk(roots)) {
    if (node.kind !== 'item' && node.children.some((child) => child.kind === 'item')) containers.push(node);
  }
  return containers;
}

/** The role a section heading declares by its words: 二、主要职责, 一、职责调整, 五、其他事项. */
function headingRole(label: string): Role {
  if (ADJUSTMENTS_MARK.test(label)) return 'adjustments';
  if (TRANSFORMATION_MARK.test(label)) return 'transformation';
  if (DUTIES_MARK.test(label)) return 'duties';
  if (DIVISIONS_MARK.test(label)) return 'divisions';
  if (STAFFING_MARK.test(label) || OTHER_MARK.test(label)) return 'other';
  return 'other';
}

/** The text that says what a list is: its header, its opening text, or the line before it. */
function describe(node: Node, previous: ReadonlyMap<Node, Node>): string {
  const before = previous.get(node);
  const intro = node.origin === 'unheaded' && before?.kind === 'paragraph' ? before.text : '';
  return `${node.label ?? ''}${node.text}${intro}`;
}

/** True when most items of a list start with an office's name: （一）办公室。负责… */
function holdsDivisions(node: Node): boolean {
  const items = node.children.filter((child) => child.kind === 'item');
  const named = items.filter((item) => looksLikeDivisionName(item.text)).length;
  return items.length > 0 && named * 5 >= items.length * 3;
}

/**
 * Marks what each list of items is. A numbered section heading says it (二、主要职责); otherwise
 * a list says what it is (主要职责, 内设机构) in its header, label or the line before it, or shows
 * it (items that start with office names are divisions); otherwise the first list is the duties
 * and the next one the divisions. `containers`: the lists, as `containersOfItems` finds them.
 */
export function assignRoles(roots: readonly Node[], containers: readonly Node[]): void {
  // The sibling before each unheaded list (only theirs are read): the paragraph that may introduce it.
  const previous = new Map<Node, Node>();
  const link = (nodes: readonly Node[]): void => {
    for (let index = 1; index < nodes.length; index++) {
      const node = nodes[index] as Node;
      if (node.origin === 'unheaded') previous.set(node, nodes[index - 1] as Node);
    }
  };
  link(roots);
  for (const node of walk(roots)) link(node.children);
  for (const node of containers) {
    if (node.origin === 'heading' && node.label) node.role = headingRole(node.label);
    else if (node.origin === 'article' && TRANSFORMATION_MARK.test(node.text)) node.role = 'transformation';
  }
  const claim = (role: Role, test: (node: Node) => boolean): void => {
    if (containers.some((node) => node.role === role)) return;
    const found = containers.find((node) => node.role === null && test(node));
    if (found) found.role = role;
  };
  claim('duties', (node) => DUTIES_MARK.test(describe(node, previous)));
  claim('divisions', (node) => DIVISIONS_MARK.test(describe(node, previous)));
  claim('divisions', holdsDivisions);
  let duties = containers.findIndex((other) => other.role === 'duties');
  let hasDivisions = containers.some((other) => other.role === 'divisions');
  containers.forEach((node, index) => {
    if (node.role !== null) return;
    if (duties === -1) {
      node.role = 'duties';
      duties = index;
    } else if (!hasDivisions && index > duties) {
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
  const used = new Set<string>();
  let sections = 0;
  const sectionId = (slug: string | null): string => {
    let id = slug !== null ? `sec_${slug}` : '';
    while (id === '' || used.has(id)) id = `sec_${++sections}`;
    return id;
  };
  /**
   * A text that numbers two items alike ((二)…(二)…) still gets one id per item: the second is
   * `…point_2b`, the third `…point_2c` (the number-order warning tells the author).
   */
  // The next suffix to try for each id: probing from 2 every time is quadratic in the number of
  // repeats (第一条 on each of 100,000 lines).
  const nextSuffix = new Map<string, number>();
  const unique = (id: string): string => {
    if (!used.has(id)) return id;
    for (let k = nextSuffix.get(id) ?? 2; ; k++) {
      const candidate = `${id}${k <= 26 ? String.fromCharCode(96 + k) : `z${k}`}`;
      if (!used.has(candidate)) {
        nextSuffix.set(id, k + 1);
        return candidate;
      }
    }
  };
  const visit = (nodes: readonly Node[], parentId: string | null): void => {
    let paragraphs = 0;
    for (const node of nodes) {
      if (node.kind === 'article') node.id = `art_${node.number ?? 0}`;
      else if (node.kind === 'item') node.id = `${parentId ?? 'sec'}__point_${node.number ?? 0}`;
      else if (node.kind === 'paragraph')
        node.id = parentId ? `${parentId}__para_${++paragraphs}` : `para_${++paragraphs}`;
      else if (node.origin === 'chapter') node.id = `chp_${node.number ?? 0}`;
      else {
        if (node.origin === 'unheaded' && (node.role === 'duties' || node.role === 'divisions')) {
          node.label = node.role === 'divisions' ? vocabulary.divisions : vocabulary.duties;
        }
        const role = node.role === 'other' ? null : node.role;
        node.id = sectionId(role ?? SECTION_SLUGS[node.label ?? ''] ?? null);
      }
      node.id = unique(node.id);
      used.add(node.id);
      visit(node.children, node.id);
    }
  };
  visit(roots, null);
}

/** The citation of a container, to which item numbers are added: 第三条, 内设机构. */
export function citationBase(container: Node): string {
  return container.label ?? container.id;
}

/** The citation of an item: 第三条(十四), 内设机构(六). Always half-width parentheses. */
export function itemCitation(container: Node, item: Node): string {
  return `${citationBase(container)}(${item.numeral ?? formatNumeral(item.number ?? 0)})`;
}

/**
 * The article headers the text leaves out: an unheaded duties or division list after 第三条 is
 * where 第四条 would be.
 */
export function absentHeaders(roots: readonly Node[], script: Script): string[] {
  let articleChar = vocabularyFor(script).article;
  const absent: string[] = [];
  for (const node of walk(roots)) {
    if (node.kind === 'article' && node.label) articleChar = node.label.charAt(node.label.length - 1);
    if (
      node.origin === 'unheaded' &&
      (node.role === 'duties' || node.role === 'divisions') &&
      node.inferredArticle !== null
    ) {
      absent.push(`第${formatNumeral(node.inferredArticle)}${articleChar}`);
    }
  }
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
