/**
 * How text is laid out, as a reader sees it: the number of lines a piece of text takes.
 */

/** The lines that `text` takes in the element's shadow root (0 when it is not there). */
export function linesOf(el: Element, text: string): number {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent!.indexOf(text);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return tops.size;
  }
  return 0;
}

/** Lays the element out at each of `widths` (its parent set to that width) and runs `check`. */
export async function atWidths(
  el: HTMLElement,
  widths: readonly number[],
  check: (width: number) => void,
): Promise<void> {
  const host = el.parentElement!;
  for (const width of widths) {
    host.style.width = `${width}px`;
    await new Promise(requestAnimationFrame);
    check(width);
  }
}

/** Widths from `from` to `to` px in steps of `step`. */
export const widths = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
