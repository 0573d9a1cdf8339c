import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/**
 * The options of scripts/build.mjs, repeated here so the benchmark can build the
 * variants it compares (SDK bundled or external, and the hello-world baseline) the
 * same way. bench.ts checks that the real build's output matches one of the variants
 * built with these options, so a change to build.mjs that is not mirrored here is reported.
 */
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

/** The Lambda nodejs20.x runtime ships AWS SDK v3, so these can be left out of the bundle (build.mjs does). */
export const SDK_EXTERNAL = ['@aws-sdk/*'];

export interface Bundle {
  name: string;
  path: string;
  bytes: number;
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

export async function bundleEntry(
  name: string,
  entry: string,
  outDir: string,
  options: { external?: readonly string[]; root: string },
): Promise<Bundle> {
  const outfile = join(outDir, name, 'index.js');
  const result = await build({
    ...BUILD_OPTIONS,
    entryPoints: [join(options.root, entry)],
    outfile,
    external: [...(options.external ?? [])],
    // The entries live in the project, so node_modules resolves as it does for build.mjs.
    absWorkingDir: options.root,
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined);
  return {
    name,
    path: outfile,
    bytes: (await stat(outfile)).size,
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
