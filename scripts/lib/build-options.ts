import type { BuildOptions } from 'esbuild';

/**
 * How the Lambda bundle is built: one minified CommonJS file for Node 20. Shared by
 * the build (scripts/build.ts) and the benchmark, which builds its variants and the
 * hello-world baseline the same way.
 */
export const BUILD_ENTRY = 'lambda/src/index.ts';
export const BUILD_OUTFILE = 'lambda/dist/index.js';

export const BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
} as const satisfies BuildOptions;

/**
 * AWS SDK v3 is left out: the nodejs20.x Lambda runtime ships it. `npm run bench`
 * measured it as ~520 KiB of the bundle and the cold start no slower without it
 * (BENCHMARKS.md). Everything else the skill imports is bundled.
 */
export const SDK_EXTERNAL = ['@aws-sdk/*'];
