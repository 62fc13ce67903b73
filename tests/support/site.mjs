/**
 * Builds the docs site with Vite into a temporary folder (optionally under a base path), for the
 * page tests, the benchmarks and the screenshot scripts. Needs the packages built first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './server.mjs';

const DOCS = join(REPO_ROOT, 'docs');

/**
 * @param {{ base?: string }} options base: e.g. '/sanding/'; the site is then in DIR/sanding/.
 * @returns {string} the folder to serve (remove it when done)
 */
export function buildSite({ base = '/' } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'sanding-site-'));
  const build = spawnSync(
    process.execPath,
    [
      join(DOCS, 'node_modules/vite/bin/vite.js'),
      'build',
      '--base',
      base,
      '--outDir',
      join(root, base),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: DOCS, encoding: 'utf8' },
  );
  assert.equal(build.status, 0, `vite build --base ${base} failed:\n${build.stdout}\n${build.stderr}`);
  return root;
}

/**
 * Pastes text into Sanding Studio's editor, replacing what it holds, as Ctrl+A then Ctrl+V would.
 * @param {import('playwright-core').Page} page
 */
export async function pasteIntoStudio(page, text) {
  const content = page.locator('.cm-content');
  await content.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await content.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
