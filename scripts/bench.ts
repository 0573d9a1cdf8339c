/**
 * `npm run bench`: what a user feels, measured against the plain ask-sdk-core
 * hello-world skill bundled the same way, in the same run. Writes BENCHMARKS.md.
 *
 *   npm run bench            full run (about a minute)
 *   npm run bench -- --quick fewer repetitions, for trying changes to the bench itself
 *
 * The cold start is also measured on the Lambda runtime's Node.js: LAMBDA_NODE, or the
 * one `bash .ci/run` keeps in .ci/cache.
 *
 * Never a jest test: timings depend on the machine, so they are reported, not asserted.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope } from 'ask-sdk-model';
import { holdSecondsPerSide, routineStretches } from '../lambda/src/coach/catalog';
import { LANGUAGE_IDS, primaryLocale } from '../lambda/src/localization/locales';
import { MemoryStore } from '../lambda/src/stores/memory';
import { SkillDriver } from './lib/driver';
import { measureRoutines } from './lib/routine-measures';
import { buildEnvelope } from './lib/envelopes';
import type { InteractionModel } from './lib/resolver';
import { SDK_EXTERNAL, bundleEntry, bundleProbe, type Bundle } from './bench/bundles';
import { createProgressTable, LOCAL_CREDENTIALS, LOCAL_REGION, startDynalite } from './lib/dynalite';
import { measureHolds, type HoldSegment } from './bench/holds';
import type { ColdResult, ProbeInput, WarmResult } from './bench/probe';
import { machineInfo, newUserIn, writeReport, type ColdRow, type ReportInput, type WarmRow } from './bench/report';
import { median, percentile } from './bench/stats';
import { measureStorage } from './bench/storage';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const QUICK = process.argv.includes('--quick');
const COLD_RUNS = QUICK ? 5 : 31;
const WARMUP = QUICK ? 100 : 500;
const ITERATIONS = QUICK ? 500 : 3000;

const problems: string[] = [];
const log = (message: string) => process.stderr.write(`${message}\n`);

interface Scenario {
  name: string;
  envelope: RequestEnvelope;
  /** The session's requests before this one, replayed untimed for each timed one (see ProbeScenario.setup). */
  setup?: RequestEnvelope[];
  /** What the source skill answered in-process; the bundle must answer the same. */
  expectedSsml?: string;
  /** How many directives the answer carries (a screen's); none when left out. */
  expectedDirectives?: number;
}

/** Runs the source skill in-process through the interaction model to get real envelopes and answers. */
async function captureScenarios(
  hasSafety: boolean,
): Promise<{ launch: Scenario; step: Scenario; stepWithScreen: Scenario; safety?: Scenario; unmatched?: Scenario; launchWithoutStore: string }> {
  const driver = new SkillDriver({ store: new MemoryStore(), projectRoot: ROOT });
  const opened = await driver.says('open upper back coach');
  const launch: Scenario = { name: 'launch', envelope: driver.requests[0]!, expectedSsml: opened.ssml };
  await driver.says('start the desk break');
  // "Keep going" after the first response: the heaviest ordinary request, the rest of the routine narrated in one response.
  const stepped = await driver.says('keep going');
  const step: Scenario = { name: 'routine, keep going', envelope: driver.requests.at(-1)!, setup: driver.requests.slice(0, -1), expectedSsml: stepped.ssml };
  // The same on an Echo Show 8: the same words, and the routine screen with its frames, countdowns and the routine's end.
  const onScreen = new SkillDriver({ store: new MemoryStore(), projectRoot: ROOT, screen: 'hubLandscapeMedium' });
  await onScreen.says('open upper back coach');
  await onScreen.says('start the desk break');
  const shown = await onScreen.says('keep going');
  if (shown.envelope.response.directives?.[0]?.type !== 'Alexa.Presentation.APL.RenderDocument') problems.push('"keep going" on a screen sent no RenderDocument');
  const stepWithScreen: Scenario = {
    name: 'routine, keep going, with a screen',
    envelope: onScreen.requests.at(-1)!,
    setup: onScreen.requests.slice(0, -1),
    expectedSsml: shown.ssml,
    expectedDirectives: 1,
  };
  let safety: Scenario | undefined;
  if (hasSafety) {
    const answered = await driver.says('is it safe to crack my back');
    const envelope = driver.requests[driver.requests.length - 1]!;
    if (envelope.request.type !== 'IntentRequest' || envelope.request.intent.name !== 'SafetyQuestionIntent') {
      problems.push('"is it safe to crack my back" did not resolve to SafetyQuestionIntent');
    }
    safety = { name: 'safety answer', envelope, setup: driver.requests.slice(0, -1), expectedSsml: answered.ssml };
  }
  // Words no model lists, read by the matcher on every such request.
  let unmatched: Scenario | undefined;
  if (hasSafety) {
    const answered = await driver.says('what if i get a weird squeezing feeling across my chest while stretching');
    const envelope = driver.requests[driver.requests.length - 1]!;
    const slots = envelope.request.type === 'IntentRequest' ? Object.values(envelope.request.intent.slots ?? {}) : [];
    if (!slots.some((slot) => slot.value && slot.resolutions?.resolutionsPerAuthority?.[0]?.status.code === 'ER_SUCCESS_NO_MATCH')) {
      problems.push('the unmatched-words scenario resolved to a listed value');
    }
    unmatched = { name: 'safety answer from unmatched words', envelope, setup: driver.requests.slice(0, -1), expectedSsml: answered.ssml };
  }
  const storeless = new SkillDriver({ projectRoot: ROOT });
  const launchWithoutStore = (await storeless.says('open upper back coach')).ssml;
  return { launch, step, stepWithScreen, safety, unmatched, launchWithoutStore };
}

/**
 * A new user's LaunchRequest in each language but English (whose is the launch above), in
 * the language's first locale, with what the source skill answers it without storage.
 */
async function launchesPerLanguage(): Promise<{ locale: string; envelope: RequestEnvelope; ssml: string }[]> {
  const launches = [];
  for (const language of LANGUAGE_IDS.filter((id) => id !== 'en')) {
    const locale = primaryLocale(language);
    const driver = new SkillDriver({ locale, projectRoot: ROOT });
    const reply = await driver.send({ type: 'LaunchRequest' });
    launches.push({ locale, envelope: driver.requests[0]!, ssml: reply.ssml });
  }
  return launches;
}

function helloEnvelope(body: { type: 'LaunchRequest' } | { type: 'IntentRequest'; intent: string }): RequestEnvelope {
  return buildEnvelope(
    {
      userId: 'amzn1.ask.account.bench-hello',
      deviceId: 'amzn1.ask.device.bench',
      sessionId: 'amzn1.echo-api.session.bench-hello',
      newSession: body.type === 'LaunchRequest',
      locale: 'en-US',
      timestamp: Date.parse('2026-11-17T08:00:00Z'),
      requestCounter: 1,
    },
    body,
  );
}

function withUser(envelope: RequestEnvelope, userId: string): RequestEnvelope {
  const copy = structuredClone(envelope);
  if (copy.session) copy.session.user.userId = userId;
  copy.context.System.user.userId = userId;
  return copy;
}

/**
 * An empty stand-in for @aws-sdk/client-dynamodb: with it, the SDK-external bundle loads
 * without the SDK, which shows how much of the cold start is the skill's own code.
 */
async function sdkStub(dir: string): Promise<string> {
  const modules = join(dir, 'sdk-stub');
  await mkdir(join(modules, '@aws-sdk/client-dynamodb'), { recursive: true });
  await writeFile(join(modules, '@aws-sdk/client-dynamodb/index.js'), 'module.exports = {};\n');
  return modules;
}

/** The Node.js that `bash .ci/run` fetched for the Lambda runtime, if it is there. */
async function cachedLambdaNode(): Promise<string | undefined> {
  const version = /^LAMBDA_NODE_VERSION=(\S+)$/m.exec(await readFile(join(ROOT, '.ci/run'), 'utf8'))?.[1];
  const path = version && join(ROOT, '.ci/cache', `node-${version}`, 'bin/node');
  return path && (await stat(path).then(() => path, () => undefined));
}

/** A fresh `node` running the probe, with only the environment given (no TypeScript loader, no inherited options). */
function runProbe(probe: string, inputPath: string, env: Record<string, string>, node: string): Promise<{ wallMs: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(node, [probe, inputPath], {
      env: { PATH: process.env.PATH ?? '', NODE_PATH: join(ROOT, 'node_modules'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    // Console output goes to a log file (see probe.ts); anything written to stdout directly is read and dropped.
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code === 0) resolvePromise({ wallMs });
      else reject(new Error(`probe exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/** Runs the probe on this input and reads back what it measured. */
async function probeRun<T>(
  probe: string,
  dir: string,
  name: string,
  input: Omit<ProbeInput, 'resultPath' | 'logPath'>,
  env: Record<string, string>,
  node = process.execPath,
) {
  const inputPath = join(dir, `${name}.json`);
  const resultPath = join(dir, `${name}.result.json`);
  const logPath = join(dir, `${name}.log`);
  await rm(resultPath, { force: true });
  await rm(logPath, { force: true });
  await writeFile(inputPath, JSON.stringify({ ...input, resultPath, logPath }));
  const { wallMs } = await runProbe(probe, inputPath, env, node);
  return { result: JSON.parse(await readFile(resultPath, 'utf8')) as T, wallMs };
}

interface ColdVariant {
  name: string;
  bundle: Bundle;
  env: Record<string, string>;
  envelope: RequestEnvelope;
  expectedSsml?: string;
  baseline?: boolean;
}

async function measureCold(variants: ColdVariant[], probe: string, dir: string, node = process.execPath): Promise<ColdRow[]> {
  const samples = new Map<string, { results: ColdResult[]; wall: number[] }>(variants.map((v) => [v.name, { results: [], wall: [] }]));
  // Round-robin, one process at a time, so slow drift of the machine spreads evenly over the variants.
  for (let runIndex = 0; runIndex < COLD_RUNS; runIndex++) {
    for (const variant of variants) {
      const envelope = withUser(variant.envelope, `amzn1.ask.account.bench-cold-${variant.name.replace(/\W+/g, '-')}-${runIndex}`);
      const { result, wallMs } = await probeRun<ColdResult>(
        probe,
        dir,
        'cold',
        { bundle: variant.bundle.path, mode: 'cold', scenarios: [{ name: 'launch', envelope }], warmup: 0, iterations: 0 },
        variant.env,
        node,
      );
      if (!result.ssml) problems.push(`cold start, ${variant.name}: the launch answered with no speech`);
      if (!variant.baseline && result.logLines !== 1) {
        problems.push(`cold start, ${variant.name}: the skill wrote ${result.logLines} log lines for one request, not 1`);
      }
      else if (variant.expectedSsml !== undefined && result.ssml !== variant.expectedSsml) {
        problems.push(`cold start, ${variant.name}: the bundle's launch differs from the source skill's`);
      }
      const entry = samples.get(variant.name)!;
      entry.results.push(result);
      entry.wall.push(wallMs);
    }
  }
  const rows = variants.map((variant): ColdRow => {
    const { results, wall } = samples.get(variant.name)!;
    return {
      name: variant.name,
      baseline: variant.baseline ?? false,
      requireMs: median(results.map((r) => r.requireMs)),
      firstAnswerMs: median(results.map((r) => r.firstAnswerMs)),
      inProcessMs: median(results.map((r) => r.requireMs + r.firstAnswerMs)),
      sinceStartMs: median(results.map((r) => r.sinceProcessStartMs)),
      wallMs: median(wall),
      minInProcessMs: Math.min(...results.map((r) => r.requireMs + r.firstAnswerMs)),
    };
  });
  return rows;
}

async function measureWarm(bundle: Bundle, scenarios: Scenario[], env: Record<string, string>, probe: string, dir: string, node = process.execPath) {
  const { result } = await probeRun<WarmResult>(
    probe,
    dir,
    `warm-${bundle.name}`,
    {
      bundle: bundle.path,
      mode: 'warm',
      scenarios: scenarios.map((s) => ({ name: s.name, envelope: s.envelope, setup: s.setup })),
      warmup: WARMUP,
      iterations: ITERATIONS,
    },
    env,
    node,
  );
  return result.scenarios.map((measured) => {
    const scenario = scenarios.find((s) => s.name === measured.name);
    if (!measured.ssml) problems.push(`warm, ${bundle.name} ${measured.name}: answered with no speech`);
    else if (scenario?.expectedSsml !== undefined && measured.ssml !== scenario.expectedSsml) {
      problems.push(`warm, ${bundle.name} ${measured.name}: the bundle answered differently from the source skill`);
    }
    if (measured.directives !== (scenario?.expectedDirectives ?? 0)) {
      problems.push(`warm, ${bundle.name} ${measured.name}: ${measured.directives} directives, expected ${scenario?.expectedDirectives ?? 0}`);
    }
    return {
      name: measured.name,
      p50: percentile(measured.samplesMs, 50),
      p99: percentile(measured.samplesMs, 99),
      max: Math.max(...measured.samplesMs),
    };
  });
}

/** Every segment (stretch and side) of the desk break as the skill says it, with the catalogue's seconds for it. */
async function deskBreakSegments(): Promise<HoldSegment[]> {
  const expected = routineStretches('desk').flatMap((stretch) =>
    Array.from({ length: stretch.sides }, (_, side) => ({
      label: `${stretch.id}${stretch.sides > 1 ? ` (side ${side + 1})` : ''}`,
      nominalSeconds: holdSecondsPerSide(stretch),
    })),
  );
  // One response per segment when going one at a time, the last one also closing the routine
  // (as tests/dialog/full-routines.test.ts checks): the same narration, cut where each side ends.
  const driver = new SkillDriver({ projectRoot: ROOT });
  await driver.says('open upper back coach');
  await driver.says('one at a time');
  const replies = [await driver.says('start the desk break')];
  while (driver.inRoutine && replies.length < 40) replies.push(await driver.says('next'));
  if (replies.length !== expected.length) {
    problems.push(`the desk break took ${replies.length} responses for ${expected.length} segments; holds were not measured`);
    return [];
  }
  return expected.map((segment, index) => ({ ...segment, ssml: replies[index]!.ssml }));
}

async function main(): Promise<void> {
  const started = Date.now();
  // This process talks to dynalite too; the SDK's notice about Node 20 is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const machine = await machineInfo(ROOT);
  const dir = await mkdtemp(join(tmpdir(), 'ubc-bench-'));
  const dynamo = await startDynalite();
  try {
    log('building: scripts/build.ts, then the variants and the hello-world skill with the same options');
    await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT });
    const shippedBytes = (await stat(join(ROOT, 'lambda/dist/index.js'))).size;
    const bundled = await bundleEntry('skill-sdk-bundled', 'lambda/src/index.ts', dir, { root: ROOT, screens: true });
    const external = await bundleEntry('skill-sdk-external', 'lambda/src/index.ts', dir, { root: ROOT, external: SDK_EXTERNAL, screens: true });
    const hello = await bundleEntry('hello-world', 'scripts/bench/hello-world.ts', dir, { root: ROOT });
    const probe = await bundleProbe(ROOT, dir);
    const shipped = [bundled, external].find((b) => b.bytes === shippedBytes);
    if (!shipped) problems.push(`lambda/dist/index.js (${shippedBytes} B) matches neither variant: scripts/build.ts no longer builds with scripts/lib/build-options.ts`);

    const model = JSON.parse(
      await readFile(join(ROOT, 'skill-package/interactionModels/custom/en-US.json'), 'utf8'),
    ) as InteractionModel;
    const hasSafety = model.interactionModel.languageModel.intents.some((intent) => intent.name === 'SafetyQuestionIntent');
    const scenarios = await captureScenarios(hasSafety);
    const skillScenarios = [
      scenarios.launch,
      scenarios.step,
      scenarios.stepWithScreen,
      ...(scenarios.safety ? [scenarios.safety] : []),
      ...(scenarios.unmatched ? [scenarios.unmatched] : []),
    ];

    const coldTable = 'bench-cold';
    await createProgressTable(dynamo.endpoint, coldTable);
    const dynamoEnv = {
      PERSISTENCE: 'dynamodb',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      DYNAMODB_TABLE: coldTable,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    const launch = scenarios.launch.envelope;
    // A new user's cold start in each other language, on the shipped bundle: it reads index.js and that language's file.
    const shippedCold = shipped ?? bundled;
    const shippedName = shippedCold === external ? 'external' : 'bundled';
    const perLanguage = (await launchesPerLanguage()).map(({ locale, envelope, ssml }): ColdVariant => ({
      name: newUserIn(locale, shippedName),
      bundle: shippedCold,
      env: { PERSISTENCE: 'none' },
      envelope,
      expectedSsml: ssml,
    }));
    log(`cold start: ${COLD_RUNS} fresh node processes per variant`);
    const cold = await measureCold(
      [
        { name: 'hello-world', bundle: hello, env: {}, envelope: launch, baseline: true },
        { name: 'skill, SDK bundled, no storage', bundle: bundled, env: { PERSISTENCE: 'none' }, envelope: launch, expectedSsml: scenarios.launchWithoutStore },
        { name: 'skill, SDK external, no storage', bundle: external, env: { PERSISTENCE: 'none' }, envelope: launch, expectedSsml: scenarios.launchWithoutStore },
        {
          name: 'skill, SDK not loaded (stub), no storage',
          bundle: external,
          env: { PERSISTENCE: 'none', NODE_PATH: await sdkStub(dir) },
          envelope: launch,
          expectedSsml: scenarios.launchWithoutStore,
        },
        { name: 'skill, SDK bundled, DynamoDB (dynalite)', bundle: bundled, env: dynamoEnv, envelope: launch, expectedSsml: scenarios.launch.expectedSsml },
        { name: 'skill, SDK external, DynamoDB (dynalite)', bundle: external, env: dynamoEnv, envelope: launch, expectedSsml: scenarios.launch.expectedSsml },
        ...perLanguage,
      ],
      probe,
      dir,
    );

    // Lambda runs the bundle on its runtime's Node.js (nodejs24.x), which may not be this one.
    const lambdaNodePath = process.env.LAMBDA_NODE || (await cachedLambdaNode());
    let lambdaNode: ReportInput['lambdaNode'];
    if (lambdaNodePath) {
      const version = (await run(lambdaNodePath, ['--version'])).stdout.trim();
      log(`cold start on ${version} (LAMBDA_NODE): ${COLD_RUNS} fresh processes per variant`);
      const rows = await measureCold(
        [
          { name: 'hello-world', bundle: hello, env: {}, envelope: launch, baseline: true },
          { name: 'skill, SDK external, no storage', bundle: external, env: { PERSISTENCE: 'none' }, envelope: launch, expectedSsml: scenarios.launchWithoutStore },
          ...perLanguage.filter((variant) => variant.bundle === external),
        ],
        probe,
        dir,
        lambdaNodePath,
      );
      lambdaNode = { version, rows };
    }

    log(`warm latency: ${ITERATIONS} requests per scenario after ${WARMUP} warm-up requests`);
    const shippedBundle = shipped ?? bundled;
    /** The skill's scenarios and hello-world's, in processes of the given Node.js. */
    const measureWarmOn = async (node?: string): Promise<WarmRow[]> => {
      const skillWarm = await measureWarm(shippedBundle, skillScenarios, { PERSISTENCE: 'memory' }, probe, dir, node);
      const helloWarm = await measureWarm(
        hello,
        [
          { name: 'launch', envelope: helloEnvelope({ type: 'LaunchRequest' }) },
          { name: 'intent', envelope: helloEnvelope({ type: 'IntentRequest', intent: 'HelloWorldIntent' }) },
        ],
        {},
        probe,
        dir,
        node,
      );
      const helloLaunch = helloWarm.find((r) => r.name === 'launch')!;
      const helloIntent = helloWarm.find((r) => r.name === 'intent')!;
      return skillWarm.map((row) => {
        const baseline = row.name === 'launch' ? helloLaunch : helloIntent;
        return { ...row, baselineName: baseline === helloLaunch ? 'LaunchRequest' : 'HelloWorldIntent', baselineP50: baseline.p50, baselineP99: baseline.p99 };
      });
    };
    const warm = await measureWarmOn();
    if (lambdaNode && lambdaNodePath) {
      log(`warm latency on ${lambdaNode.version} (LAMBDA_NODE)`);
      lambdaNode.warm = await measureWarmOn(lambdaNodePath);
    }

    log('storage: the desk break over two sessions against dynalite, counting every DynamoDB call');
    const storage = await measureStorage({ endpoint: dynamo.endpoint, root: ROOT, hasSafety });

    log('hold accuracy: rendering the desk break with espeak-ng, measuring with sox');
    const holds = await measureHolds(await deskBreakSegments(), dir);

    log('routines: every routine played through as a user would, straight through and one at a time');
    const routines = await measureRoutines();

    const report = await writeReport(join(ROOT, 'BENCHMARKS.md'), {
      machine,
      quick: QUICK,
      coldRuns: COLD_RUNS,
      warmup: WARMUP,
      iterations: ITERATIONS,
      bundles: { bundled, external, hello, shippedBytes, shipped: shipped?.name },
      cold,
      lambdaNode,
      warm,
      safetySkipped: hasSafety ? undefined : 'SafetyQuestionIntent is not in the en-US model',
      storage,
      holds,
      routines,
      problems,
      seconds: (Date.now() - started) / 1000,
    });
    process.stdout.write(report.summary);
  } finally {
    await dynamo.close();
    await rm(dir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    log(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
