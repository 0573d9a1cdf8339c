// Bundles the skill into one CommonJS file for Lambda: lambda/dist/index.js exporting `handler`.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm('lambda/dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ['lambda/src/index.ts'],
  outfile: 'lambda/dist/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  // AWS SDK v3 is left out: the nodejs20.x Lambda runtime ships it. `npm run bench` measured
  // it as ~520 KiB of the bundle (taking it over the 1 MB target) and the cold start no
  // slower without it (BENCHMARKS.md). Everything else the skill imports is bundled.
  external: ['@aws-sdk/*'],
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`built lambda/dist/index.js (${(bytes / 1024).toFixed(0)} KiB)`);
