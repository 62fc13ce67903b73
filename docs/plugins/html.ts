/** Small HTML helpers for the build-time generators. Everything from data is escaped. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only links a reader can follow safely: http(s), and relative links within the site. */
function safeLink(url: string): string | undefined {
  if (/^https?:\/\//i.test(url)) return url;
  if (/^(?:\.{1,2}\/|#)[^\s:]*$/.test(url)) return url;
  return undefined;
}

/** Inline HTML that JSDoc descriptions may use (`<kbd>↓</kbd>`); any other tag stays text. */
const ALLOWED_TAGS = /&lt;(\/?)(kbd|em|strong|code)&gt;/g;

/**
 * The Markdown that JSDoc descriptions use, and no more: `code`, **strong**, *emphasis*,
 * [text](url), `<kbd>`; everything else is text.
 */
export function inlineMarkdown(text: string): string {
  const parts = text.split(/(`[^`]+`)/);
  return parts
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(ALLOWED_TAGS, '<$1$2>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s.,;:)]|$)/g, '$1<em>$2</em>')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, url: string) => {
          const href = safeLink(url.replace(/&amp;/g, '&'));
          return href ? `<a href="${escapeHtml(href)}">${label}</a>` : whole;
        });
    })
    .join('');
}

/** A JSDoc description as HTML: paragraphs (blank-line separated) and `- ` lists. */
export function markdownBlock(text: string | undefined): string {
  if (!text?.trim()) return '';
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      if (/^\s*- /.test(lines[0] ?? '')) {
        // A list: "- item" lines, each possibly continued on the lines after it.
        const items: string[] = [];
        for (const line of lines) {
          if (/^\s*- /.test(line)) items.push(line.replace(/^\s*- /, ''));
          else items[items.length - 1] += ` ${line.trim()}`;
        }
        return `<ul>${items.map((item) => `<li>${inlineMarkdown(item)}</li>`).join('')}</ul>`;
      }
      const lead = lines.findIndex((line) => /^\s*- /.test(line));
      if (lead > 0) {
        // A paragraph that introduces a list ("**Keyboard.**" then "- …").
        return markdownBlock(lines.slice(0, lead).join('\n')) + markdownBlock(lines.slice(lead).join('\n'));
      }
      return `<p>${inlineMarkdown(block.replace(/\s*\n\s*/g, ' '))}</p>`;
    })
    .join('\n');
}

/** A table that scrolls sideways on its own at 200% zoom, reachable by keyboard. */
export function table(caption: string, headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (cells) => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(caption)}">
<table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}

export function codeBlock(code: string, language: string): string {
  return `<pre class="code" data-language="${escapeHtml(language)}" tabindex="0"><code>${escapeHtml(code.replace(/\s+$/, ''))}</code></pre>`;
}
