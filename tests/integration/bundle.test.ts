import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { build } from 'esbuild';
import { BUILD_ENTRY, BUILD_OPTIONS, SDK_EXTERNAL } from '../../scripts/lib/build-options';
import { SkillDriver } from '../../scripts/lib/driver';

/**
 * What Lambda runs is the bundle, not the source: built here with the options of
 * scripts/build.ts and loaded by a plain `node` process (no TypeScript, no jest),
 * it must say exactly what the source skill says, in every language, for a launch,
 * a routine step and a safety question; the language files go in as JSON strings,
 * each parsed only when a request needs it.
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
  process.stdout.write(JSON.stringify({ responses, lines }));
});
`;

interface Turn {
  says: string;
  envelope: RequestEnvelope;
  ssml: string;
}

/** Talks to the source skill through the locale's model, keeping each envelope and answer. */
async function sourceTurns(locale: string, phrases: string[]): Promise<Turn[]> {
  const driver = new SkillDriver({ locale, projectRoot: ROOT });
  const turns: Turn[] = [];
  for (const says of phrases) {
    const reply = await driver.says(says);
    turns.push({ says, envelope: driver.requests[driver.requests.length - 1]!, ssml: reply.ssml });
  }
  return turns;
}

const CONVERSATIONS: [string, string[]][] = [
  ['en-US', ['open upper back coach', 'start the desk break', 'next', 'is it safe to crack my back']],
  ['en-GB', ['open upper back coach', 'my chest hurts']],
  ['de-DE', ['öffne lockerer rücken', 'starte die schreibtischpause', 'ist rückenknacken gefährlich']],
  ['es-ES', ['abre espalda en forma', 'empieza la rutina de oficina', 'cuánto falta']],
  ['fr-FR', ['ouvre objectif dos', 'commence la pause bureau']],
];

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ubc-bundle-'));
  bundle = join(dir, 'index.js');
  await build({ ...BUILD_OPTIONS, sourcemap: false, absWorkingDir: ROOT, entryPoints: [BUILD_ENTRY], outfile: bundle, external: SDK_EXTERNAL });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test.each(CONVERSATIONS)('the Lambda bundle answers a conversation in %s word for word as the source skill does', async (locale, phrases) => {
  const turns = await sourceTurns(locale, phrases);
  const child = run(process.execPath, ['-e', RUNNER, bundle], { env: { PATH: process.env.PATH, PERSISTENCE: 'none' } });
  child.child.stdin?.end(JSON.stringify(turns.map((turn) => turn.envelope)));
  const { stdout } = await child;
  const { responses, lines } = JSON.parse(stdout) as { responses: ResponseEnvelope[]; lines: string[] };
  expect(responses.map((response, index) => [turns[index]!.says, response.response.outputSpeech])).toEqual(
    turns.map((turn) => [turn.says, { type: 'SSML', ssml: turn.ssml }]),
  );
  // One structured log line per request, as the source entry writes it.
  expect(lines.map((line) => (JSON.parse(line) as { event: string }).event)).toEqual(turns.map(() => 'request'));
});

test('the bundle holds the language files as strings for JSON.parse, not as object literals', async () => {
  const code = await readFile(bundle, 'utf8');
  expect(code).toMatch(/JSON\.parse\((['"`])\{"base":\{/);
  expect(code).not.toMatch(/\{base:\{/);
});
