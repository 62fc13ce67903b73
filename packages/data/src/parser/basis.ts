/**
 * The legal basis: the first 《…》 an article cites, and the document number after it.
 */
import type { Basis } from '../model/types.js';
import { closingBracket } from './brackets.js';
import type { Report } from './diagnostics.js';
import type { Node } from './structure.js';
import { findNode } from './structure.js';

/** A document number such as 厅秘发〔2018〕245号. */
const DOCUMENT_NUMBER = /[〔［[(（]\s*[0-9０-９]{4}\s*[〕］\])）]\s*(?:第\s*)?[0-9０-９]+\s*[号號]/;

/** The 《…》 title that starts at `openAt`, without its brackets (nested 〈〉 kept). */
function bookTitle(text: string, openAt: number): { title: string; end: number } | null {
  let depth = 0;
  for (let i = openAt; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '《') depth++;
    else if (ch === '》' && --depth === 0) return { title: text.slice(openAt + 1, i).trim(), end: i + 1 };
  }
  return null;
}

/** The document number in the first bracketed group right after a title: （厅秘发〔2018〕245号）. */
function documentNumberAfter(text: string, from: number): string | null {
  const rest = text.slice(from);
  const openAt = rest.search(/\S/);
  if (openAt === -1 || !'(（'.includes(rest.charAt(openAt))) return null;
  const closeAt = closingBracket(rest, openAt);
  if (closeAt === -1) return null;
  const inner = rest.slice(openAt + 1, closeAt).trim();
  return DOCUMENT_NUMBER.test(inner) ? inner : null;
}

/**
 * Reads the basis from the first article (or preamble) that cites a 《…》 document; null (with a `no-basis`
 * warning) when no article does.
 */
export function parseBasis(roots: readonly Node[], report: Report): Basis | null {
  // An article, or the preamble of the 2008–2010 template: 根据《…》（国发〔2008〕11号），设立….
  const node = findNode(
    roots,
    (candidate) => (candidate.kind === 'article' || candidate.origin === 'opening') && candidate.text.includes('《'),
  );
  if (node) {
    const found = bookTitle(node.text, node.text.indexOf('《'));
    return {
      title: found?.title || null,
      documentNumber: found ? documentNumberAfter(node.text, found.end) : null,
      citation: node.label ?? node.id,
    };
  }
  report({
    severity: 'warning',
    code: 'no-basis',
    message: 'No article cites the legal basis (a 《…》 document).',
    line: 1,
    column: 1,
  });
  return null;
}
