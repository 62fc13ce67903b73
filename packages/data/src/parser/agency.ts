/**
 * The agency: its name, other names (signboards), parent body, kind and rank, read from the
 * title, the opening sentence and the articles before the duties.
 */
import type { Agency } from '../model/types.js';
import type { Report } from './diagnostics.js';
import { columnAt } from './lines.js';
import { AGENCY_STATEMENT, findSignboards } from './patterns.js';
import { walk, type Node } from './structure.js';

/** 正局级, 副厅级, 正处级… */
const RANK = /[正副]?(?:省部|[部厅廳局司处處县縣乡鄉科股])[级級]/;

/** A full regulation title: the agency name followed by 职能配置、内设机构和人员编制规定 or similar. */
const REGULATION_TITLE =
  /^(.+?)(?:[职職]能配置|主要[职職][责責]|[机機][构構][职職]能|[机機][构構][编編]制|[“"]三定[”"]|三定).*?(?:[规規]定|方案)$/;

/** Characters that stand where 的 belongs in "X是Y的工作部门" (seen: 發 in the Dalian text). */
const JOINING_TYPOS: ReadonlySet<string> = new Set(['发', '發']);

/** The texts that describe the agency: the opening sentence and the articles before the duties. */
export function agencyTexts(roots: readonly Node[]): Node[] {
  const texts: Node[] = [];
  for (const node of walk(roots)) {
    if (node.role !== null) break;
    if (
      node.origin === 'opening' ||
      node.origin === 'article' ||
      (node.origin === 'body' && node.kind === 'paragraph')
    ) {
      texts.push(node);
    }
  }
  return texts;
}

/** The subject of the clause that ends just before `index`: "…，大连市科学技术局是" → 大连市科学技术局. */
function subjectBefore(text: string, index: number): string {
  const clause = text.slice(0, index);
  const start = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((mark) => clause.lastIndexOf(mark))) + 1;
  return clause.slice(start).trim();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Reads the agency. Its name is the title (without 职能配置、内设机构和人员编制规定 when the title is
 * the regulation's full name), else the subject of "X是…工作部门", else `fallbackName`. Reports a suspected typo in "X是Y发工作部门".
 */
export function parseAgency(
  title: string | null,
  texts: readonly Node[],
  fallbackName: string,
  report: Report,
): Agency {
  let subject: string | null = null;
  let parent: string | null = null;
  let kind: string | null = null;
  let rank: string | null = null;
  const alsoKnownAs: string[] = [];
  for (const node of texts) {
    const statement = AGENCY_STATEMENT.exec(node.text);
    if (statement) {
      const [, parentText = '', joining = '', kindText = ''] = statement;
      if (JOINING_TYPOS.has(joining)) {
        const offset = statement.index + 1 + parentText.length;
        report({
          severity: 'warning',
          code: 'typo-suspected',
          message: `"${joining}" in "${parentText}${joining}${kindText}" is probably a typo for "的"; the text is kept as written.`,
          line: node.line.number,
          column: columnAt(node.line, node.textOffset + offset),
        });
      }
      subject ??= subjectBefore(node.text, statement.index) || null;
      if (parent === null && parentText.trim() !== '') parent = parentText.trim();
      kind ??= kindText;
    }
    rank ??= RANK.exec(node.text)?.[0] ?? null;
    alsoKnownAs.push(...findSignboards(node.text).map((found) => found.name));
  }
  const fromTitle = title === null ? null : (REGULATION_TITLE.exec(title)?.[1]?.trim() ?? title);
  const name = fromTitle || subject || fallbackName;
  return { name, alsoKnownAs: unique(alsoKnownAs), parent, kind, rank };
}
