/**
 * Runs axe-core in a page, on the whole document, open shadow roots included (axe walks them
 * itself). axe-core is not a direct dependency of the repo: it comes with @open-wc/testing, so
 * it is found in pnpm's store unless the root depends on it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './server.mjs';

function axePath() {
  try {
    return createRequire(join(REPO_ROOT, 'package.json')).resolve('axe-core/axe.min.js');
  } catch {
    const store = join(REPO_ROOT, 'node_modules', '.pnpm');
    const versions = readdirSync(store).filter((name) => /^axe-core@\d/.test(name)).sort();
    const found = versions.map((name) => join(store, name, 'node_modules', 'axe-core', 'axe.min.js')).filter((file) => existsSync(file));
    if (found.length === 0) throw new Error('axe-core not found: install the workspace (pnpm install)');
    return found[found.length - 1];
  }
}

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
    return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.length} nodes: ${v.targets.slice(0, 5).join(', ')})`);
}
