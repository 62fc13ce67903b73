import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

describe('@sanding/authoring in a browser', () => {
  it('bundles for the browser with everything it imports, and no Node built-in', async () => {
    const { outputFiles, metafile } = await build({
      entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['browser'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    assert.ok(inputs.some((path) => path.includes('opencc-js')) && inputs.some((path) => path.includes('pinyin-pro')));
    assert.deepEqual(
      inputs.filter((path) => path.startsWith('node:')),
      [],
    );
    assert.doesNotMatch(outputFiles[0]!.text, /\bfrom\s*["']node:|require\(["']node:/);
  });
});
