/**
 * Duties (主要职责) and the function transformation (职能转变) from the duties list.
 */
import type { Duty, DutyAdjustment, FunctionTransformation } from '../model/types.js';
import type { Report } from './diagnostics.js';
import { columnAt } from './lines.js';
import { ADJUSTMENTS_MARK, FUNCTION_TRANSFORMATION, TRANSFORMATION_MARK } from './patterns.js';
import { citationBase, itemCitation } from './roles.js';
import { findNode, type Node } from './structure.js';

/** An item's whole text: its own line and any continuation lines, joined. */
export function itemText(item: Node): string {
  const parts = [
    item.text,
    ...item.children.filter((child) => child.origin !== 'co-location').map((child) => child.text),
  ];
  return parts.filter((part) => part !== '').join('');
}

/** The text of a function transformation without its 职能转变。 heading (kept when nothing follows). */
function transformationText(text: string): string {
  return text.replace(FUNCTION_TRANSFORMATION, '') || text;
}

/** The duties and function transformation the text gives. */
export interface DutiesResult {
  readonly duties: Duty[];
  readonly functionTransformation: FunctionTransformation | null;
}

/**
 * Reads the duties list. The 职能转变 item becomes the function transformation; so does a
 * paragraph of the list or an article that starts with 职能转变 when no item does.
 */
export function parseDuties(container: Node | null, roots: readonly Node[], report: Report): DutiesResult {
  const duties: Duty[] = [];
  let functionTransformation: FunctionTransformation | null = null;
  for (const item of container?.children ?? []) {
    if (!container || item.kind !== 'item') continue;
    const text = itemText(item);
    const citation = itemCitation(container, item);
    if (FUNCTION_TRANSFORMATION.test(text) && functionTransformation === null) {
      functionTransformation = { id: item.id, citation, text: transformationText(text) };
    } else if (text !== '') {
      duties.push({ id: item.id, number: item.number ?? 1, citation, text });
    } else {
      report({
        severity: 'warning',
        code: 'empty-item',
        message: `Duty ${item.label ?? ''} has no text.`,
        line: item.line.number,
        column: columnAt(item.line, 0),
      });
    }
  }
  functionTransformation ??= transformationOutsideItems(container, roots);
  return { duties, functionTransformation };
}

/** Every text of a node and its descendants, in order, joined. */
function wholeText(node: Node): string {
  return [node.text, ...node.children.map(wholeText)].filter((part) => part !== '').join('');
}

/** The transfers of duties (职责调整) of the 2008–2010 template: one per item. */
export function parseAdjustments(container: Node | null): DutyAdjustment[] {
  if (!container) return [];
  return container.children.flatMap((item) => {
    const text = item.kind === 'item' ? itemText(item) : '';
    return text === ''
      ? []
      : [{ id: item.id, number: item.number ?? 1, citation: itemCitation(container, item), text }];
  });
}

/**
 * A 职责调整 section written as paragraphs, without items (一、职责调整 then 强化…。增加…。): the
 * section, whose paragraphs are its transfers, one each, cited by the section's words; null when
 * the text has no such section.
 */
export function unnumberedAdjustments(roots: readonly Node[]): { section: Node; adjustments: DutyAdjustment[] } | null {
  for (let i = 0; i < roots.length; i++) {
    const section = roots[i] as Node;
    if (section.kind !== 'section' || !ADJUSTMENTS_MARK.test(section.label ?? '')) continue;
    const paragraphs = section.children.filter((child) => child.kind === 'paragraph' && child.text !== '');
    if (paragraphs.length === 0 || section.children.some((child) => child.kind !== 'paragraph')) continue;
    const adjustments = paragraphs.map((paragraph, i) => ({
      id: paragraph.id,
      number: i + 1,
      citation: section.label ?? section.id,
      text: paragraph.text,
    }));
    return { section, adjustments };
  }
  return null;
}

/** A report's sentence on the function transformation: 《规定》明确，在职能转变方面，X应当…. */
const REPORTED_TRANSFORMATION = /在[职職]能[转轉][变變]方面/u;

function transformationOutsideItems(container: Node | null, roots: readonly Node[]): FunctionTransformation | null {
  // A section of its own: 一、职能转变 (with or without items).
  const section = findNode(
    roots,
    (node) => node.kind === 'section' && node.origin === 'heading' && TRANSFORMATION_MARK.test(node.label ?? ''),
  );
  if (section) {
    const text = wholeText(section) || (section.label ?? '');
    return { id: section.id, citation: section.label ?? section.id, text };
  }
  const paragraph = container?.children.find(
    (child) => child.kind === 'paragraph' && FUNCTION_TRANSFORMATION.test(child.text),
  );
  if (container && paragraph) {
    return { id: paragraph.id, citation: citationBase(container), text: transformationText(paragraph.text) };
  }
  const node = findNode(
    roots,
    (candidate) => candidate.kind === 'article' && FUNCTION_TRANSFORMATION.test(candidate.text),
  );
  if (node) {
    const text = [
      node.text,
      ...node.children.filter((child) => child.kind === 'paragraph').map((child) => child.text),
    ].join('');
    return { id: node.id, citation: node.label ?? node.id, text: transformationText(text) };
  }
  // A report of the regulation (news, a summary) gives it in a sentence of a paragraph.
  let at = -1;
  const reported = findNode(roots, (candidate) => {
    if (candidate.kind !== 'paragraph') return false;
    at = candidate.text.search(REPORTED_TRANSFORMATION);
    return at >= 0;
  });
  if (reported) return { id: reported.id, citation: reported.label ?? reported.id, text: reported.text.slice(at) };
  return null;
}
