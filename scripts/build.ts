// Bundles the skill for Lambda: lambda/dist/index.js exporting `handler`, lambda/dist/screens.js beside it, and each language's words in lambda/dist/languages/<lang>.json.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BUILD_ENTRY, BUILD_OUTFILE, LANGUAGES_DIR, SCREENS_FILE, SDK_EXTERNAL, buildLambda } from './lib/build-options';

async function main(): Promise<void> {
  await rm(dirname(BUILD_OUTFILE), { recursive: true, force: true });
  const { entry, screens, languages } = await buildLambda(BUILD_ENTRY, BUILD_OUTFILE, { external: SDK_EXTERNAL });
  const kib = (result: typeof entry) => ((Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0) / 1024).toFixed(0);
  const perLanguage = Object.entries(languages)
    .map(([language, bytes]) => `${language} ${(bytes / 1024).toFixed(0)}`)
    .join(', ');
  console.log(
    `built ${BUILD_OUTFILE} (${kib(entry)} KiB), ${SCREENS_FILE} beside it (${kib(screens)} KiB, loaded only for a device with a screen) and ${LANGUAGES_DIR}/<lang>.json (KiB: ${perLanguage}; each loaded only for a request in that language)`,
  );
}

void main();
