/**
 * The four components as reserve.css sizes them, on a page that shows the Dalian data: what the
 * pages test holds reserve.css to and what scripts/reserve-sizes.mjs measures.
 */

export const TAGS = ['sanding-duty-lookup', 'sanding-org-chart', 'sanding-division-directory', 'sanding-contact-card'];

/** Each component with the bundled Dalian dataset, one per line. */
export const dalianComponents = () => TAGS.map((tag) => `<${tag} dataset="dalian-stb"></${tag}>`).join('\n');

/**
 * Resolves once every component shows its data, and the directory's closed panels and summary
 * lines hold their text (the task after its first render).
 */
export const dalianShown = (page) =>
  page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const root = document.querySelector(tag).shadowRoot;
        return root?.firstElementChild && !root.querySelector('[part~="status"]');
      }) &&
      document.querySelector('sanding-division-directory').shadowRoot.querySelector('[part~="panel"]')?.textContent,
    TAGS,
  );

/** Each component's height in CSS pixels, by tag. */
export const heights = (page) =>
  page.evaluate(
    (tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelector(tag).getBoundingClientRect().height])),
    TAGS,
  );
