/**
 * Runs axe-core (a root devDependency) in a page, on the whole document, open shadow roots
 * included (axe walks them itself). Used by every page-level test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axePath = () => createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let source;

/**
 * Injects axe (through the DevTools protocol, so a strict CSP does not block it) and runs it on
 * the document. Resolves with the violations, each as "rule: help (n nodes: target, …)".
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export async function axeViolations(page) {
  source ??= readFileSync(axePath(), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.length} nodes: ${v.targets.slice(0, 5).join(', ')})`);
}
