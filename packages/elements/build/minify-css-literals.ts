import { readFile } from 'node:fs/promises';
import { transform, type Plugin } from 'esbuild';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/** A quoted string in CSS, kept as written. */
const CSS_STRING = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;

/**
 * What esbuild's minifier leaves as written: custom property values and `var()` fallbacks
 * (`--_text: var(--sanding-color-text, #1f2328)`, a font stack's `'Segoe UI', Roboto`), the spaces
 * round `*` and `/` in `calc()`, and a container query's `(max-width: 24rem)`. None of that
 * whitespace changes what CSS means (inside `calc()` only `+` and `-` need spaces); strings are
 * left alone.
 */
export function compact(css: string): string {
  return css
    .split(CSS_STRING)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/(--[\w-]+|\([\w-]+):\s+/g, '$1:')
            .replace(/calc\([^;{}]*\)/g, (calc) => calc.replace(/\s*([*/])\s*/g, '$1'))
            .replace(/\s*,\s*/g, ',')
            .replace(/\(\s+/g, '(')
            .replace(/\s+\)/g, ')'),
    )
    .join('');
}

/**
 * Minifies the CSS inside Lit's css`…` literals of `*.styles.ts` files at build time. esbuild's
 * minifier leaves template-literal contents alone, and our styles are written readably: without
 * this the division directory's initial chunk would not fit its budget (`pnpm size`). Only
 * literals without interpolations are touched; anything esbuild cannot parse is left as written.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        let out = '';
        let last = 0;
        for (const match of source.matchAll(CSS_LITERAL)) {
          const { code } = await transform(match[1] ?? '', { loader: 'css', minify: true, target: 'chrome86' }).catch(
            () => ({ code: match[1] ?? '' }),
          );
          out += `${source.slice(last, match.index)}css\`${compact(code.trim())}\``;
          last = (match.index ?? 0) + match[0].length;
        }
        return { contents: out + source.slice(last), loader: 'ts' };
      });
    },
  };
}
