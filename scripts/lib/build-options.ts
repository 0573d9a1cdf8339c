import { readFile } from 'node:fs/promises';
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
 * in a file of their own, `languages/<lang>.js` beside index.js, which languages/index.ts
 * requires the first time a request in that language comes: a cold start reads and compiles
 * index.js and the one language it answers in, however many languages the skill speaks.
 */
export const LANGUAGES_DIR = 'languages';
const LANGUAGE_MODULE = /^\.\/([a-z]{2,3})$/;

export const languagesApart: Plugin = {
  name: 'languages-apart',
  setup(build) {
    build.onResolve({ filter: LANGUAGE_MODULE }, ({ path, importer }) =>
      /[\\/]lambda[\\/]src[\\/]languages[\\/]index\.ts$/.test(importer)
        ? { path: `./${LANGUAGES_DIR}/${LANGUAGE_MODULE.exec(path)![1]}.js`, external: true }
        : undefined,
    );
  },
};

/** The file a language's words are built to, relative to index.js. */
export const languageFile = (language: string) => `${LANGUAGES_DIR}/${language}.js`;

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
      // Marked as an ES module's exports, so an `import vocabulary from` it gets the list itself.
      return { contents: `module.exports = { __esModule: true, default: JSON.parse(${JSON.stringify(compact)}) };`, loader: 'js' };
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
  plugins: [jsonAsString, vocabularyAsJson, screensApart, languagesApart],
} satisfies BuildOptions;

/**
 * Builds what Lambda runs: `outfile` (the entry), the screens beside it, and each language's
 * words in `languages/`. Shared by the build, the benchmark and the bundle test, so all three
 * run the same files.
 */
export async function buildLambda(
  entry: string,
  outfile: string,
  options: { root?: string; external?: readonly string[]; sourcemap?: boolean } = {},
): Promise<{ entry: BuildResult<{ metafile: true }>; screens: BuildResult<{ metafile: true }>; languages: BuildResult<{ metafile: true }> }> {
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
    build({
      ...common,
      entryPoints: Object.fromEntries(LANGUAGE_IDS.map((language) => [language, join(root, 'lambda/src/languages', `${language}.ts`)])),
      outdir: join(dirname(outfile), LANGUAGES_DIR),
    }),
  ]);
  return { entry: built, screens, languages };
}

/**
 * AWS SDK v3 is left out: the nodejs24.x Lambda runtime ships it. `npm run bench`
 * measured it as ~520 KiB of the bundle and the cold start no slower without it
 * (BENCHMARKS.md). Everything else the skill imports is bundled.
 */
export const SDK_EXTERNAL = ['@aws-sdk/*'];
