/**
 * The parser's pipeline: lines → tokens → article structure → the facts of a Regulation.
 */
import { SCHEMA_VERSION } from '../model/constants.js';
import type { Regulation, Script } from '../model/types.js';
import { agencyTexts, parseAgency } from './agency.js';
import { parseBasis } from './basis.js';
import { sortDiagnostics, type Diagnostic, type ParserDiagnostic, type Report } from './diagnostics.js';
import { parseDivisions } from './divisions.js';
import { parseDuties } from './duties.js';
import { parseLeaders } from './leaders.js';
import { columnAt, splitLines } from './lines.js';
import { absentHeaders, assignIds, assignRoles, containersOfItems, toProvisions } from './roles.js';
import { detectScript } from './script.js';
import { parseStaffing } from './staffing.js';
import { buildStructure, type Node } from './structure.js';
import { classifyLine, type LineToken } from './tokens.js';

/** Options after checking: every field decided. */
export interface ResolvedOptions {
  readonly id: string;
  readonly lang: Script | null;
  readonly retrieved: string | null;
  readonly sourceFile: string | null;
}

/** The dataset version the parser writes; the dataset build overwrites it. */
const DATASET_VERSION = '0.0.0';

/**
 * The title is the first non-blank line, unless that line is already an article, an item, a
 * heading or a leader. Lines that repeat the title before the articles start are dropped (the
 * Dalian text repeats it).
 */
function splitTitle(tokens: readonly LineToken[]): { title: LineToken | null; body: LineToken[] } {
  const first = tokens.findIndex((token) => token.kind !== 'blank');
  const candidate = first === -1 ? undefined : tokens[first];
  if (!candidate || candidate.kind !== 'text') return { title: null, body: [...tokens] };
  let started = false;
  const body = tokens.slice(first + 1).filter((token) => {
    started ||= token.kind !== 'text' && token.kind !== 'blank';
    return started || token.line.text !== candidate.line.text;
  });
  return { title: candidate, body };
}

function missing(code: 'no-title' | 'no-duties' | 'no-divisions', message: string, at: Node | null): ParserDiagnostic {
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
  const tokens = splitLines(text).map(classifyLine);
  const lang = options.lang ?? detectScript(text);
  const { title: titleToken, body } = splitTitle(tokens);
  const title = titleToken?.line.text ?? options.id;
  if (!titleToken) {
    report({
      severity: 'error',
      code: 'no-title',
      message: 'The text has no title line (the agency or regulation name).',
      line: 1,
      column: 1,
    });
  }

  const roots = buildStructure(body, report);
  assignRoles(roots);
  assignIds(roots, lang);
  const containers = containersOfItems(roots);
  const dutiesList = containers.find((node) => node.role === 'duties') ?? null;
  const divisionList = containers.find((node) => node.role === 'divisions') ?? null;

  const agency = parseAgency(titleToken ? title : null, agencyTexts(roots), title, report);
  const basis = parseBasis(roots, report);
  const { duties, functionTransformation } = parseDuties(dutiesList, roots, report);
  const divisions = parseDivisions(divisionList, report);
  const staffing = parseStaffing(roots);
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
    divisions,
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
