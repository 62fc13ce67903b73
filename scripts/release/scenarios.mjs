/**
 * The consumer projects of the release rehearsal: what users do with the published packages,
 * each in a scratch folder outside the workspace that installs only from the rehearsal registry.
 * A scenario gives its package.json dependencies and files; `check` runs it and returns a short
 * detail for the summary line, or throws.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from '../../tests/support/browser.mjs';
import { serve } from '../../tests/support/server.mjs';
import { run } from './run.mjs';

/**
 * Where a user imports a dataset from, and the package that holds it. The one place to change
 * when the datasets move to a package of their own.
 */
export const DATASET_PACKAGE = '@sanding/datasets';
export const DATASET_MODULE = `${DATASET_PACKAGE}/dalian-stb/zh-Hans`;

/** The Dalian regulation text, for `sanding parse`. */
export const SEED = fileURLToPath(
  new URL('../../packages/datasets/sources/dalian-stb/source.zh-Hant.txt', import.meta.url),
);

const TYPESCRIPT = '5.9.3';
const STRICT = {
  strict: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  noEmit: true,
  skipLibCheck: false,
  isolatedModules: true,
};

/** A page with the directory and a lookup for 专利, as a portal would put them. */
const TAGS = `<sanding-duty-lookup dataset="dalian-stb" directory="dir" query="专利"></sanding-duty-lookup>
<sanding-division-directory id="dir" dataset="dalian-stb"></sanding-division-directory>`;
const DIVISION = '科技创业处';
const PATENT_DIVISION = '成果转化与科技奖励处';

/** Loads `url` in Chromium; resolves when the directory and the lookup's result show. */
async function showsDirectoryAndLookup(url) {
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser, url);
    try {
      await page.waitForFunction(
        ([division, patent]) => {
          const shadow = (tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '';
          return (
            shadow('sanding-division-directory').includes(division) && shadow('sanding-duty-lookup').includes(patent)
          );
        },
        [DIVISION, PATENT_DIVISION],
        { timeout: 30_000 },
      );
    } catch (error) {
      throw new Error(`${url}: the directory or the lookup did not show (${JSON.stringify(problems)}): ${error}`);
    }
    const csp = await page.evaluate(() => window.__cspViolations);
    const found = [...problems.pageErrors, ...problems.consoleErrors, ...csp];
    if (found.length) throw new Error(`${url}: ${found.join('; ')}`);
    return 'Chromium shows the directory and 专利 → 成果转化与科技奖励处';
  } finally {
    await browser.close();
  }
}

/** Serves `root` (with `headers`) while `fn` runs. */
async function serving(root, headers, fn) {
  // Chromium asks for /favicon.ico; a 404 would count as a console error of the page.
  if (!existsSync(join(root, 'favicon.ico'))) writeFileSync(join(root, 'favicon.ico'), '');
  const server = await serve({ root, headers });
  try {
    return await fn(server.url);
  } finally {
    await server.close();
  }
}

const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);

export const scenarios = [
  {
    name: '1 cli: npm install @sanding/cli, npx sanding',
    dependencies: { '@sanding/cli': '0.1.0' },
    files: {},
    async check(dir, env) {
      const version = (await run('npx', ['--no-install', 'sanding', '--version'], { cwd: dir, env })).stdout.trim();
      if (version !== '0.1.0') throw new Error(`sanding --version printed ${version}`);
      const lookup = await run('npx', ['--no-install', 'sanding', 'lookup', '专利', '--dataset', 'dalian-stb'], {
        cwd: dir,
        env,
      });
      if (!lookup.stdout.includes(PATENT_DIVISION)) throw new Error(`sanding lookup 专利 printed:\n${lookup.stdout}`);
      const parsed = await run('npx', ['--no-install', 'sanding', 'parse', SEED, '--id', 'dalian-stb'], {
        cwd: dir,
        env,
      });
      const divisions = JSON.parse(parsed.stdout).divisions.length;
      if (divisions !== 11) throw new Error(`sanding parse found ${divisions} divisions, not 11`);
      return `sanding 0.1.0; lookup 专利 → ${PATENT_DIVISION}; parse → 11 divisions`;
    },
  },
  {
    name: '2 vite vanilla-ts: tsc --strict, vite build, Chromium',
    dependencies: { '@sanding/elements': '0.1.0' },
    devDependencies: { typescript: TYPESCRIPT, vite: '^8.4.0' },
    files: {
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, types: ['vite/client'] }, include: ['src'] }),
      'index.html': `<!doctype html>
<html lang="zh-Hans">
  <head><meta charset="utf-8" /><title>rehearsal</title><script type="module" src="/src/main.ts"></script></head>
  <body>
${TAGS}
  </body>
</html>
`,
      'src/main.ts': `import '@sanding/elements';
import { SandingSelectEvent } from '@sanding/elements';

const lookup = document.querySelector('sanding-duty-lookup');
const directory = document.querySelector('sanding-division-directory');
if (!lookup || !directory) throw new Error('missing tags');
const limit: number = lookup.limit;
lookup.limit = limit;
lookup.addEventListener('sanding-select', (event: SandingSelectEvent) => console.log(event.detail.division.name));
const opened: Promise<boolean> = directory.open('sec_divisions__point_10');
void opened;
`,
    },
    async check(dir, env) {
      await run(bin(dir, 'tsc'), ['--noEmit', '-p', '.'], { cwd: dir, env });
      await run(bin(dir, 'vite'), ['build'], { cwd: dir, env });
      const shown = await serving(join(dir, 'dist'), {}, showsDirectoryAndLookup);
      return `tsc strict ok; vite build ok; ${shown}`;
    },
  },
  {
    name: '3 node: ESM import and CommonJS require',
    dependencies: { '@sanding/data': '0.1.0', [DATASET_PACKAGE]: '0.1.0' },
    files: {
      'esm.mjs': `import { createLookup } from '@sanding/data';
import { validateRegulation } from '@sanding/data/validate';
import { regulation } from '${DATASET_MODULE}';
if (!validateRegulation(regulation).ok) throw new Error('the dataset does not validate');
console.log(createLookup(regulation).search('孵化器')[0].division.name);
`,
      'cjs.cjs': `const { createLookup } = require('@sanding/data');
const { validateRegulation } = require('@sanding/data/validate');
const { regulation } = require('${DATASET_MODULE}');
const json = require('${DATASET_MODULE}.json');
if (!validateRegulation(json).ok) throw new Error('the dataset JSON does not validate');
console.log(createLookup(regulation).search('孵化器')[0].division.name);
`,
    },
    async check(dir, env) {
      const esm = (await run(process.execPath, ['esm.mjs'], { cwd: dir, env })).stdout.trim();
      const cjs = (await run(process.execPath, ['cjs.cjs'], { cwd: dir, env })).stdout.trim();
      if (esm !== DIVISION || cjs !== DIVISION) throw new Error(`import gave ${esm}, require gave ${cjs}`);
      return `import and require (Node ${process.versions.node}) of @sanding/data and ${DATASET_MODULE}: 孵化器 → ${DIVISION}`;
    },
  },
  {
    name: '4 react 19 TSX: wrappers and raw tags typed',
    dependencies: { '@sanding/elements': '0.1.0', react: '^19.0.0', 'react-dom': '^19.0.0' },
    devDependencies: { typescript: TYPESCRIPT, '@types/react': '^19.0.0', '@types/react-dom': '^19.0.0' },
    files: {
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, jsx: 'react-jsx' }, include: ['src'] }),
      'src/App.tsx': `import type {} from '@sanding/elements/types/react';
import { DutyLookup, DivisionDirectory } from '@sanding/elements/react';

export function App() {
  return (
    <>
      <DutyLookup datasetId="dalian-stb" directory="dir" onSandingSelect={(e) => console.log(e.detail.division.name)} />
      <DivisionDirectory id="dir" datasetId="dalian-stb" />
      <sanding-duty-lookup datasetId="dalian-stb" query="专利" limit={3} class="lookup" />
      <sanding-contact-card datasetId="dalian-stb" division="sec_divisions__point_10" headingLevel={3} />
      {/* @ts-expect-error largeText is a boolean */}
      <sanding-org-chart datasetId="dalian-stb" largeText="yes" />
    </>
  );
}
`,
    },
    async check(dir, env) {
      await run(bin(dir, 'tsc'), ['--noEmit', '-p', '.'], { cwd: dir, env });
      return 'tsc strict ok: DutyLookup, DivisionDirectory and four raw tags, a wrong prop type rejected';
    },
  },
  {
    name: '5 vue 3: vue-tsc with the tags typed',
    dependencies: { '@sanding/elements': '0.1.0', vue: '^3.5.0' },
    devDependencies: { typescript: TYPESCRIPT, 'vue-tsc': '^3.0.0' },
    files: {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { ...STRICT, jsx: 'preserve' },
        vueCompilerOptions: { strictTemplates: true },
        include: ['src/**/*.ts', 'src/**/*.vue'],
      }),
      'src/main.ts': `import { createApp } from 'vue';
import type {} from '@sanding/elements/types/vue';
import '@sanding/elements';
import App from './App.vue';

createApp(App).mount('#app');
`,
      'src/App.vue': `<script setup lang="ts">
import { ref } from 'vue';
const query = ref('专利');
</script>

<template>
  <sanding-duty-lookup dataset-id="dalian-stb" directory="dir" :query="query" :limit="3" />
  <sanding-division-directory id="dir" dataset-id="dalian-stb" :deep-links="true" />
  <!-- @vue-expect-error largeText is a boolean -->
  <sanding-org-chart dataset-id="dalian-stb" :large-text="'yes'" />
</template>
`,
    },
    async check(dir, env) {
      await run(bin(dir, 'vue-tsc'), ['--noEmit', '-p', '.'], { cwd: dir, env });
      return 'vue-tsc strictTemplates ok: three raw tags, a wrong prop type rejected';
    },
  },
  {
    name: '6 bundle: the tarball’s dist/bundle in a plain HTML page',
    dependencies: {},
    files: {},
    async check(dir, env, { registry }) {
      const { stdout } = await run('npm', ['pack', '@sanding/elements@0.1.0', '--registry', registry, '--silent'], {
        cwd: dir,
        env,
      });
      await run('tar', ['xzf', stdout.trim().split('\n').at(-1)], { cwd: dir });
      const site = join(dir, 'site');
      cpSync(join(dir, 'package/dist/bundle'), join(site, 'assets'), { recursive: true });
      const { integrity } = JSON.parse(readFileSync(join(site, 'assets/integrity.json'), 'utf8'));
      const html = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" /><title>bundle</title>
    <script type="module" src="/assets/sanding-elements.js" integrity="${integrity['./sanding-elements.js']}" crossorigin="anonymous"></script>
  </head>
  <body>
${TAGS}
  </body>
</html>
`;
      writeFileSync(join(site, 'index.html'), html);
      const csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
      const shown = await serving(site, { 'content-security-policy': csp }, showsDirectoryAndLookup);
      return `strict CSP and SRI; ${shown}`;
    },
  },
  {
    name: '7 svelte 5: svelte-check with the tags typed',
    dependencies: { '@sanding/elements': '0.1.0', svelte: '^5.0.0' },
    devDependencies: { typescript: TYPESCRIPT, 'svelte-check': '^4.0.0' },
    files: {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { ...STRICT, verbatimModuleSyntax: true },
        include: ['src/**/*.ts', 'src/**/*.svelte'],
      }),
      'src/App.svelte': `<script lang="ts">
  import type {} from '@sanding/elements/types/svelte';
  import '@sanding/elements';
  let query = $state('专利');
</script>

<sanding-duty-lookup datasetId="dalian-stb" directory="dir" {query} limit={3}></sanding-duty-lookup>
<sanding-division-directory id="dir" datasetId="dalian-stb" deepLinks={true}></sanding-division-directory>
<sanding-org-chart datasetId="dalian-stb" largeText={false}></sanding-org-chart>
`,
      // Svelte markup has no expect-error comment: the wrong type lives in a project of its own,
      // whose check must fail, naming the property.
      'wrong/tsconfig.json': JSON.stringify({
        compilerOptions: { ...STRICT, verbatimModuleSyntax: true },
        include: ['./**/*.svelte'],
      }),
      'wrong/Wrong.svelte': `<script lang="ts">
  import type {} from '@sanding/elements/types/svelte';
</script>

<sanding-org-chart datasetId="dalian-stb" largeText="yes"></sanding-org-chart>
`,
    },
    async check(dir, env) {
      const check = bin(dir, 'svelte-check');
      await run(check, ['--tsconfig', join(dir, 'tsconfig.json'), '--fail-on-warnings'], { cwd: dir, env });
      const workspace = join(dir, 'wrong');
      const args = ['--workspace', workspace, '--tsconfig', join(workspace, 'tsconfig.json')];
      const wrong = await run(check, args, { cwd: dir, env }).then(
        () => 'passed',
        (error) => String(error.message),
      );
      if (!/largeText/.test(wrong) || !/string/.test(wrong)) {
        throw new Error(`svelte-check did not reject largeText="yes": ${wrong}`);
      }
      return 'svelte-check ok: three raw tags, a wrong prop type rejected';
    },
  },
];
