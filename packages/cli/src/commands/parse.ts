import { authorRegulation } from '@sanding/authoring';
import { parseRegulation, type Coverage, type Diagnostic, type Regulation, type Script } from '@sanding/data';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError } from '../errors.js';
import { readTextFile, writeTextFile, type Io } from '../io.js';
import { EXIT_INVALID } from '../regulation-file.js';

const SCRIPTS = ['zh-Hans', 'zh-Hant'] as const;

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Parse a regulation text into Regulation JSON',
  help: `Usage: sanding parse FILE [--script zh-Hans|zh-Hant] [--id SLUG] [--out FILE] [--report]
                            [--keep-punctuation] [--positional-ids]

Parses a three-determinations regulation text (UTF-8) and prints the Regulation as JSON,
with search aids (folding table, pinyin, English terms, synonyms) added. Divisions and duties
get stable ids derived from their names (div_waiguo-zhuanjia-guoji-hezuo); the old positional
id stays in positionalId. Half-width punctuation between Han characters becomes full width.

Options:
  --script S            Convert the text to zh-Hans or zh-Hant (OpenCC) before parsing
  --id SLUG             The regulation's id, e.g. dalian-stb (default: the file name)
  --out FILE            Write the JSON to FILE instead of standard output
  --report              Print a report instead of the JSON: the facts found, the share of the
                        text that ended up in the model, and every line that did not
  --keep-punctuation    Keep the text's punctuation exactly as written
  --positional-ids      Keep positional ids (sec_divisions__point_8)
  -h, --help            Show this help

Diagnostics go to standard error as FILE:LINE:COL: severity: message.
Exit status: 0 when the text parsed without errors (warnings allowed), 65 when it has errors,
2 on a usage or file error.`,
  async run(args, io) {
    const { values, operand: file } = parseCommandArgs('parse', args, 'FILE', {
      script: { type: 'string' },
      id: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'boolean' },
      'keep-punctuation': { type: 'boolean' },
      'positional-ids': { type: 'boolean' },
    });
    const script: Script | undefined = oneOf('parse', 'script', values.script as string | undefined, SCRIPTS);
    const text = await readTextFile(file);
    const id = (values.id as string | undefined) ?? slugFromPath(file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      throw new CliError(`parse: --id must be a slug such as dalian-stb, not "${id}"`);
    if (values.report === true) {
      const parsed = parseRegulation(text, {
        id,
        ...(script ? { lang: script } : {}),
        normalizePunctuation: values['keep-punctuation'] !== true,
      });
      const { diagnostics } = parsed;
      writeDiagnostics(io, file, diagnostics);
      io.stdout.write(formatReport(parsed.regulation, diagnostics, parsed.coverage));
      return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    }
    const { json, diagnostics, problems } = authorRegulation(text, id, {
      ...(script ? { convertTo: script } : {}),
      normalizePunctuation: values['keep-punctuation'] !== true,
      stableIds: values['positional-ids'] !== true,
    });
    writeDiagnostics(io, file, diagnostics);
    for (const problem of problems)
      io.stderr.write(`${file}: error: ${problem}
`);
    if (values.out) await writeTextFile(values.out as string, json);
    else io.stdout.write(json);
    return problems.length > 0 || diagnostics.some((d) => d.severity === 'error') ? EXIT_INVALID : 0;
  },
};

/** Each diagnostic on standard error as `FILE:LINE:COLUMN: severity: code: message`. */
function writeDiagnostics(io: Io, file: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics)
    io.stderr.write(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.code}: ${d.message}\n`);
}

/** `texts/Dalian STB.zh-Hant.txt` → `dalian-stb`. */
export function slugFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  const slug = base
    .replace(/\..*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'regulation';
}

/** What `--report` prints: the facts, the share of the text in the model, what is not. */
export function formatReport(regulation: Regulation, diagnostics: readonly Diagnostic[], coverage: Coverage): string {
  const r = regulation;
  const lines = [
    `agency: ${r.agency.name ?? '(not named in the text)'}`,
    ...(r.promulgation
      ? [
          `notice: ${r.promulgation.documentNumber ?? '(no document number)'}, ${r.promulgation.issuer ?? '(no issuer)'}, ${r.promulgation.date ?? '(no date)'}`,
        ]
      : []),
    `duties: ${r.duties.length}${r.functionTransformation ? ' + function transformation' : ''}`,
    ...(r.dutyAdjustments ? [`transfers of duties: ${r.dutyAdjustments.length}`] : []),
    `divisions: ${r.divisions.length}${r.declaredDivisionCount !== undefined ? ` (declared ${r.declaredDivisionCount})` : ''}${
      r.divisions.length > 0 ? `: ${r.divisions.map((d) => d.name).join('、')}` : ''
    }`,
    ...(r.staffing
      ? [
          `staffing: ${r.staffing.administrativePosts ?? '?'} administrative posts; ${r.staffing.leadershipPosts.map((p) => `${p.title} ${p.count}`).join(', ')}`,
        ]
      : []),
    ...(r.truncated ? ['truncated: the text stops mid-item'] : []),
    `in the model: ${(coverage.share * 100).toFixed(1)}% of the text's characters`,
    ...(coverage.unplaced.length > 0
      ? [
          'not in the model:',
          ...coverage.unplaced.map(
            (u) => `  ${u.line}:${u.column}  ${u.text.length > 40 ? `${u.text.slice(0, 40)}…` : u.text}`,
          ),
        ]
      : []),
    `diagnostics: ${diagnostics.filter((d) => d.severity === 'error').length} errors, ${diagnostics.filter((d) => d.severity === 'warning').length} warnings`,
    ...diagnostics.map((d) => `  ${d.line}:${d.column}  ${d.severity}  ${d.code}`),
  ];
  return `${lines.join('\n')}\n`;
}
