import { openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { format } from 'node:util';

/**
 * Runs inside a fresh `node` process started by scripts/bench.ts (bundled to plain
 * JavaScript first). `cold`: loads a skill bundle and answers one request, timing both.
 * `warm`: loads it, then times many requests per scenario. The result goes to a file.
 *
 * Console output goes where Lambda's Node.js runtime sends it: the runtime replaces
 * console.log and friends, before it loads the function, with writers that call
 * fs.writeSync on its log file descriptor. So the skill's one log line per request
 * costs what it costs there, and not the creation of process.stdout, which a plain
 * `node` process does on the first console.log and a Lambda function never does.
 */

export interface ProbeScenario {
  name: string;
  envelope: unknown;
  /**
   * Requests of the same session played before the timed one, untimed. With them, every
   * iteration is its own user's session, the session attributes carried from each answer
   * to the next request as Alexa carries them: the timed request then finds the store as a
   * real one would (the revision its session read), instead of replaying one turn over itself.
   */
  setup?: unknown[];
}

export interface ProbeInput {
  bundle: string;
  resultPath: string;
  /** Where console output goes, one line per call, as in Lambda's log stream. */
  logPath: string;
  mode: 'cold' | 'warm';
  scenarios: ProbeScenario[];
  warmup: number;
  iterations: number;
}

export interface ColdResult {
  mode: 'cold';
  /** require() of the bundle: parsing and running its top level (the Lambda init phase). */
  requireMs: number;
  /** The first request, from handler call to response. */
  firstAnswerMs: number;
  /** From the process's time origin (node start) to the first response. */
  sinceProcessStartMs: number;
  ssml: string;
  /** Console lines written up to the first answer (the skill logs one per request). */
  logLines: number;
}

export interface WarmResult {
  mode: 'warm';
  /** `directives`: how many the first answer carried (a screen's RenderDocument). */
  scenarios: { name: string; ssml: string; directives: number; samplesMs: number[] }[];
}

type Handler = (event: unknown, context?: unknown) => Promise<unknown>;

const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Console output as Lambda's runtime writes it: synchronously, to a file descriptor opened up front. Returns a line counter. */
function installLambdaConsole(logPath: string): () => number {
  const fd = openSync(logPath, 'a');
  let lines = 0;
  for (const level of CONSOLE_LEVELS) {
    console[level] = (...args: unknown[]) => {
      lines++;
      writeSync(fd, `${new Date().toISOString()}\t${level.toUpperCase()}\t${format(...args).replace(/\n/g, '\r')}\n`);
    };
  }
  return () => lines;
}

function handlerOf(loaded: unknown): Handler {
  const handler = typeof loaded === 'object' && loaded !== null ? (loaded as { handler?: unknown }).handler : undefined;
  if (typeof handler !== 'function') throw new Error('The bundle does not export a handler function');
  return handler as Handler;
}

/** The SSML the skill answered with (empty for silent responses), to check the answer is a real one. */
function ssmlOf(response: unknown): string {
  const speech = (response as { response?: { outputSpeech?: { ssml?: unknown } } } | undefined)?.response?.outputSpeech;
  return typeof speech?.ssml === 'string' ? speech.ssml : '';
}

async function cold(input: ProbeInput): Promise<ColdResult> {
  const [first] = input.scenarios;
  if (!first) throw new Error('No scenario to run');
  const logLines = installLambdaConsole(input.logPath);
  const start = performance.now();
  // A computed require: esbuild leaves it to run time, so the bundle under test is loaded exactly as Lambda loads it.
  const handler = handlerOf(require(input.bundle));
  const loaded = performance.now();
  const response = await handler(first.envelope, {});
  const answered = performance.now();
  return {
    mode: 'cold',
    requireMs: loaded - start,
    firstAnswerMs: answered - loaded,
    sinceProcessStartMs: answered,
    ssml: ssmlOf(response),
    logLines: logLines(),
  };
}

interface Envelope {
  session?: { user?: { userId?: string }; attributes?: unknown };
  context?: { System?: { user?: { userId?: string } } };
}

/** A copy of a request as one user's, carrying the session attributes of the answer before it (when there was one). */
function asUser(envelope: unknown, userId: string, attributes: unknown): unknown {
  // Every call gets its own copy: a handler that changed its envelope must not change the next call.
  const copy = structuredClone(envelope) as Envelope;
  if (copy.session?.user) copy.session.user.userId = userId;
  if (copy.context?.System?.user) copy.context.System.user.userId = userId;
  if (copy.session && attributes !== undefined) copy.session.attributes = attributes;
  return copy;
}

async function warm(input: ProbeInput): Promise<WarmResult> {
  installLambdaConsole(input.logPath);
  const handler = handlerOf(require(input.bundle));
  const scenarios: WarmResult['scenarios'] = [];
  for (const scenario of input.scenarios) {
    let users = 0;
    /** One session: the setup untimed, then the timed request; returns its answer and how long it took. */
    const session = async (): Promise<{ response: unknown; ms: number }> => {
      const userId = `amzn1.ask.account.bench-warm-${scenario.name.replace(/\W+/g, '-')}-${users++}`;
      let attributes: unknown;
      for (const step of scenario.setup ?? []) {
        const answer = (await handler(asUser(step, userId, attributes), {})) as { sessionAttributes?: unknown } | undefined;
        attributes = answer?.sessionAttributes ?? {};
      }
      const envelope = asUser(scenario.envelope, userId, attributes);
      const start = process.hrtime.bigint();
      const response = await handler(envelope, {});
      return { response, ms: Number(process.hrtime.bigint() - start) / 1e6 };
    };
    const first = (await session()).response;
    const ssml = ssmlOf(first);
    const directives = ((first as { response?: { directives?: unknown[] } } | undefined)?.response?.directives ?? []).length;
    for (let i = 0; i < input.warmup; i++) await session();
    const samplesMs: number[] = [];
    for (let i = 0; i < input.iterations; i++) samplesMs.push((await session()).ms);
    scenarios.push({ name: scenario.name, ssml, directives, samplesMs });
  }
  return { mode: 'warm', scenarios };
}

async function main(): Promise<void> {
  const inputPath = process.argv[2];
  if (!inputPath) throw new Error('usage: node probe.js INPUT.json');
  const input = JSON.parse(readFileSync(inputPath, 'utf8')) as ProbeInput;
  const result = input.mode === 'cold' ? await cold(input) : await warm(input);
  writeFileSync(input.resultPath, JSON.stringify(result));
  // The DynamoDB client keeps sockets alive; the measurement is done, so do not wait for them.
  process.exit(0);
}

main().catch((error: unknown) => {
  writeSync(2, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
