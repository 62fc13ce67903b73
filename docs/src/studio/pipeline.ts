/**
 * The one place where the studio turns text into data. The worker calls only these two functions:
 * `readText` on every pause in typing (fast: the parser alone, for the diagnostics and the
 * structure), and `author` for the data itself, which must be byte for byte what
 * `sanding parse FILE --id ID` writes for the same text.
 */
import {
  mergeRegulation,
  parseRegulation,
  type Diagnostic,
  type EnglishName,
  type ParseResult,
  type Regulation,
  type RegulationOverlay,
  type Script,
} from '@sanding/data';

/** What the studio adds to the text: the forms' leaders, contacts and English names. */
export interface AuthorInputs {
  readonly convertTo?: Script;
  readonly names?: {
    readonly agency?: EnglishName;
    readonly divisions?: Readonly<Record<string, EnglishName>>;
  };
  readonly overlay?: RegulationOverlay;
  readonly notes?: readonly string[];
}

export interface Authored {
  readonly regulation: Regulation;
  /** The file to publish. */
  readonly json: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Why the JSON should not be published yet. */
  readonly problems: readonly string[];
}

/** The parser alone: the structure and the diagnostics of a text. */
export function readText(text: string, id: string): ParseResult {
  return parseRegulation(text, { id });
}

/** The publishable Regulation: the parsed text with the inputs merged. */
export async function author(text: string, id: string, inputs: AuthorInputs): Promise<Authored> {
  const { validateRegulation } = await import('@sanding/data/validate');
  const { regulation: base, diagnostics } = parseRegulation(text, { id });
  const names = inputs.names;
  let regulation: Regulation = {
    ...base,
    agency: { ...base.agency, ...(names?.agency ? { nameEn: names.agency } : {}) },
    divisions: base.divisions.map((d) => {
      const nameEn = names?.divisions?.[d.id];
      return nameEn ? { ...d, nameEn } : d;
    }),
    provenance: { ...base.provenance, notes: [...base.provenance.notes, ...(inputs.notes ?? [])] },
  };
  if (inputs.overlay) regulation = mergeRegulation(regulation, inputs.overlay);
  const checked = validateRegulation(regulation);
  const problems = checked.ok ? [] : checked.issues.map((issue) => `${issue.path}: ${issue.message}`);
  return { regulation, json: `${JSON.stringify(regulation, null, 2)}\n`, diagnostics, problems };
}

/** Whether `author` can convert a text to the other script (OpenCC). */
export const CONVERTS = false;
