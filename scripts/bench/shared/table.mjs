/** Printing what the benchmarks measure. */

export /** A Markdown table, columns right-aligned after the first. */
function table(title, head, rows) {
  console.log(`\n${title}\n`);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i ? String(c).padStart(width[i]) : String(c).padEnd(width[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${width.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
