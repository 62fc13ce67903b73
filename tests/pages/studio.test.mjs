/**
 * Sanding Studio (docs/studio.html), end to end in Debian's Chromium: the docs site is built under
 * a sub-path and served with the strict Content-Security-Policy the studio page documents
 * (Trusted Types enforced, `worker-src 'self'`), so every test also proves the studio works there.
 *
 * Needs the packages built first (root `pnpm test` runs `pnpm build` before this).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axeViolations } from '../support/axe.mjs';
import { launch, NO_PROBLEMS, openPage, problemsOf } from '../support/browser.mjs';
import { docxOf, pdfOf } from '../support/documents.mjs';
import { REPO_ROOT, serve } from '../support/server.mjs';
import { buildSite, pasteIntoStudio } from '../support/site.mjs';

const BASE = '/sanding/';
const SHOTS = join(REPO_ROOT, 'test-results/studio');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html sanding-studio 'allow-duplicates'";
const CLI = join(REPO_ROOT, 'packages/cli/bin/sanding.js');
/** The Dalian regulation, as the dataset's source (Traditional, with the source's own typo on line 3). */
const SEED = readFileSync(join(REPO_ROOT, 'packages/datasets/sources/dalian-stb/source.zh-Hant.txt'), 'utf8');
const DALIAN_DIVISIONS = 11;
/** Real regulations of the parser's corpus: two on the 2009 template, two on later ones. */
const CORPUS_DIR = join(REPO_ROOT, 'packages/data/test/fixtures/real');
const CORPUS = [
  '01-changchun-govoffice-2009-oneline',
  '20-hunan-stdept-2009-notice',
  '03-mnr-2018-oneline',
  '10-city-stb-divisions-hant',
];
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

let site;
let server;
let browser;
let scratch;

before(async () => {
  site = buildSite({ base: BASE });
  scratch = mkdtempSync(join(tmpdir(), 'sanding-studio-files-'));
  mkdirSync(SHOTS, { recursive: true });
  server = await serve({ root: site, headers: { 'Content-Security-Policy': CSP } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [site, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The studio in a fresh browser profile (its own IndexedDB). */
async function openStudio() {
  const opened = await openPage(browser, `${server.url}${BASE}studio.html`, {
    viewport: { width: 1400, height: 1000 },
  });
  await opened.page.locator('.cm-content').waitFor();
  return opened;
}

const paste = pasteIntoStudio;

const structureDivisions = (page) => page.locator('[data-structure="divisions"] > li');
const directoryDivisions = (page) => page.locator('sanding-division-directory [part~="division"]');

/** Waits until the structure view and the live directory both show `count` divisions. */
async function expectDivisions(page, count) {
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('[data-structure="divisions"] > li').length === count &&
      document.querySelector('sanding-division-directory')?.shadowRoot?.querySelectorAll('[part~="division"]')
        .length === count,
    count,
    { timeout: 20000 },
  );
  assert.equal(await structureDivisions(page).count(), count, 'divisions in the structure view');
  assert.equal(await directoryDivisions(page).count(), count, 'divisions in the live directory');
}

/** Puts the editor's caret at the start of a 1-based line (one that is on screen). */
async function caretAtStartOfLine(page, line) {
  await page
    .locator('.cm-line')
    .nth(line - 1)
    .click({ position: { x: 4, y: 6 } });
  await page.keyboard.press('Home');
}

/** Opens a file through the page's file field. */
async function openFile(page, name, buffer) {
  await page.getByLabel('Open a file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** Clicks a download button (by name, or the first: the text's own script) and returns the file's name and text. */
async function download(page, name) {
  const button = name ? page.getByRole('button', { name }) : page.locator('.studio-downloads button').first();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** `sanding parse FILE --id ID` on the text saved as UTF-8 with LF line ends: its JSON. */
function cliParse(text, id) {
  const file = join(scratch, `${id}.txt`);
  writeFileSync(file, text.replace(/\r\n?/g, '\n'));
  const out = join(scratch, `${id}.cli.json`);
  const run = spawnSync(process.execPath, [CLI, 'parse', file, '--id', id, '--out', out], { encoding: 'utf8' });
  // It writes the JSON when the text has errors too (exit status 65), as the studio offers it.
  assert.ok(existsSync(out), `sanding parse wrote nothing: ${run.stderr}`);
  return readFileSync(out, 'utf8');
}

describe('Sanding Studio, under a strict CSP with Trusted Types and worker-src', { timeout: 600000 }, () => {
  test('pasting the Dalian regulation shows 11 divisions in the structure view and in the live directory', async () => {
    const { page, context, problems } = await openStudio();
    try {
      assert.deepEqual(await axeViolations(page), [], 'axe violations, empty studio');
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      assert.match(await page.locator('[data-structure="agency"]').innerText(), /大連市科學技術局/);
      // The other components are live on the same data, and the lookup answers.
      for (const tag of ['sanding-duty-lookup', 'sanding-contact-card', 'sanding-org-chart'])
        await page.waitForFunction(
          (tag) => document.querySelector(tag)?.shadowRoot?.textContent?.includes('大連市科學技術局'),
          tag,
        );
      await page.locator('sanding-duty-lookup input').fill('孵化器');
      await page.locator('sanding-duty-lookup [part~="choose"]').first().waitFor();
      assert.match(await page.locator('sanding-duty-lookup [part~="choose"]').first().innerText(), /科技創業處/);
      // The source's own typo is reported on its line.
      await page.getByRole('button', { name: /Line 3, column 17/ }).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe violations with data');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, 'seed.png') });
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('breaking a line puts its diagnostic on that line, and clicking the diagnostic moves the cursor there', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      const line17 = SEED.split('\n')[16];
      assert.ok(line17.startsWith('(十一)'));
      // Delete the opening bracket of item (十一): the line is no longer an item.
      await caretAtStartOfLine(page, 17);
      await page.keyboard.press('Delete');
      const diagnostic = page.getByRole('button', { name: /Line 17, column 1/ });
      await diagnostic.waitFor({ timeout: 10000 });
      assert.match(await diagnostic.innerText(), /unrecognized-line/);
      // In the editor: the line is marked, and the lint gutter has a marker beside it.
      const marked = page.locator('.cm-lintRange-warning', { hasText: line17.slice(1, 20) });
      await marked.waitFor();
      const lineBox = await page.locator('.cm-line').nth(16).boundingBox();
      const markers = await page
        .locator('.cm-gutter-lint .cm-gutterElement .cm-lint-marker')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      assert.ok(
        markers.some((top) => Math.abs(top - lineBox.y) < 12),
        `a lint marker beside line 17 (line at ${lineBox.y}, markers at ${markers.join(', ')})`,
      );
      // Move the cursor away, then let the diagnostic bring it back, by keyboard.
      await page.keyboard.press('ControlOrMeta+Home');
      await diagnostic.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('.cm-activeLine').innerText(), line17.slice(1));
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'studio-editor');
      assert.deepEqual(await axeViolations(page), [], 'axe violations with a diagnostic');
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('a line that lands nowhere in the data is marked in the editor', async () => {
    const { page, context, problems } = await openStudio();
    try {
      const stray = '這是一段多餘的說明文字沒有任何歸屬';
      const lines = SEED.split('\n');
      lines.splice(3, 0, stray);
      await paste(page, lines.join('\n'));
      await expectDivisions(page, DALIAN_DIVISIONS);
      const marked = page.locator('.cm-line.cm-unplaced');
      await marked.first().waitFor();
      assert.deepEqual(await marked.allInnerTexts(), [stray]);
      assert.equal(await marked.getAttribute('title'), 'This line landed nowhere in the data.');
      await page.getByRole('button', { name: /Line 4, column 1/ }).waitFor();
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('a leader typed into the form appears in the directory; a bad address is named by its path', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      await page.getByRole('button', { name: 'Add a leader' }).click();
      const leader = page.getByRole('group', { name: 'Leader 1' });
      await leader.getByLabel('Title (e.g. 局长)').fill('局長');
      await leader.getByLabel('Name').fill('王新任');
      await leader.getByLabel('Source', { exact: true }).fill('大連市科學技術局網站');
      await leader.getByLabel('Source address (optional)').fill('not a url');
      await page.getByText('$.leaders[0].source.url').waitFor();
      assert.equal(await leader.getByLabel('Source address (optional)').getAttribute('aria-invalid'), 'true');
      // The schema's message is English in @sanding/data; a Chinese UI says it in Chinese.
      const hint = page.locator('.studio-hint.studio-error', { hasText: '$.leaders[0].source.url' });
      assert.equal(await hint.locator('span').getAttribute('lang'), 'en');
      assert.equal(await hint.locator('span').innerText(), 'must be an http(s) URL');
      await page.getByRole('radio', { name: '繁體中文' }).check();
      await hint.locator('span[lang="zh-Hant"]', { hasText: '須為 http(s) 網址' }).waitFor();
      await page.getByRole('radio', { name: 'English' }).check();
      await hint.locator('span[lang="en"]').waitFor();
      await leader.getByLabel('Source address (optional)').fill('https://kjj.dl.gov.cn/');
      await leader.getByLabel('As of (YYYY-MM-DD, optional)').fill('2026-11-01');
      await page.waitForFunction(() =>
        document.querySelector('sanding-division-directory')?.shadowRoot?.textContent?.includes('王新任'),
      );
      // It replaces the text's 局長 (李大民), as mergeRegulation does.
      const directory = await page.locator('sanding-division-directory [part~="leaders"]').innerText();
      assert.match(directory, /王新任/);
      assert.doesNotMatch(directory, /李大民/);
      await page.getByText('$.leaders[0].source.url').waitFor({ state: 'detached' }); // the issue is gone
      assert.equal(await leader.getByLabel('Source address (optional)').getAttribute('aria-invalid'), 'false');
      assert.deepEqual(await axeViolations(page), [], 'axe violations with the forms filled');
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('the downloaded JSON equals what `sanding parse FILE --id ID` writes for the same text', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await page.getByLabel('Id').fill('dalian-stb');
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      const file = await download(page, /Download Traditional \(zh-Hant\) JSON/);
      assert.equal(file.name, 'dalian-stb.zh-Hant.json');
      assert.equal(file.text, cliParse(SEED, 'dalian-stb'));
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('on texts of the parser corpus, the downloaded JSON equals the CLI’s too (2009 and 2018 templates)', async () => {
    const { page, context, problems } = await openStudio();
    try {
      for (const name of CORPUS) {
        const text = readFileSync(join(CORPUS_DIR, name, 'source.txt'), 'utf8');
        const id = name.replace(/^\d+-/, '');
        await page.getByLabel('Id').fill(id);
        await paste(page, text);
        const expected = cliParse(text, id);
        const { divisions } = JSON.parse(expected);
        await page.waitForFunction(
          (count) => document.querySelectorAll('[data-structure="divisions"] > li').length === count,
          divisions.length,
        );
        const file = await download(page);
        assert.equal(file.text, expected, `${name}: the studio's JSON is the CLI's`);
      }
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('after a reload the draft comes back: the text, the id and the forms', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await page.getByLabel('Id').fill('dalian-stb');
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      await page.getByRole('button', { name: 'Add a contact' }).click();
      const phone = page.getByRole('group', { name: 'Contact 1' }).getByRole('group', { name: 'Phone' });
      await phone.getByLabel('Value').fill('0411-83630000');
      await phone.getByLabel('Source', { exact: true }).fill('大連市科學技術局網站');
      await page.waitForFunction(() =>
        document.querySelector('sanding-contact-card')?.shadowRoot?.textContent?.includes('0411-83630000'),
      );
      await page.waitForTimeout(800); // the draft is saved once typing pauses
      await page.reload();
      await expectDivisions(page, DALIAN_DIVISIONS);
      assert.equal(await page.getByLabel('Id').inputValue(), 'dalian-stb');
      assert.match(await page.getByRole('status').first().innerText(), /Your draft from .* was restored/);
      const restored = page.getByRole('group', { name: 'Contact 1' }).getByRole('group', { name: 'Phone' });
      assert.equal(await restored.getByLabel('Value').inputValue(), '0411-83630000');
      await page.waitForFunction(() =>
        document.querySelector('sanding-contact-card')?.shadowRoot?.textContent?.includes('0411-83630000'),
      );
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('a .docx and a PDF of the regulation give the same 11 divisions; a PDF without text says so', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await openFile(page, 'dalian.docx', docxOf(SEED));
      await expectDivisions(page, DALIAN_DIVISIONS);
      const fromDocx = await structureDivisions(page).locator('summary span[lang]').allInnerTexts();
      assert.equal(fromDocx.length, DALIAN_DIVISIONS);
      assert.equal(fromDocx.at(-1), '科技人才處');

      await openFile(page, 'dalian.pdf', await pdfOf(browser, SEED));
      await page.getByText(/Read [\d,]+ characters from dalian\.pdf/).waitFor({ timeout: 90000 });
      await expectDivisions(page, DALIAN_DIVISIONS);
      const fromPdf = await structureDivisions(page).locator('summary span[lang]').allInnerTexts();
      assert.deepEqual(fromPdf, fromDocx, 'the PDF gives the divisions the Word file gives');

      await openFile(page, 'scan.pdf', await pdfOf(browser, '', { scanned: true }));
      await page.getByText('This PDF has no text layer').waitFor({ timeout: 20000 });
      await expectDivisions(page, DALIAN_DIVISIONS); // the text is kept
      assert.deepEqual(await axeViolations(page), [], 'axe violations with a message');
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('a 10 MB paste, binary junk and a hostile string each give a clear message and the page keeps working', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      await paste(page, '機構'.repeat(2_000_000));
      await page.getByText(/This is \d+\.\d MB of text/).waitFor();
      await openFile(page, 'junk.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
      await page.getByText('This does not look like text').waitFor();
      await openFile(page, 'latin1.txt', Buffer.from([0x41, 0xe9, 0x42]));
      await page.getByText('This file is not UTF-8 text').waitFor();
      await expectDivisions(page, DALIAN_DIVISIONS);
      // The page still answers typing at once.
      const started = Date.now();
      await page.locator('.cm-content').focus();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('副局長:張三。');
      assert.ok(Date.now() - started < 5000, 'typing answers');

      await paste(page, `${PAYLOAD}\n第一條 ${PAYLOAD}\n第二條 (一)${PAYLOAD}處。負責${PAYLOAD}`);
      await page.getByText('No numbered duties').first().waitFor({ timeout: 10000 });
      await page.getByLabel('Id').fill(PAYLOAD);
      await page.getByText('The id must be lower-case letters').waitFor();
      const injected = await page.evaluate(() => {
        const found = [];
        const walk = (root) => {
          // CodeMirror's own cursor helpers are images with no source.
          found.push(
            ...[...root.querySelectorAll('img:not(.cm-widgetBuffer), script:not([src])')].map((e) => e.outerHTML),
          );
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
        };
        walk(document);
        return { found, pwned: window.__pwned };
      });
      assert.deepEqual(injected, { found: [], pwned: undefined });
      assert.deepEqual(await axeViolations(page), [], 'axe violations with messages');
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('a full storage says the draft is no longer saved, and the page keeps working', async () => {
    const { page, context, problems } = await openStudio();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 1024 });
      await paste(page, SEED);
      await page.getByRole('alert').getByText('The browser’s storage is full').waitFor({ timeout: 10000 });
      await expectDivisions(page, DALIAN_DIVISIONS);
      assert.deepEqual(await axeViolations(page), [], 'axe violations with the storage message');
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('Start over asks first: Cancel keeps the work, confirming clears it', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      await page.getByRole('button', { name: 'Start over' }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      assert.match(await dialog.innerText(), /Start over\? The text and everything typed/);
      assert.deepEqual(await axeViolations(page), [], 'axe violations with the dialog open');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await structureDivisions(page).count(), DALIAN_DIVISIONS, 'Escape keeps the work');
      await page.getByRole('button', { name: 'Start over' }).first().click();
      await dialog.getByRole('button', { name: 'Yes, start over' }).click();
      await page.getByText('Paste or open a regulation to see it here.').waitFor();
      assert.equal((await page.locator('.cm-content').innerText()).trim(), '');
      await page.reload();
      await page.getByText('Paste or open a regulation to see it here.').waitFor();
      assert.equal((await page.locator('.cm-content').innerText()).trim(), '', 'nothing comes back after a reload');
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('the studio speaks 简, 繁 and English, and is axe-clean in each', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      for (const [language, heading] of [
        ['简体中文', '2. Sanding 读出的内容'],
        ['繁體中文', '2. Sanding 讀出的內容'],
        ['English', '2. What Sanding understood'],
      ]) {
        await page.getByRole('radio', { name: language }).check();
        await page.getByRole('heading', { name: heading }).waitFor();
        assert.deepEqual(await axeViolations(page), [], `axe violations in ${language}`);
      }
      await page.getByRole('radio', { name: '简体中文' }).check();
      await page.locator('sanding-duty-lookup label', { hasText: '您要办理什么事项' }).waitFor();
      await page.screenshot({ path: join(SHOTS, 'zh-Hans.png') });
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test("in a Chinese UI a diagnostic says what it means in Chinese, and keeps the parser's particulars", async () => {
    const { page, context, problems } = await openStudio();
    try {
      const lines = SEED.split('\n');
      lines.splice(3, 0, '這是一段多餘的說明文字沒有任何歸屬');
      await paste(page, lines.join('\n'));
      await expectDivisions(page, DALIAN_DIVISIONS);
      await page.getByRole('radio', { name: '繁體中文' }).check();
      const diagnostic = page.getByRole('button', { name: /第 4 行第 1 列/ });
      await diagnostic.waitFor();
      const meaning = diagnostic.locator('span:not([lang]):not(.studio-severity)');
      assert.equal(await diagnostic.locator('code').innerText(), 'unrecognized-line');
      assert.equal(await meaning.innerText(), '解析器無法歸類的一行，作為結構中的段落保留。');
      // The parser's own message, marked as English, names what is particular to the line.
      assert.equal(await diagnostic.locator('.studio-detail').getAttribute('lang'), 'en');
      await page.getByRole('radio', { name: 'English' }).check();
      await page.getByRole('button', { name: /Line 4, column 1/ }).waitFor();
      assert.equal(await page.locator('.studio-diagnostics .studio-detail').count(), 0, 'no second line in English');
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('typing through an input method: the composition is never disturbed, and what it commits is read', async () => {
    const { page, context, problems } = await openStudio();
    try {
      await paste(page, SEED);
      await expectDivisions(page, DALIAN_DIVISIONS);
      const before = await page.locator('.studio-diagnostics li').count();
      const line17 = SEED.split('\n')[16];
      assert.ok(line17.startsWith('(十一)'));
      await caretAtStartOfLine(page, 17);
      // Compose at the start of item (十一), as a pinyin input method does (Chromium's own IME
      // path, through CDP): the line stops being an item while the composition is open. Keep it
      // open well past the time a change is read and shown.
      const cdp = await context.newCDPSession(page);
      for (const text of ['z', 'zhuan', 'zhuan li'])
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await page.waitForTimeout(2000);
      assert.equal(await page.locator('.cm-line').nth(16).innerText(), `zhuan li${line17}`);
      assert.equal(await page.locator('.studio-diagnostics li').count(), before, 'nothing shown mid-composition');
      await cdp.send('Input.insertText', { text: '专利' });
      assert.equal(await page.locator('.cm-line').nth(16).innerText(), `专利${line17}`);
      // Once committed, the changed line is read: it is no longer an item, and is reported.
      const diagnostic = page.getByRole('button', { name: /Line 17, column 1/ });
      await diagnostic.waitFor({ timeout: 10000 });
      assert.match(await diagnostic.innerText(), /unrecognized-line/);
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });

  test('published JSON can be opened, its leaders updated, and downloaded again', async () => {
    const { page, context, problems } = await openStudio();
    try {
      const published = readFileSync(join(REPO_ROOT, 'packages/datasets/dist/dalian-stb/zh-Hans.json'), 'utf8');
      await openFile(page, 'dalian-stb.zh-Hans.json', Buffer.from(published));
      await page.getByRole('heading', { name: 'Updating published data' }).waitFor();
      await expectDivisions(page, DALIAN_DIVISIONS);
      const leader = page.getByRole('group', { name: 'Leader 1' });
      assert.equal(await leader.getByLabel('Name').inputValue(), '李大民');
      await leader.getByLabel('Name').fill('王新任');
      await leader.getByLabel('As of (YYYY-MM-DD, optional)').fill('2026-11-01');
      await page.waitForFunction(() =>
        document.querySelector('sanding-division-directory')?.shadowRoot?.textContent?.includes('王新任'),
      );
      const file = await download(page, /Download Simplified \(zh-Hans\) JSON/);
      const updated = JSON.parse(file.text);
      const original = JSON.parse(published);
      assert.deepEqual(updated.leaders, [{ ...original.leaders[0], name: '王新任', asOf: '2026-11-01' }]);
      assert.deepEqual({ ...updated, leaders: original.leaders }, original, 'nothing else changed');
      assert.deepEqual(await axeViolations(page), [], 'axe violations while updating');
      assert.deepEqual(await problemsOf(page, problems), NO_PROBLEMS);
    } finally {
      await context.close();
    }
  });
});
