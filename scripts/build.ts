// Bundles the skill into one CommonJS file for Lambda: lambda/dist/index.js exporting `handler`.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { BUILD_ENTRY, BUILD_OPTIONS, BUILD_OUTFILE, SDK_EXTERNAL } from './lib/build-options';

async function main(): Promise<void> {
  await rm(dirname(BUILD_OUTFILE), { recursive: true, force: true });
  const result = await build({
    ...BUILD_OPTIONS,
    entryPoints: [BUILD_ENTRY],
    outfile: BUILD_OUTFILE,
    external: SDK_EXTERNAL,
    metafile: true,
  });
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`built ${BUILD_OUTFILE} (${(bytes / 1024).toFixed(0)} KiB)`);
}

void main();
