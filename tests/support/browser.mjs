/**
 * Launches Debian's Chromium through playwright-core (CHROME_PATH overrides). Never downloads a
 * browser. The flags keep Chromium off the closed network and working as root.
 */
import { chromium } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Chromium's flags for running as root, headless, with no network but loopback. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
}

/**
 * Opens a page and records what would tell a user something broke: console errors, page errors,
 * failed requests, and CSP violations (reported by the page itself).
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = { consoleErrors: [], consoleWarnings: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
    if (message.type() === 'warning') problems.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, context, problems };
}

/** What went wrong on a page opened with `openPage`: CSP violations it reported, console errors, page errors. */
export async function problemsOf(page, problems) {
  return {
    cspViolations: await page.evaluate(() => window.__cspViolations),
    consoleErrors: problems.consoleErrors,
    pageErrors: problems.pageErrors,
  };
}

export const NO_PROBLEMS = { cspViolations: [], consoleErrors: [], pageErrors: [] };
