/**
 * The parser's pipeline: lines → tokens → article structure → the facts of a Regulation.
 */
import { SCHEMA_VERSION } from '../model/constants.js';
import type { Regulation, Script } from '../model/types.js';
import { agencyTexts, findAgencyName, parseAgency } from './agency.js';
import { parseBasis } from './basis.js';
import {
  LISTED_PER_CODE,
  omitted,
  sortDiagnostics,
  type Diagnostic,
  type DiagnosticCode,
  type ParserDiagnostic,
  type Report,
} from './diagnostics.js';
import { inlineDivisions, nameLineDivisions, parseDivisions } from './divisions.js';
import { parseAdjustments, parseDuties, unnumberedAdjustments } from './duties.js';
import { parseContacts } from './contacts.js';
import { parseLeaders } from './leaders.js';
import { readFrontMatter, regulationTitleIn } from './front.js';
import { layoutLines } from './layout.js';
import { BoundedList } from './lists.js';
import { columnAt, splitLines } from './lines.js';
import { declaredDivisionCount } from './declared.js';
import { markTruncation } from './truncation.js';
import { fullWidthCitation, normalizePunctuation } from './punctuation.js';
import { addLinesOf, cover, measureCoverage, noLinesCovered, type Coverage } from './coverage.js';
import { TRANSFORMATION_MARK } from './patterns.js';
import { absentHeaders, assignIds, assignRoles, containersOfItems, toProvisions } from './roles.js';
import { detectScript, vocabularyFor } from './script.js';
import { parseStaffing } from './staffing.js';
import { buildStructure, eachNode, type Node } from './structure.js';

/** A section of its own for the function transformation: 一、职能转变. */
function isTransformationSection(node: Node): boolean {
  return node.kind === 'section' && TRANSFORMATION_MARK.test(node.label ?? '');
}
import { classifyLines, type LineToken } from './tokens.js';

/** The tokens not in `left`, in order: a list nearly as long as the text, made at its size (see BoundedList). */
function withoutTokens(tokens: readonly LineToken[], left: ReadonlySet<LineToken>): LineToken[] {
  const kept = new BoundedList<LineToken>(tokens.length - left.size);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as LineToken;
    if (!left.has(token)) kept.push(token);
  }
  return kept.done();
}

/** Options after checking: every field decided. */
export interface ResolvedOptions {
  readonly id: string;
  /** Normalise half-width punctuation to full width (GB/T 15834). */
  readonly normalizePunctuation: boolean;
  readonly lang: Script | null;
  readonly retrieved: string | null;
  readonly sourceFile: string | null;
}

/** The dataset version the parser writes; the dataset build overwrites it. */
const DATASET_VERSION = '0.0.0';

function missing(
  code: 'no-title' | 'no-duties' | 'no-divisions' | 'no-agency',
  message: string,
  at: Node | null,
): ParserDiagnostic {
  return {
    severity: 'error',
    code,
    message,
    line: at?.line.number ?? 1,
    column: at ? columnAt(at.line, 0) : 1,
  };
}

/** The regulation with the citations the parser wrote in full width: 内设机构（六）. */
function withFullWidthCitations(regulation: Regulation): Regulation {
  const cite = <T extends { citation: string }>(entry: T): T => ({
    ...entry,
    citation: fullWidthCitation(entry.citation),
  });
  return {
    ...regulation,
    duties: regulation.duties.map(cite),
    functionTransformation: regulation.functionTransformation ? cite(regulation.functionTransformation) : null,
    ...(regulation.dutyAdjustments ? { dutyAdjustments: regulation.dutyAdjustments.map(cite) } : {}),
    divisions: regulation.divisions.map((division) => ({
      ...cite(division),
      responsibilities: division.responsibilities.map(cite),
    })),
  };
}

/** Parses a regulation text. Never throws on any string. */
export function parse(
  text: string,
  options: ResolvedOptions,
): { regulation: Regulation; diagnostics: Diagnostic[]; coverage: Coverage } {
  const punctuation = options.normalizePunctuation ? normalizePunctuation(text) : { text, changes: 0 };
  const tokens = classifyLines(layoutLines(splitLines(punctuation.text)));
  // A long text can have a diagnostic a line (see BoundedList).
  const diagnostics = new BoundedList<ParserDiagnostic>(tokens.length);
  // The lines already reported as unrecognised, which the coverage does not report again.
  const unrecognized = new Set<number>();
  // Many lines of a long text can get the same message (every repeated 第一條); one string serves
  // them all, instead of one copy a line kept until the caller drops the result.
  // The diagnostic is the caller's fresh literal and nothing has read it yet, so its message is
  // swapped for the equal string in place (a copy made by spreading costs more than it saves).
  const messages = new Map<string, string>();
  // The diagnostics of each code beyond the first LISTED_PER_CODE: counted, not listed (see `omitted`).
  const beyond = new Map<DiagnosticCode, { count: number; first: ParserDiagnostic; last: number }>();
  const listedOf = new Map<DiagnosticCode, number>();
  const report: Report = (diagnostic) => {
    if (diagnostic.code === 'unrecognized-line') unrecognized.add(diagnostic.line);
    const listed = (listedOf.get(diagnostic.code) ?? 0) + 1;
    listedOf.set(diagnostic.code, listed);
    if (listed > LISTED_PER_CODE) {
      const more = beyond.get(diagnostic.code);
      if (more) {
        more.count++;
        more.last = diagnostic.line;
      } else beyond.set(diagnostic.code, { count: 1, first: diagnostic, last: diagnostic.line });
      return;
    }
    const message = messages.get(diagnostic.message);
    if (message === undefined) messages.set(diagnostic.message, diagnostic.message);
    else (diagnostic as { message: string }).message = message;
    diagnostics.push(diagnostic);
  };
  const lang = options.lang ?? detectScript(text);
  const front = readFrontMatter(tokens);
  // The tokens themselves when there is no front matter: a copy would be one more list as long as the text.
  const body = front.consumed.size === 0 ? tokens : withoutTokens(tokens, front.consumed);
  const noticeLines = tokens.filter((token) => front.consumed.has(token));
  const roots = buildStructure(body, report);
  // Roles and ids change no node's children, so the containers found once serve every step.
  const containers = containersOfItems(roots, body.length);
  assignRoles(roots, containers);
  assignIds(roots, lang);
  const dutiesList = containers.find((node) => node.role === 'duties') ?? null;
  const divisionList = containers.find((node) => node.role === 'divisions') ?? null;
  const adjustmentsList = containers.find((node) => node.role === 'adjustments') ?? null;

  // An excerpt that starts at a list of names alone on their lines: its first line, title-like,
  // is the first division's name, not a title (the list is used below when there is no other).
  // Read here only when the title could be such a name; otherwise only when a text has no other list.
  const divisionLabel = vocabularyFor(lang).divisions;
  const titleName = front.title !== null && regulationTitleIn(front.title.line.text) === null ? front.title : null;
  const nameLinesFromTitle = titleName ? nameLineDivisions(body, divisionLabel, titleName) : null;
  // Not when the text has a division list of its own: the names are then not its divisions.
  const titleLine =
    titleName && divisionList === null && nameLinesFromTitle?.lines[0] === titleName ? null : front.title;
  const agencyName = findAgencyName(
    titleLine?.line.text ?? null,
    noticeLines,
    front.noticeTitle?.line.text ?? null,
    body,
  );
  const firstLine = body.find((token) => token.kind !== 'blank')?.line.text;
  // The title is never empty (a reader needs a heading); it is never taken as the agency's name,
  // nor from a text that starts with a division.
  const title =
    titleLine?.line.text ??
    agencyName ??
    (firstLine !== undefined && titleLine === front.title ? firstLine.slice(0, 40) : null) ??
    options.id;
  if (!titleLine) {
    report({
      severity: 'warning',
      code: 'no-title',
      message: 'The text has no title line (the agency or regulation name).',
      line: 1,
      column: 1,
    });
  }
  if (agencyName === null) {
    report(
      missing(
        'no-agency',
        'Nothing in the text names the agency (a title, 设立X, X是…工作部门); its name is left null.',
        null,
      ),
    );
  }

  const describingAgency = agencyTexts(roots, body.length);
  const agency = parseAgency(agencyName, describingAgency, report);
  const basis = parseBasis(roots, report);
  const { duties, functionTransformation } = parseDuties(dutiesList, roots, report);
  // Transfers written as a paragraph under 一、职责调整 (no items) are transfers all the same.
  const unnumbered = adjustmentsList ? null : unnumberedAdjustments(roots);
  const dutyAdjustments = unnumbered?.adjustments ?? parseAdjustments(adjustmentsList);
  const listed = parseDivisions(divisionList, report);
  const divisionNotes = listed.notes;
  const inline = listed.divisions.length > 0 ? [] : inlineDivisions(body, divisionLabel);
  // Names alone on their lines, without a heading.
  const byName =
    listed.divisions.length > 0 || inline.length > 0
      ? null
      : (nameLinesFromTitle ?? nameLineDivisions(body, divisionLabel));
  // Lines read as divisions outside the list's items: unnumbered bodies after them, names alone on
  // their lines.
  const readAsDivisions = [...listed.unnumberedLines, ...(byName?.lines ?? []).map((token) => token.line.number)];
  // The agency's contact details, on lines of their own (联系电话：…); a division's are its own.
  const divisionLines = new Set(readAsDivisions);
  if (divisionList) eachNode([divisionList], (node) => void divisionLines.add(node.line.number));
  const contacts = parseContacts(body, title, divisionLines);
  // Those lines and the contact lines were reported as unrecognised while the structure was built:
  // they are placed now.
  const placed = new Set([...readAsDivisions, ...(contacts?.lines ?? []).map((token) => token.line.number)]);
  if (placed.size > 0) {
    diagnostics.drop((d) => d.code === 'unrecognized-line' && placed.has(d.line));
    for (const line of placed) unrecognized.delete(line);
    // Lines past the listed ones that are now placed are no longer unrecognised: recount them.
    const more = beyond.get('unrecognized-line');
    if (more) {
      const listedLines = new Set<number>();
      diagnostics.forEach((d) => d.code === 'unrecognized-line' && listedLines.add(d.line));
      const left = [...unrecognized].filter((line) => !listedLines.has(line));
      if (left.length === 0) beyond.delete('unrecognized-line');
      else {
        more.count = left.length;
        more.last = left[left.length - 1] as number;
        if (placed.has(more.first.line)) more.first = { ...more.first, line: left[0] as number, column: 1 };
      }
    }
  }
  const divisions =
    listed.divisions.length > 0 ? listed.divisions : inline.length > 0 ? inline : (byName?.divisions ?? []);
  const declared = declaredDivisionCount(body, divisionList);
  if (declared !== null && divisions.length > 0 && declared.count !== divisions.length) {
    report({
      severity: 'warning',
      code: 'division-count-mismatch',
      message: `The text declares ${declared.count} divisions but lists ${divisions.length}.`,
      line: declared.line.number,
      column: columnAt(declared.line, 0),
    });
  }
  const staffing = parseStaffing(roots, report);
  const truncated = markTruncation(body, { duties, divisions, dutyAdjustments }, roots, report);
  // One walk finds the function transformation and the staffing text (each walk of a large tree
  // is a pass over memory that no longer fits in a cache).
  const transformationAndStaffing: Node[] = [];
  eachNode(roots, (node) => {
    if (
      node.role === 'transformation' ||
      isTransformationSection(node) ||
      (functionTransformation !== null && node.id === functionTransformation.id) ||
      (staffing !== undefined && (node.label ?? node.id) === staffing.citation)
    ) {
      transformationAndStaffing.push(node);
    }
  });
  const covered = noLinesCovered(tokens.length);
  for (const token of front.consumed) if (!front.metadata.has(token)) cover(covered, token.line);
  addLinesOf(
    containers.filter((node) => node.role !== null && node.role !== 'other'),
    covered,
  );
  if (unnumbered) addLinesOf([unnumbered.section], covered);
  addLinesOf(transformationAndStaffing, covered);
  for (let i = 0; i < describingAgency.length; i++) cover(covered, (describingAgency[i] as Node).line);
  for (let i = 0; i < body.length; i++) {
    const token = body[i] as LineToken;
    if (token.kind === 'leader') cover(covered, token.line);
  }
  if (declared) cover(covered, declared.line);
  for (const token of byName?.lines ?? []) cover(covered, token.line);
  for (const token of contacts?.lines ?? []) cover(covered, token.line);
  if (titleLine) cover(covered, titleLine.line);
  const coverage = measureCoverage(tokens, covered, front.consumed, unrecognized, report);
  if (duties.length === 0) report(missing('no-duties', 'No numbered duties (主要职责) were found.', dutiesList));
  if (divisions.length === 0) report(missing('no-divisions', 'No division list (内设机构) was found.', divisionList));

  const regulation: Regulation = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title,
    lang,
    agency,
    basis,
    articles: toProvisions(roots),
    duties,
    functionTransformation,
    ...(dutyAdjustments.length > 0 ? { dutyAdjustments } : {}),
    divisions,
    ...(declared !== null ? { declaredDivisionCount: declared.count } : {}),
    ...(divisionNotes.length > 0 ? { divisionNotes } : {}),
    ...(front.promulgation ? { promulgation: front.promulgation } : {}),
    ...(truncated ? { truncated } : {}),
    leaders: parseLeaders(body, title),
    ...(contacts ? { contacts: [contacts.contact] } : {}),
    ...(staffing ? { staffing } : {}),
    provenance: {
      source: { title, kind: 'other', ...(options.sourceFile !== null ? { file: options.sourceFile } : {}) },
      retrieved: options.retrieved,
      datasetVersion: DATASET_VERSION,
      absentHeaders: absentHeaders(roots, lang),
      ...(punctuation.changes > 0
        ? { punctuation: { rule: 'gb-t-15834' as const, changes: punctuation.changes } }
        : {}),
      notes: [],
    },
  };
  for (const [code, more] of beyond) diagnostics.push(omitted(code, more.count, more.first, more.last));
  return {
    regulation: options.normalizePunctuation ? withFullWidthCitations(regulation) : regulation,
    diagnostics: sortDiagnostics(diagnostics.done()),
    coverage,
  };
}
