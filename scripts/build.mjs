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
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`built lambda/dist/index.js (${(bytes / 1024).toFixed(0)} KiB)`);
