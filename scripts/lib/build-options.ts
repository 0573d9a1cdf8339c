import { readFile } from 'node:fs/promises';
import type { BuildOptions, Plugin } from 'esbuild';

/**
 * How the Lambda bundle is built: one minified CommonJS file, in Node 20 syntax (what the
 * project develops on; Lambda runs it on Node 24). Shared by
 * the build (scripts/build.ts) and the benchmark, which builds its variants and the
 * hello-world baseline the same way.
 */
export const BUILD_ENTRY = 'lambda/src/index.ts';
export const BUILD_OUTFILE = 'lambda/dist/index.js';

/**
 * JSON files (the language files above all) go into the bundle as a string given to
 * JSON.parse, not as an object literal: V8 must pre-parse every object literal in a
 * script when it loads, but skims a string, and JSON.parse runs only for the language a
 * request needs. `npm run bench` measured about 1.5 ms of cold start saved.
 */
export const jsonAsString: Plugin = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      const compact = JSON.stringify(JSON.parse(await readFile(path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(compact)});`, loader: 'js' };
    });
  },
};

/**
 * The vocabularies (lambda/src/understanding/vocabulary/<lang>.ts) are written as lists
 * people edit; in the bundle each is its data as one JSON string, for the same reason as
 * the language files: V8 skims a string at load, where it would pre-parse hundreds of
 * tagged template literals in every cold start, though a request only ever needs one
 * language's, and only for words Alexa could not match. The module is evaluated here, at
 * build time, through the caller's TypeScript loader (tsx, or jest in the bundle test).
 */
export const vocabularyAsJson: Plugin = {
  name: 'vocabulary-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]understanding[\\/]vocabulary[\\/][a-z]{2}\.ts$/ }, ({ path }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const vocabulary = (require(path) as { default: unknown }).default;
      const compact = JSON.stringify(vocabulary);
      return { contents: `module.exports = { default: JSON.parse(${JSON.stringify(compact)}) };`, loader: 'js' };
    });
  },
};

export const BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [jsonAsString, vocabularyAsJson],
} satisfies BuildOptions;

/**
 * AWS SDK v3 is left out: the nodejs24.x Lambda runtime ships it. `npm run bench`
 * measured it as ~520 KiB of the bundle and the cold start no slower without it
 * (BENCHMARKS.md). Everything else the skill imports is bundled.
 */
export const SDK_EXTERNAL = ['@aws-sdk/*'];
