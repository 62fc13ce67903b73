/**
 * The parser's pipeline: lines → tokens → article structure → the facts of a Regulation.
 */
import { SCHEMA_VERSION } from '../model/constants.js';
import type { Regulation, Script } from '../model/types.js';
import { agencyTexts, findAgencyName, parseAgency } from './agency.js';
import { parseBasis } from './basis.js';
import { sortDiagnostics, type Diagnostic, type ParserDiagnostic, type Report } from './diagnostics.js';
import { inlineDivisions, parseDivisions } from './divisions.js';
import { parseAdjustments, parseDuties } from './duties.js';
import { parseLeaders } from './leaders.js';
import { readFrontMatter } from './front.js';
import { layoutLines } from './layout.js';
import { columnAt, splitLines } from './lines.js';
import { declaredDivisionCount } from './declared.js';
import { markTruncation } from './truncation.js';
import { absentHeaders, assignIds, assignRoles, containersOfItems, toProvisions } from './roles.js';
import { detectScript, vocabularyFor } from './script.js';
import { parseStaffing } from './staffing.js';
import { buildStructure, type Node } from './structure.js';
import { classifyLine } from './tokens.js';

/** Options after checking: every field decided. */
export interface ResolvedOptions {
  readonly id: string;
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

/** Parses a regulation text. Never throws on any string. */
export function parse(text: string, options: ResolvedOptions): { regulation: Regulation; diagnostics: Diagnostic[] } {
  const diagnostics: ParserDiagnostic[] = [];
  const report: Report = (diagnostic) => {
    diagnostics.push(diagnostic);
  };
  const tokens = layoutLines(splitLines(text)).map(classifyLine);
  const lang = options.lang ?? detectScript(text);
  const front = readFrontMatter(tokens);
  const body = tokens.filter((token) => !front.consumed.has(token));
  const noticeLines = tokens.filter((token) => front.consumed.has(token));
  const agencyName = findAgencyName(
    front.title?.line.text ?? null,
    noticeLines,
    front.noticeTitle?.line.text ?? null,
    body,
  );
  const firstLine = body.find((token) => token.kind !== 'blank')?.line.text;
  const title =
    front.title?.line.text ?? agencyName ?? (firstLine !== undefined ? firstLine.slice(0, 40) : null) ?? options.id;
  if (!front.title) {
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
        'Nothing in the text names the agency (a title, 设立X, X是…工作部门); its name is left as 未知机构.',
        null,
      ),
    );
  }

  const roots = buildStructure(body, report);
  assignRoles(roots);
  assignIds(roots, lang);
  const containers = containersOfItems(roots);
  const dutiesList = containers.find((node) => node.role === 'duties') ?? null;
  const divisionList = containers.find((node) => node.role === 'divisions') ?? null;
  const adjustmentsList = containers.find((node) => node.role === 'adjustments') ?? null;

  const agency = parseAgency(agencyName ?? (lang === 'zh-Hant' ? '未知機構' : '未知机构'), agencyTexts(roots), report);
  const basis = parseBasis(roots, report);
  const { duties, functionTransformation } = parseDuties(dutiesList, roots, report);
  const dutyAdjustments = parseAdjustments(adjustmentsList);
  const listed = parseDivisions(divisionList, report);
  const divisionNotes = listed.notes;
  const divisions =
    listed.divisions.length > 0 ? listed.divisions : inlineDivisions(body, vocabularyFor(lang).divisions);
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
  const staffing = parseStaffing(roots);
  const truncated = markTruncation(body, { duties, divisions, dutyAdjustments }, roots, report);
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
    ...(staffing ? { staffing } : {}),
    provenance: {
      source: { title, kind: 'other', ...(options.sourceFile !== null ? { file: options.sourceFile } : {}) },
      retrieved: options.retrieved,
      datasetVersion: DATASET_VERSION,
      absentHeaders: absentHeaders(roots, lang),
      notes: [],
    },
  };
  return { regulation, diagnostics: sortDiagnostics(diagnostics) };
}
