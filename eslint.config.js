import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import regexp from 'eslint-plugin-regexp';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering (CONTRIBUTING.md): each package may import only the packages listed for it, and
 * only through their published entry points. `pnpm lint` fails when an import crosses a line.
 */
const layers = {
  data: [],
  authoring: ['data'],
  datasets: ['data', 'authoring'],
  cli: ['data', 'authoring', 'datasets'],
  elements: ['data', 'datasets'],
};
const packageNames = Object.keys(layers);

/** Relative paths that leave a package for a sibling: `../../data/src/…`. */
const siblingPath = {
  regex: `^(?:\\.\\./)+(?:packages/)?(?:${packageNames.join('|')})/`,
  message: 'Import a sibling package by its name and public entry point, never by a relative path.',
};
/** Deep paths into a package's sources or build: `@sanding/data/src/…`. */
const deepPath = {
  regex: '^@sanding/[^/]+/(?:src|dist|test)(?:/|$)',
  message: 'Import @sanding packages only through their published entry points.',
};
/** Node built-ins, for the packages that run in browsers too. */
const nodeBuiltins = (name) => ({
  regex: '^node:',
  message: `@sanding/${name} runs in browsers too: no Node built-ins.`,
});

/** The import patterns a package's files may not use. */
function restrictedFor(name) {
  const forbidden = packageNames.filter((other) => other !== name && !layers[name].includes(other));
  const allowed = layers[name].length
    ? `only ${layers[name].map((n) => `@sanding/${n}`).join(', ')}`
    : 'no other @sanding package';
  return [
    siblingPath,
    deepPath,
    { regex: `^@sanding/(?:${forbidden.join('|')})(?:/|$)`, message: `@sanding/${name} may import ${allowed}.` },
  ];
}

const boundaries = packageNames.map((name) => ({
  files: [`packages/${name}/**/*.{ts,tsx,js,mjs}`],
  rules: { 'no-restricted-imports': ['error', { patterns: restrictedFor(name) }] },
}));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/custom-elements.json',
      'docs/public/generated/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [deepPath] }],
      // Full-width digits and letters are ranges every parser of Chinese text needs.
      'regexp/no-obscure-range': ['error', { allowed: ['alphanumeric', '０-９', 'Ａ-Ｚ', 'ａ-ｚ'] }],
    },
  },
  ...boundaries,
  // data and authoring are platform-neutral: no DOM, no Node, in their sources (authoring's entry
  // is what a browser page loads to turn a text into data).
  ...['data', 'authoring'].map((name) => ({
    files: [`packages/${name}/src/**/*.ts`],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['lit', 'fs', 'path', 'url', 'os'], patterns: [...restrictedFor(name), nodeBuiltins(name)] },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'process', 'Buffer', 'require'].map((global) => ({
          name: global,
          message: `@sanding/${name} has no DOM and no Node.`,
        })),
      ],
    },
  })),
  {
    // The engine indexes typed arrays and maps in its hot loops; under noUncheckedIndexedAccess each
    // read is `T | undefined`. A check there would cost bytes and time for a case the index rules
    // out by construction: docs/decisions/engine-non-null-assertions.md.
    files: ['packages/data/src/lookup/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['packages/elements/**/*.ts', 'docs/**/*.ts', 'examples/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Chai's `expect(x).to.exist` style is an expression by design; a test that dereferences what
    // is not there fails, which is what a `!` in a test should do.
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Page-level test helpers run some functions inside the page.
    files: ['tests/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
