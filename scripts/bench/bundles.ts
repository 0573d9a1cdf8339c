import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGE_IDS } from '../../lambda/src/localization/locales';
import { build } from 'esbuild';
import { BUILD_OPTIONS, buildLambda, languageFile } from '../lib/build-options';

export { BUILD_OPTIONS, SDK_EXTERNAL } from '../lib/build-options';

export interface Bundle {
  name: string;
  path: string;
  /** index.js: what every cold start loads. */
  bytes: number;
  /** screens.js beside it, loaded only for a device with a screen (the skill's bundles only). */
  screensBytes?: number;
  /** Each language's file beside it (languages/<lang>.json), loaded only for a request in that language (the skill's bundles only). */
  languageBytes?: Record<string, number>;
  external: readonly string[];
  /** The biggest contributors to the output, by package (or project folder). */
  parts: { name: string; bytes: number }[];
}

function partsOf(inputs: Record<string, { bytesInOutput: number }>): Bundle['parts'] {
  const byPart = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file.split('/').slice(0, 2).join('/');
    byPart.set(name, (byPart.get(name) ?? 0) + bytesInOutput);
  }
  return [...byPart].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** Bundles an entry as scripts/build.ts does; `screens`: the skill's screens go beside it, as they do in Lambda. */
export async function bundleEntry(
  name: string,
  entry: string,
  outDir: string,
  options: { external?: readonly string[]; root: string; screens?: boolean },
): Promise<Bundle> {
  const outfile = join(outDir, name, 'index.js');
  // The entries live in the project, so node_modules resolves as it does for scripts/build.ts.
  const common = { root: options.root, external: options.external };
  const result = options.screens
    ? (await buildLambda(entry, outfile, common)).entry
    : await build({ ...BUILD_OPTIONS, entryPoints: [join(options.root, entry)], outfile, external: [...(options.external ?? [])], absWorkingDir: options.root, metafile: true });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined);
  return {
    name,
    path: outfile,
    bytes: (await stat(outfile)).size,
    screensBytes: options.screens ? (await stat(join(outDir, name, 'screens.js'))).size : undefined,
    languageBytes: options.screens
      ? Object.fromEntries(await Promise.all(LANGUAGE_IDS.map(async (language) => [language, (await stat(join(outDir, name, languageFile(language)))).size] as const)))
      : undefined,
    external: options.external ?? [],
    parts: partsOf(output?.inputs ?? {}),
  };
}

/** The probe that a fresh node process runs: plain JavaScript, so no TypeScript loader is timed. */
export async function bundleProbe(root: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'probe.js');
  await build({
    entryPoints: [join(root, 'scripts/bench/probe.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // The probe loads the bundle under test with a computed require, which esbuild leaves alone.
    logLevel: 'error',
  });
  return outfile;
}
