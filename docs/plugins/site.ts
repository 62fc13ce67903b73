/**
 * The docs site's one Vite plugin. Pages are plain HTML with a few placeholder comments, which
 * this plugin fills in at dev and build time:
 *
 * | placeholder | becomes |
 * | --- | --- |
 * | `<!-- site:header -->`, `<!-- site:footer -->` | skip link, header nav (current page marked), footer |
 * | `</head>` | gains the nav's no-script fallback (the nav stays open without JavaScript) |
 * | `<!-- demo:controls -->` | the language (简 / 繁 / EN) and large-text switches of a live demo |
 * | `<!-- api:TAG -->` | TAG's description and API tables, from custom-elements.json |
 * | `<!-- api:tokens -->` | the shared `--sanding-*` tokens, from custom-elements.json |
 * | `<!-- api:components -->` | the list of components with their summaries |
 * | `<!-- schema:types -->` | the JSON Schema as TypeScript-style declarations |
 * | `<!-- json:SPECIFIER PATH -->` | an excerpt of a published JSON file, e.g. one division |
 * | `<!-- file:PATH -->` | a file under docs/public, as a code block |
 * | `<!-- css:NAME -->` | the rule block of site.css between `example:NAME` and `end:NAME` |
 * | `<!-- cli:ARGS -->` | the real output of `sanding ARGS`, run on a copy of docs/public/examples |
 * | `<!-- diagnostics:codes -->` | every diagnostic code of the parser, from `DIAGNOSTIC_CODES` |
 *
 * Published files are read through the packages' export maps (`@sanding/elements/custom-elements.json`,
 * `@sanding/data/regulation.schema.json`), as a user of the packages would. The JSON Schema and
 * the Dalian JSON are emitted into the site, so links to them work from any base path.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DIAGNOSTIC_CODES } from '@sanding/data';
import type { Plugin, ResolvedConfig } from 'vite';
import { renderApi, renderComponentList, renderTokens, type Manifest } from './api-tables.ts';
import { codeBlock, escapeHtml } from './html.ts';
import { PAGES, type Page } from './pages.ts';
import { renderSchemaOutline } from './schema-outline.ts';

/** Files copied into the site from the published packages: site path → package specifier. */
const EMITTED: Readonly<Record<string, string>> = {
  'regulation.schema.json': '@sanding/data/regulation.schema.json',
  'datasets/dalian-stb/zh-Hans.json': '@sanding/datasets/dalian-stb/zh-Hans.json',
  'datasets/dalian-stb/zh-Hant.json': '@sanding/datasets/dalian-stb/zh-Hant.json',
};
const MANIFEST = '@sanding/elements/custom-elements.json';

export function sandingSite({ root }: { root: string }): Plugin {
  const require = createRequire(join(root, 'package.json'));
  let config: ResolvedConfig;

  /** A published file's path, or undefined when its package is not built yet. */
  const locate = (specifier: string): string | undefined => {
    try {
      const path = require.resolve(specifier);
      return existsSync(path) ? path : undefined;
    } catch {
      return undefined;
    }
  };

  /** In a build a missing input fails loudly; in dev the page says what to run. */
  const missing = (what: string): string => {
    const message = `${what} is missing: run \`pnpm build\` at the repository root first.`;
    if (config.command === 'build') throw new Error(`[sanding-site] ${message}`);
    config.logger.warn(`[sanding-site] ${message}`);
    return `<p class="notice">${escapeHtml(message)}</p>`;
  };

  const readJson = <T>(specifier: string): T | undefined => {
    const path = locate(specifier);
    return path ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
  };

  const fill: Record<string, (argument: string, page: Page | undefined) => string> = {
    site: (which, page) => (which === 'header' ? header(page) : which === 'footer' ? footer() : ''),
    demo: (which) => (which === 'controls' ? demoControls() : ''),
    api: (which) => {
      const manifest = readJson<Manifest>(MANIFEST);
      if (which === 'components') return renderComponentList(manifest, PAGES);
      if (!manifest) return missing('packages/elements/custom-elements.json');
      return which === 'tokens' ? renderTokens(manifest) : renderApi(manifest, which);
    },
    schema: () => {
      const schema = readJson<Parameters<typeof renderSchemaOutline>[0]>('@sanding/data/regulation.schema.json');
      return schema ? renderSchemaOutline(schema) : missing('packages/data/dist/regulation.schema.json');
    },
    json: (argument) => {
      const [specifier = '', path = ''] = argument.split(/\s+/);
      const value = readJson<unknown>(specifier);
      if (value === undefined) return missing(specifier);
      return codeBlock(excerpt(pick(value, path)), 'json');
    },
    file: (path) => codeBlock(readFileSync(resolve(root, 'public', path), 'utf8'), path.split('.').pop() ?? 'text'),
    css: (name) => {
      const css = readFileSync(resolve(root, 'src/site.css'), 'utf8');
      const match = new RegExp(`/\\* example:${name} \\*/\\n([\\s\\S]*?)\\n\\s*/\\* end:${name} \\*/`).exec(css);
      if (!match?.[1]) throw new Error(`[sanding-site] site.css has no "example:${name}" block`);
      return codeBlock(match[1], 'css');
    },
    diagnostics: () =>
      `<table class="api"><thead><tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">Meaning</th></tr></thead><tbody>${Object.entries(
        DIAGNOSTIC_CODES,
      )
        .map(
          ([code, [severity, meaning]]) =>
            `<tr><td><code>${code}</code></td><td>${severity}</td><td>${escapeHtml(meaning)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    cli: (argument) => {
      const bin = locateCli(require);
      const session = bin && runCli(bin, argument, resolve(root, 'public/examples'));
      return session ? codeBlock(session, 'console') : missing('the sanding CLI (@sanding/cli)');
    },
  };

  return {
    name: 'sanding-site',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const page = PAGES.find((p) => p.file === basename(ctx.filename));
        return html
          .replace(/<!--\s*(\w+):([^>]*)-->/g, (whole, kind: string, argument: string) => {
            const render = fill[kind];
            return render ? render(argument.trim(), page) : whole;
          })
          .replace('</head>', `${NAV_WITHOUT_SCRIPT}\n  </head>`);
      },
    },
    configureServer(server) {
      // Published files the pages read: reload the browser when a package is rebuilt.
      const watched = [MANIFEST, '@sanding/data/regulation.schema.json'].map(locate).filter((p): p is string => !!p);
      server.watcher.add([...watched, resolve(root, 'src/site.css')]);
      const reload = (file: string): void => {
        if (watched.includes(file)) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      // The files emitted into the site in a build, served from the packages in dev.
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const base = server.config.base;
        const sitePath = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : undefined;
        const specifier = sitePath === undefined ? undefined : EMITTED[sitePath];
        const file = specifier && locate(specifier);
        if (!file) {
          next();
          return;
        }
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, specifier] of Object.entries(EMITTED)) {
        const file = locate(specifier);
        if (!file)
          throw new Error(`[sanding-site] ${specifier} is missing: run \`pnpm build\` at the repository root first.`);
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}

/**
 * On a phone the nav is a disclosure, closed from the first paint (no layout shift when the
 * script arrives), opened by its Menu button (src/main.ts). Without JavaScript the button could
 * not open it, so it is left open and the button is hidden.
 */
const NAV_WITHOUT_SCRIPT = `<noscript><style>.site-nav { display: block !important; } .nav-toggle { display: none !important; }</style></noscript>`;

function header(current: Page | undefined): string {
  const link = (page: Page): string => {
    const href = page.file === 'index.html' ? './' : `./${page.file}`;
    const here = page === current ? ' aria-current="page"' : '';
    return `<li><a href="${href}"${here}>${escapeHtml(page.nav)}</a></li>`;
  };
  const top = PAGES.filter((p) => !p.group && p.file !== 'index.html');
  const components = PAGES.filter((p) => p.group === 'Components');
  const [first, ...rest] = top;
  return `<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="site-header-inner">
    <a class="brand" href="./"${current?.file === 'index.html' ? ' aria-current="page"' : ''}><span class="brand-mark" aria-hidden="true">三定</span> Sanding</a>
    <button class="nav-toggle" type="button" aria-expanded="false" aria-controls="site-nav">Menu</button>
    <nav class="site-nav" id="site-nav" aria-label="Site">
      <ul>
        ${first ? link(first) : ''}
        <li class="nav-group">
          <span class="nav-group-label" id="nav-components">Components</span>
          <ul aria-labelledby="nav-components">${components.map(link).join('')}</ul>
        </li>
        ${rest.map(link).join('\n        ')}
      </ul>
    </nav>
  </div>
</header>`;
}

function footer(): string {
  return `<footer class="site-footer">
  <p>Sanding is licensed under Apache-2.0. The Dalian data reproduces a regulation text through an
  encyclopaedia page; see its <a href="./data-model.html#provenance">provenance</a>. English names are
  unofficial translations.</p>
</footer>`;
}

/** The switches of a live demo: they set `lang` and `large-text` on the demo's wrapper. */
let controlsCount = 0;
function demoControls(): string {
  const id = `controls-${++controlsCount}`;
  return `<div class="demo-controls" data-demo-controls>
  <fieldset class="segmented">
    <legend>Language <span lang="zh-Hans">语言</span></legend>
    <label title="简体中文"><input type="radio" name="${id}-lang" value="zh-Hans" checked /><span class="segment" lang="zh-Hans">简</span></label>
    <label title="繁體中文"><input type="radio" name="${id}-lang" value="zh-Hant" /><span class="segment" lang="zh-Hant">繁</span></label>
    <label title="English"><input type="radio" name="${id}-lang" value="en" /><span class="segment" lang="en">EN</span></label>
  </fieldset>
  <label class="switch"><input type="checkbox" data-large-text /> Large text <span lang="zh-Hans">大字</span></label>
</div>`;
}

/** Picks `divisions.5.responsibilities` out of a value. */
function pick(value: unknown, path: string): unknown {
  return path
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/** JSON with long arrays cut to their first items, so an excerpt stays readable. */
function excerpt(value: unknown, indent = '', maxItems = 3): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const shown = value.slice(0, maxItems).map((v) => inner + excerpt(v, inner, maxItems));
    if (value.length > maxItems) shown.push(`${inner}/* … ${value.length - maxItems} more */`);
    return `[\n${shown.join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${excerpt(v, inner, maxItems)}`).join(',\n')}\n${indent}}`;
  }
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 150)}…"` : text;
}

/** The `sanding` command, from @sanding/cli's package.json `bin`. */
function locateCli(require: NodeJS.Require): string | undefined {
  try {
    const manifest = require.resolve('@sanding/cli/package.json');
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
    const path = typeof bin === 'string' ? bin : bin?.['sanding'];
    return path ? join(dirname(manifest), path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `sanding ARGS` in a scratch copy of the examples folder (so `--out` writes nowhere that
 * matters) and returns the session as a reader would see it in a terminal.
 */
const cliCache = new Map<string, string>();
function runCli(bin: string, argument: string, examples: string): string | undefined {
  const args = argument.split(/\s+/).filter(Boolean);
  const key = `${argument}\0${readdirStamp(examples)}`;
  const cached = cliCache.get(key);
  if (cached !== undefined) return cached;
  const scratch = mkdtempSync(join(tmpdir(), 'sanding-docs-'));
  try {
    cpSync(examples, scratch, { recursive: true });
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: 'utf8' });
    // Not built yet: the bin's shim cannot find the CLI's dist.
    if (result.stderr.includes('ERR_MODULE_NOT_FOUND')) return undefined;
    const stdout = result.stdout.trimEnd().split('\n').filter(Boolean);
    const shown = stdout.length > 12 ? [...stdout.slice(0, 12), `… (${stdout.length - 12} more lines)`] : stdout;
    const session = [
      `$ sanding ${args.join(' ')}`,
      ...shown,
      ...result.stderr.trimEnd().split('\n').filter(Boolean),
      `$ echo $?`,
      String(result.status),
    ].join('\n');
    cliCache.set(key, session);
    return session;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Changes when any example file changes, so dev shows fresh output. */
function readdirStamp(dir: string): string {
  return readdirSync(dir)
    .map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`)
    .join('|');
}
