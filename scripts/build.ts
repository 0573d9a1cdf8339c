// Bundles the skill for Lambda: lambda/dist/index.js exporting `handler`, and lambda/dist/screens.js beside it.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BUILD_ENTRY, BUILD_OUTFILE, SCREENS_FILE, SDK_EXTERNAL, buildLambda } from './lib/build-options';

async function main(): Promise<void> {
  await rm(dirname(BUILD_OUTFILE), { recursive: true, force: true });
  const { entry, screens } = await buildLambda(BUILD_ENTRY, BUILD_OUTFILE, { external: SDK_EXTERNAL });
  const kib = (result: typeof entry) => ((Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0) / 1024).toFixed(0);
  console.log(`built ${BUILD_OUTFILE} (${kib(entry)} KiB) and ${SCREENS_FILE} beside it (${kib(screens)} KiB, loaded only for a device with a screen)`);
}

void main();
