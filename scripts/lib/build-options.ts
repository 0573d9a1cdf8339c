import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build, type BuildOptions, type BuildResult, type Plugin } from 'esbuild';
import { LANGUAGE_IDS } from '../../lambda/src/localization/locales';

/**
 * How the Lambda bundle is built: one minified CommonJS file, in Node 20 syntax (what the
 * project develops on; Lambda runs it on Node 24). Shared by
 * the build (scripts/build.ts) and the benchmark, which builds its variants and the
 * hello-world baseline the same way.
 */
export const BUILD_ENTRY = 'lambda/src/index.ts';
export const BUILD_OUTFILE = 'lambda/dist/index.js';

/**
 * The screens (their layout, the illustrations and the code that draws them) go in a file
 * of their own beside index.js, which screens/lazy.ts requires the first time a device with
 * a screen asks: a speaker's cold start neither reads nor compiles them. (Bundled into
 * index.js, even as a module run only on first use, they are 40 KB more for every cold
 * start to compile.)
 */
export const SCREENS_ENTRY = 'lambda/src/screens/index.ts';
export const SCREENS_FILE = 'screens.js';

export const screensApart: Plugin = {
  name: 'screens-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/index$/ }, ({ importer }) =>
      /[\\/]lambda[\\/]src[\\/]screens[\\/]lazy\.ts$/.test(importer) ? { path: `./${SCREENS_FILE}`, external: true } : undefined,
    );
  },
};

/**
 * Each language's words (its locale file and vocabulary, lambda/src/languages/<lang>.ts) go
 * in a JSON file of their own, `languages/<lang>.json` beside index.js, which
 * languages/index.ts requires the first time a request in that language comes: a cold start
 * reads index.js and the one language it answers in, however many languages the skill
 * speaks. The file is the language module's exports as data (`{"default": {file,
 * vocabulary}}`), written at build time from the module run through the caller's TypeScript
 * loader (tsx, or jest in the bundle test). Node reads a JSON file with one JSON.parse; the
 * same data inside a JavaScript file must first be compiled as a script (for Hindi, two-byte
 * text with every quote escaped), which cost a cold start about 2 ms more (npm run bench).
 */
export const LANGUAGES_DIR = 'languages';
const LANGUAGE_MODULE = /^\.\/([a-z]{2,3})$/;

export const languagesApart: Plugin = {
  name: 'languages-apart',
  setup(build) {
    build.onResolve({ filter: LANGUAGE_MODULE }, ({ path, importer }) =>
      /[\\/]lambda[\\/]src[\\/]languages[\\/]index\.ts$/.test(importer)
        ? { path: `./${languageFile(LANGUAGE_MODULE.exec(path)![1]!)}`, external: true }
        : undefined,
    );
  },
};

/** The file a language's words are written to, relative to index.js. */
export const languageFile = (language: string) => `${LANGUAGES_DIR}/${language}.json`;

/** Writes each language's file beside `outfile`; returns each one's size in bytes. */
async function writeLanguageFiles(outfile: string, root: string): Promise<Record<string, number>> {
  await mkdir(join(dirname(outfile), LANGUAGES_DIR), { recursive: true });
  const sizes: Record<string, number> = {};
  for (const language of LANGUAGE_IDS) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(join(root, 'lambda/src/languages', `${language}.ts`)) as { default: unknown };
    const json = JSON.stringify({ default: module.default });
    await writeFile(join(dirname(outfile), languageFile(language)), json);
    sizes[language] = Buffer.byteLength(json);
  }
  return sizes;
}

export const BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [screensApart, languagesApart],
} satisfies BuildOptions;

/**
 * Builds what Lambda runs: `outfile` (the entry), the screens beside it, and each language's
 * words in `languages/`. Shared by the build, the benchmark and the bundle test, so all three
 * run the same files. `languages`: each language file's size in bytes.
 */
export async function buildLambda(
  entry: string,
  outfile: string,
  options: { root?: string; external?: readonly string[]; sourcemap?: boolean } = {},
): Promise<{
  entry: BuildResult<{ metafile: true }>;
  screens: BuildResult<{ metafile: true }>;
  languages: Record<string, number>;
}> {
  const common = {
    ...BUILD_OPTIONS,
    sourcemap: options.sourcemap ?? BUILD_OPTIONS.sourcemap,
    external: [...(options.external ?? [])],
    metafile: true as const,
    ...(options.root ? { absWorkingDir: options.root } : {}),
  };
  const root = options.root ?? process.cwd();
  const [built, screens, languages] = await Promise.all([
    build({ ...common, entryPoints: [join(root, entry)], outfile }),
    build({ ...common, entryPoints: [join(root, SCREENS_ENTRY)], outfile: join(dirname(outfile), SCREENS_FILE) }),
    writeLanguageFiles(outfile, root),
  ]);
  return { entry: built, screens, languages };
}

/**
 * AWS SDK v3 is left out: the nodejs24.x Lambda runtime ships it. `npm run bench`
 * measured it as ~520 KiB of the bundle and the cold start no slower without it
 * (BENCHMARKS.md). Everything else the skill imports is bundled.
 */
export const SDK_EXTERNAL = ['@aws-sdk/*'];
