import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { BUILD_ENTRY, LANGUAGES_DIR, SDK_EXTERNAL, buildLambda, languageFile } from '../../scripts/lib/build-options';
import { LANGUAGE_IDS, languageOf } from '../../lambda/src/localization/locales';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { SkillDriver } from '../../scripts/lib/driver';
import { LOCAL_CREDENTIALS } from '../../scripts/lib/dynalite';
import { LANGUAGE_LIST } from '../harness/languages';

/**
 * What Lambda runs is the bundle, not the source: built here with the options of
 * scripts/build.ts and loaded by a plain `node` process (no TypeScript, no jest),
 * it must say exactly what the source skill says, in every language, for a launch,
 * a routine step and a safety question. Each language's words are a file of their own
 * beside it (languages/<lang>.json), read only by a request in that language. It runs on this machine's Node.js and, when
 * LAMBDA_NODE names one (.ci/run fetches it), on the Node.js of the Lambda runtime.
 */

const ROOT = resolve(__dirname, '../..');
const run = promisify(execFile);

/** Loads the bundle as Lambda does and answers each envelope in turn; console output goes to stderr. */
const RUNNER = `
const lines = [];
for (const level of ['log', 'info', 'warn', 'error']) console[level] = (...args) => lines.push(args.join(' '));
const { handler } = require(process.argv[1]);
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const responses = [];
  for (const envelope of JSON.parse(input)) responses.push(await handler(envelope, {}));
  // Relative to the bundle's folder: index.js, screens.js, languages/en.json.
  const loaded = Object.keys(require.cache).map((file) => require('path').relative(require('path').dirname(process.argv[1]), file));
  process.stdout.write(JSON.stringify({ responses, lines, loaded }));
});
`;

interface Turn {
  says: string;
  envelope: RequestEnvelope;
  ssml: string;
}

/** Talks to the source skill through the locale's model, keeping each envelope and answer; `screen`: on a device with one. */
async function sourceTurns(locale: string, phrases: string[], screen?: string): Promise<(Turn & { response: ResponseEnvelope })[]> {
  const driver = new SkillDriver({ locale, projectRoot: ROOT, screen });
  const turns: (Turn & { response: ResponseEnvelope })[] = [];
  for (const says of phrases) {
    const reply = says.startsWith('touch ') ? await driver.touch(...says.slice(6).split(' ')) : await driver.says(says);
    turns.push({ says, envelope: driver.requests[driver.requests.length - 1]!, ssml: reply.ssml, response: reply.envelope });
  }
  return turns;
}

/** Runs the bundle on `node` over the turns' envelopes, as Lambda would, without storage. */
async function runBundle(node: string, turns: Turn[]) {
  const child = run(node, ['-e', RUNNER, bundle], { env: { PATH: process.env.PATH, PERSISTENCE: 'none' } });
  child.child.stdin?.end(JSON.stringify(turns.map((turn) => turn.envelope)));
  const { stdout } = await child;
  return JSON.parse(stdout) as { responses: ResponseEnvelope[]; lines: string[]; loaded: string[] };
}

/** In each language: open, start the desk break, ask how long is left and a safety question; and a region's emergency. */
const CONVERSATIONS: [string, string[]][] = [
  ...LANGUAGE_LIST.map(({ locale, row }): [string, string[]] => [locale, [row.say.open, row.routines.desk.start, row.say.howLong, row.say.question]]),
  ['en-GB', ['open upper back coach', 'my chest hurts']],
];

/** The Node.js major version of the Lambda runtime ask-resources.json deploys to (nodejs24.x: 24). */
const LAMBDA_MAJOR = (() => {
  const resources = JSON.parse(readFileSync(join(ROOT, 'ask-resources.json'), 'utf8')) as {
    profiles: { default: { skillInfrastructure: { userConfig: { runtime: string } } } };
  };
  return Number(/^nodejs(\d+)\.x$/.exec(resources.profiles.default.skillInfrastructure.userConfig.runtime)?.[1]);
})();

const LAMBDA_NODE = process.env.LAMBDA_NODE;
const NODES: [string, string][] = [[`this machine's Node.js ${process.version}`, process.execPath]];
if (LAMBDA_NODE) NODES.push([`the Lambda runtime's Node.js ${LAMBDA_MAJOR}`, LAMBDA_NODE]);

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ubc-bundle-'));
  bundle = join(dir, 'index.js');
  await buildLambda(BUILD_ENTRY, bundle, { root: ROOT, external: SDK_EXTERNAL, sourcemap: false });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

(LAMBDA_NODE ? test : test.skip)('LAMBDA_NODE is the Node.js major version of the runtime the skill deploys to', () => {
  expect(execFileSync(LAMBDA_NODE!, ['--version']).toString().trim()).toMatch(new RegExp(`^v${LAMBDA_MAJOR}\\.`));
});

const CASES = NODES.flatMap(([nodeName, node]) => CONVERSATIONS.map(([locale, phrases]) => [nodeName, locale, phrases, node] as const));

test.each(CASES)('on %s, the Lambda bundle answers a conversation in %s word for word as the source skill does', async (_name, locale, phrases, node) => {
  const turns = await sourceTurns(locale, phrases);
  const { responses, lines, loaded } = await runBundle(node, turns);
  expect(responses.map((response, index) => [turns[index]!.says, response.response.outputSpeech])).toEqual(
    turns.map((turn) => [turn.says, { type: 'SSML', ssml: turn.ssml }]),
  );
  // One structured log line per request, as the source entry writes it.
  expect(lines.map((line) => (JSON.parse(line) as { event: string }).event)).toEqual(turns.map(() => 'request'));
  // A device without a screen never loads the screens; a request loads its own language's words, no other.
  expect(loaded).toContain('index.js');
  expect(loaded).not.toContain('screens.js');
  expect(loaded.filter((file) => file.startsWith(`${LANGUAGES_DIR}/`))).toEqual([languageFile(languageOf(locale))]);
});

test.each(NODES)('on %s, a session on a speaker reads index.js and its language alone', async (_name, node) => {
  const turns = await sourceTurns('en-US', ['open upper back coach', 'start the desk break', 'pause', 'resume']);
  const session = await runBundle(node, turns);
  expect(session.loaded.sort()).toEqual(['index.js', languageFile('en')]);
  expect(session.responses.map((r) => r.response.outputSpeech)).toEqual(turns.map((turn) => ({ type: 'SSML', ssml: turn.ssml })));
});

test.each(LANGUAGE_IDS)('what a cold start in %s reads, index.js and the language’s file, is under 500 KB', async (language) => {
  const bytes = (await stat(bundle)).size + (await stat(join(dir, languageFile(language)))).size;
  expect(bytes).toBeLessThan(500_000);
});

test.each(NODES)('on %s, the bundle shows on a screen exactly what the source skill shows, loading screens.js beside it', async (_name, node) => {
  const turns = await sourceTurns('en-US', ['open upper back coach', 'touch start desk', 'touch pause', 'is it safe to crack my back', 'i have chest pain'], 'hubLandscapeMedium');
  const { responses, loaded } = await runBundle(node, turns);
  expect(responses.map((r) => r.response)).toEqual(turns.map((turn) => turn.response.response));
  expect(responses.map((r) => r.response.directives?.[0]?.type)).toEqual([
    'Alexa.Presentation.APL.RenderDocument',
    'Alexa.Presentation.APL.RenderDocument',
    'Alexa.Presentation.APL.ExecuteCommands',
    'Alexa.Presentation.APL.RenderDocument',
    'Alexa.Presentation.APL.RenderDocument',
  ]);
  expect(loaded).toContain('screens.js');
  expect(loaded.filter((file) => file.startsWith(`${LANGUAGES_DIR}/`))).toEqual([languageFile('en')]);
});

/** Two sessions a day apart for one user, through the source skill with an in-memory store. */
async function twoSessions(): Promise<Turn[]> {
  const store = new MemoryStore();
  const userId = `amzn1.ask.account.bundle-${Date.now()}`;
  const turns: Turn[] = [];
  const day = (start: string, phrases: string[]) => async () => {
    const driver = new SkillDriver({ store, userId, start, projectRoot: ROOT });
    for (const says of phrases) {
      const reply = await driver.says(says);
      turns.push({ says, envelope: driver.requests[driver.requests.length - 1]!, ssml: reply.ssml });
    }
  };
  await day('2026-11-16T08:00:00Z', ['open upper back coach', 'start the desk break', 'stop'])();
  await day('2026-11-17T08:00:00Z', ['open upper back coach', 'yes'])();
  return turns;
}

test.each(NODES)('on %s, the bundle keeps progress in DynamoDB (dynalite) and offers it back the next day, as the source skill does', async (_name, node) => {
  const turns = await twoSessions();
  const child = run(node, ['-e', RUNNER, bundle], {
    env: {
      PATH: process.env.PATH,
      // The bundle leaves AWS SDK v3 out; Lambda's runtime puts its own copy on NODE_PATH.
      NODE_PATH: join(ROOT, 'node_modules'),
      PERSISTENCE: 'dynamodb',
      DYNAMODB_ENDPOINT: process.env.DYNALITE_ENDPOINT,
      DYNAMODB_TABLE: `bundle-${process.pid}-${Date.now()}`,
      DYNAMODB_CREATE_TABLE: 'true',
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  child.child.stdin?.end(JSON.stringify(turns.map((turn) => turn.envelope)));
  const { stdout } = await child;
  const { responses } = JSON.parse(stdout) as { responses: ResponseEnvelope[] };
  expect(responses.map((response, index) => [turns[index]!.says, response.response.outputSpeech])).toEqual(
    turns.map((turn) => [turn.says, { type: 'SSML', ssml: turn.ssml }]),
  );
  expect(turns[3]!.ssml).toMatch(/Yesterday, you stopped at/);
});

test('index.js holds no language’s words; each language file is that language’s module as data, JSON that Node parses with nothing to compile', async () => {
  const index = await readFile(bundle, 'utf8');
  expect(index).not.toMatch(/"base":\{|\{base:\{|"grammar":\{/);
  for (const language of LANGUAGE_IDS) {
    const data: unknown = JSON.parse(await readFile(join(dir, languageFile(language)), 'utf8'));
    const source = (await import(`../../lambda/src/languages/${language}`)) as { default: unknown };
    expect([language, data]).toEqual([language, { default: source.default }]);
  }
});
