/**
 * `npm run load`: the web service (`npm run serve`, scripts/serve.ts) under load from many
 * users' conversations, at 50 and then 200 concurrent connections, against the in-memory
 * store and against DynamoDB (dynalite, in a process of its own). Writes its section of
 * BENCHMARKS.md: requests per second, p50 and p99 latency, errors (which must be 0), and the
 * service's memory before and after.
 *
 *   npm run load              full run (about two and a half minutes)
 *   npm run load -- --quick   short phases, for trying changes to this script
 *
 * Request verification (Alexa's signature and timestamp checks) is OFF in the service for
 * this run only: the load generator cannot sign requests as Alexa does. The service runs as
 * `npm run serve` runs it (tsx scripts/serve.ts), with `--no-verify`, node's --expose-gc and
 * a preloaded probe that reports its memory after a garbage collection when asked.
 *
 * Never a jest test: it takes minutes and its figures depend on the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import autocannon from 'autocannon';
import { machineInfo, type Machine } from './bench/report';
import { formatKiB } from './bench/stats';
import { withLoadSection } from './lib/benchmarks-file';
import { localClient } from './lib/dynalite';
import { MAX_TURNS, conversationSource, type ConversationCounts } from './load/conversations';

// The SDK (reading the table at the end) warns about Node 20's coming end of support: noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const ROOT = resolve(__dirname, '..');
const QUICK = process.argv.includes('--quick');
const WARMUP_SECONDS = QUICK ? 3 : 10;
const PHASE_SECONDS = QUICK ? 5 : 20;
/** The phases measured, in order; the last repeats the one before it, so that any growth of memory between them is per request. */
const CONNECTIONS = [50, 200, 200] as const;
/** The share of the 50-connection throughput offered to the 200 connections. */
const RATE_SHARE = 0.8;
/** Alexa accounts the conversations come from: many users, and now and then two devices of one account at once. */
const USERS = 1000;
const SEED = 20261122;

const log = (message: string) => process.stderr.write(`${message}\n`);

interface Memory {
  rss: number;
  heapUsed: number;
}

interface Service {
  url: string;
  warning: string;
  /** The milliseconds the service itself logged for each request answered since the last call (its own log line). */
  takeServiceTimes(): number[];
  memory(): Promise<Memory>;
  stop(): Promise<void>;
}

function lines(child: ChildProcess, stream: 'stdout' | 'stderr', onLine: (line: string) => void): void {
  const source = child[stream];
  if (source) createInterface({ input: source }).on('line', onLine);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', () => done())));
}

/**
 * The web service, as `npm run serve --no-verify` runs it, on a free port of 127.0.0.1. Its
 * log (one line per request) goes to a file, as a deployed service's would: a pipe read by
 * the busy generator would fill up, and Node writes to a pipe synchronously on Linux, so the
 * service would stall until the generator read it.
 */
async function startService(env: Record<string, string>, logPath: string): Promise<Service> {
  const logFd = openSync(logPath, 'w');
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--require', join(ROOT, 'scripts/load/memory-probe.cjs'), '--import', 'tsx', 'scripts/serve.ts', '--no-verify'],
    {
      cwd: ROOT,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', HOST: '127.0.0.1', PORT: '0', SKIP_VERIFICATION: 'false', ...env },
      stdio: ['ignore', logFd, 'pipe', 'ipc'],
    },
  );
  closeSync(logFd);
  let warning = '';
  lines(child, 'stderr', (line) => (warning += `${line}\n`));
  let readUpTo = 0;
  /** Log lines written since the last call. */
  const newLines = (): string[] => {
    const text = readFileSync(logPath, 'utf8');
    const end = text.lastIndexOf('\n') + 1;
    const fresh = text.slice(readUpTo, end);
    readUpTo = end;
    return fresh ? fresh.trimEnd().split('\n') : [];
  };
  const url = await new Promise<string>((done, fail) => {
    const poll = setInterval(() => {
      for (const line of newLines()) {
        const listening = /listening on (http:\/\/\S+)/.exec(line);
        if (listening) {
          clearInterval(poll);
          done(listening[1]!);
        }
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(poll);
      fail(new Error(`the service exited (${code}) before listening:\n${warning}`));
    });
  });
  return {
    url,
    warning: warning.trim(),
    // Each request's line ends "POST / 200 3 ms": the time it took inside the service.
    takeServiceTimes: () => newLines().flatMap((line) => {
      const answered = /POST \/ \d+ (\d+) ms$/.exec(line);
      return answered ? [Number(answered[1])] : [];
    }),
    memory: () =>
      new Promise<Memory>((done) => {
        child.once('message', (message: { memory: Memory }) => done({ rss: message.memory.rss, heapUsed: message.memory.heapUsed }));
        child.send('memory');
      }),
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

interface LocalDynamo {
  endpoint: string;
  tableName: string;
  stop(): Promise<void>;
}

async function startDynalite(): Promise<LocalDynamo> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/load/dynalite-server.ts', 'upper-back-coach-load'], {
    cwd: ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise<{ endpoint: string; tableName: string }>((done, fail) => {
    lines(child, 'stdout', (line) => done(JSON.parse(line) as { endpoint: string; tableName: string }));
    child.once('exit', (code) => fail(new Error(`dynalite exited (${code})`)));
  });
  return {
    ...ready,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

interface Phase {
  connections: number;
  /** Requests per second offered in all, when capped (the 200-connection phases); undefined: as fast as answers come. */
  overallRate?: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors, timeouts and non-2xx answers, as autocannon counts them. */
  httpErrors: number;
  errorKinds: string[];
  /** The service's own time per request (Express, the skill, the store), from its log: p99 and max. */
  serviceP99: number;
  serviceMax: number;
  counts: ConversationCounts;
  memoryAfter: Memory;
}

async function runPhase(
  service: Service,
  connections: number,
  seconds: number,
  pick: 'sequential' | 'random',
  seed: number,
  overallRate?: number,
): Promise<Omit<Phase, 'memoryAfter'>> {
  service.takeServiceTimes();
  const source = conversationSource({ root: ROOT, users: USERS, pick, seed, start: Date.now() });
  const step = {
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request: { body?: string | Buffer }, context: Record<string, unknown>) => {
      const state = (context.state ??= source.start()) as ReturnType<typeof source.start>;
      const body = source.next(state);
      return body === undefined ? undefined : { ...request, body };
    },
    onResponse: (status: number, body: string, context: Record<string, unknown>) => {
      source.record(context.state as ReturnType<typeof source.start>, status, body);
    },
  };
  const instance = autocannon({
    url: service.url,
    connections,
    duration: seconds,
    timeout: 10,
    overallRate,
    requests: Array.from({ length: MAX_TURNS }, () => step),
  });
  const errorKinds = new Map<string, number>();
  instance.on('reqError', (error: Error & { code?: string }) => {
    const kind = error.code ?? error.message;
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  });
  const result = await instance;
  const serviceTimes = service.takeServiceTimes().sort((a, b) => a - b);
  return {
    connections,
    overallRate,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    // autocannon counts a timeout among its errors as well.
    httpErrors: result.errors + result.non2xx,
    serviceP99: serviceTimes[Math.floor((serviceTimes.length - 1) * 0.99)] ?? NaN,
    serviceMax: serviceTimes.at(-1) ?? NaN,
    errorKinds: [...errorKinds].map(([kind, count]) => `${count} × ${kind}`).concat(result.non2xx ? [`${result.non2xx} × non-2xx`] : []),
    counts: source.counts,
  };
}

interface BackendResult {
  name: string;
  warning: string;
  before: Memory;
  phases: Phase[];
  warmup: ConversationCounts & { requests: number };
  /** DynamoDB only: routines finished as stored, against those the generator heard finish. */
  stored?: { completions: number; records: number };
}

async function measureBackend(name: string, env: Record<string, string>, logPath: string, afterRun?: () => Promise<BackendResult['stored']>): Promise<BackendResult> {
  log(`${name}: starting the service (its log: ${logPath})`);
  const service = await startService(env, logPath);
  try {
    log(`${name}: warming up, ${WARMUP_SECONDS} s at 50 connections, every one of ${USERS} users in turn`);
    const warm = await runPhase(service, 50, WARMUP_SECONDS, 'sequential', SEED);
    const before = await service.memory();
    const phases: Phase[] = [];
    for (const connections of CONNECTIONS) {
      // 50 connections go as fast as answers come: the service's capacity here. 200 are held to
      // RATE_SHARE of that: as fast, 200 connections keep the one-threaded service saturated on
      // two shared cores, and it then accepts new connections so late that some wait out the 10 s timeout.
      const capacity = phases[0]?.requestsPerSecond;
      const overallRate = connections > CONNECTIONS[0] && capacity ? Math.max(1, Math.round(capacity * RATE_SHARE)) : undefined;
      log(`${name}: ${connections} connections for ${PHASE_SECONDS} s${overallRate ? `, ${overallRate} requests/s offered in all` : ''}`);
      const phase = await runPhase(service, connections, PHASE_SECONDS, 'random', SEED + phases.length, overallRate);
      phases.push({ ...phase, memoryAfter: await service.memory() });
      log(`  ${Math.round(phase.requestsPerSecond)} requests/s, p50 ${phase.p50} ms, p99 ${phase.p99} ms, errors ${phase.httpErrors + phase.counts.skillErrors}`);
    }
    // Requests still in flight when the generator stopped may finish after it: let them land before counting.
    await new Promise((done) => setTimeout(done, 500));
    const stored = await afterRun?.();
    return { name, warning: service.warning, before, phases, warmup: { ...warm.counts, requests: warm.requests }, stored };
  } finally {
    await service.stop();
  }
}

/** Sums completedRoutines over every record in the table. */
async function storedCompletions(endpoint: string, tableName: string): Promise<{ completions: number; records: number }> {
  const client = localClient(endpoint);
  try {
    let completions = 0;
    let records = 0;
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }));
      for (const item of page.Items ?? []) {
        records++;
        completions += Number(item.attributes?.M?.completedRoutines?.N ?? 0);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { completions, records };
  } finally {
    client.destroy();
  }
}

const sign = (value: number) => (value >= 0 ? '+' : '−');
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ms = (value: number) => `${value} ms`;

function render(machine: Machine, results: BackendResult[], seconds: number, loadAtEnd: number): { section: string; summary: string[] } {
  const rows: string[][] = [];
  const summary: string[] = [];
  for (const result of results) {
    for (const phase of result.phases) {
      const errors = phase.httpErrors + phase.counts.skillErrors;
      rows.push([
        result.name,
        phase.overallRate ? `${phase.connections}, ${phase.overallRate}/s offered` : `${phase.connections}, as fast as answered`,
        String(phase.requests),
        String(phase.counts.conversations),
        String(Math.round(phase.requestsPerSecond)),
        ms(phase.p50),
        ms(phase.p99),
        ms(phase.max),
        `${ms(phase.serviceP99)} / ${ms(phase.serviceMax)}`,
        errors === 0 ? '0' : `**${errors}**`,
        mib(phase.memoryAfter.heapUsed),
      ]);
      summary.push(`${result.name}, ${phase.connections} connections: ${Math.round(phase.requestsPerSecond)} requests/s, p50 ${phase.p50} ms, p99 ${phase.p99} ms, ${errors} errors`);
    }
  }
  const memoryRows = results.map((result) => {
    const [, first200, again] = result.phases;
    const growth = again!.memoryAfter.heapUsed - first200!.memoryAfter.heapUsed;
    return [
      result.name,
      mib(result.before.heapUsed),
      mib(first200!.memoryAfter.heapUsed),
      mib(again!.memoryAfter.heapUsed),
      `${sign(growth)}${formatKiB(Math.abs(growth))}`,
      String(again!.requests),
      `${sign(growth)}${Math.abs(growth / again!.requests).toFixed(1)} B`,
      `${mib(result.before.rss)} → ${mib(again!.memoryAfter.rss)}`,
    ];
  });
  const problems = results.flatMap((result) =>
    result.phases.flatMap((phase) =>
      phase.httpErrors + phase.counts.skillErrors > 0
        ? [`${result.name}, ${phase.connections} connections: ${phase.httpErrors} HTTP errors or timeouts${phase.errorKinds.length ? ` (${phase.errorKinds.join(', ')})` : ''}, ${phase.counts.skillErrors} answers that were not a working skill${phase.counts.examples.length ? ` (${phase.counts.examples.join('; ')})` : ''}`]
        : [],
    ),
  );
  const dynamo = results.find((result) => result.stored);
  let storedLine = '';
  if (dynamo?.stored) {
    const heard = dynamo.warmup.completions + dynamo.phases.reduce((sum, phase) => sum + phase.counts.completions, 0);
    const inFlight = CONNECTIONS.reduce((sum, n) => sum + n, 0) + 50;
    const ok = dynamo.stored.completions >= heard && dynamo.stored.completions - heard <= inFlight;
    storedLine = `\nNothing lost under load: the generator heard ${heard} routines finish against DynamoDB (warm-up included), and the ${dynamo.stored.records} records in the table count ${dynamo.stored.completions} finished routines${ok ? '' : ' (**they disagree**)'}. A few more stored than heard are answers still in flight when a phase stopped (at most one per connection); fewer would be progress lost.`;
    if (!ok) problems.push(`DynamoDB: ${dynamo.stored.completions} finished routines stored, ${heard} heard`);
  }
  const warningLine = results[0]?.warning.split('\n').find((line) => line.includes('verification is OFF')) ?? '';

  const section = `## Under load

Written by \`npm run load\` (scripts/load.ts)${QUICK ? ' -- --quick (**short phases: not for comparison**)' : ''}; the rest of this file is \`npm run bench\`'s.

- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; Node ${machine.node}; commit ${machine.commit}
- Date: ${new Date().toISOString().slice(0, 10)}; the run took ${seconds.toFixed(0)} s; load average (1 min) ${machine.loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end${
    Math.max(machine.loadAtStart, loadAtEnd) > machine.cores ? ' (other work was running: latencies may be inflated)' : ''
  }
- The service: \`npm run serve\` (scripts/serve.ts: Express and ask-sdk-express-adapter) on 127.0.0.1, with Alexa's request verification **off for this run only** (\`--no-verify\`; it said: "${warningLine.trim()}"), because a load generator cannot sign requests as Alexa does. Everything after verification is as in production: the skill, the store, one log line per request (to a file).
- The load: autocannon ${autocannonVersion()} in one process, ${CONNECTIONS.join(', then ')} concurrent connections for ${PHASE_SECONDS} s each (50 as fast as the answers come, which measures the service's capacity here; 200 with ${Math.round(RATE_SHARE * 100)}% of that rate offered in all: as fast as they go, 200 connections keep the one-threaded service saturated on two cores it shares with the generator, and it then accepts new connections so late that some wait out the 10 s timeout, which says more about this machine than about the service), after ${WARMUP_SECONDS} s of warm-up at 50 that also brings each of the ${USERS} users' records into the store. Each connection is an Echo having one conversation after another, each from a random one of ${USERS} accounts (so now and then two devices of one account talk at once, and their writes are merged): open the skill; resume the routine offered or start one of the four; "next" through it with a safety question on the way; then finish it (6 in 10), stop part-way, before its last stretch (3 in 10), or only ask what there is and change the instruction level (1 in 10). Session attributes are carried from answer to request as Alexa does, and each request's timestamp is the last answer's spoken length plus two seconds after it.
- DynamoDB is dynalite, in a process of its own on the same machine, through the real DynamoDB store (conditional writes, 1.5 s call timeout). Its latency is a local server's, not DynamoDB's.
- Latency is autocannon's, from sending a request to its answer; "in the service" is the time the service logged for each request (Express, the skill, the store), so the difference is waiting: for the service's one thread, for the generator's, and for the two cores the three processes share.
- Errors are connection errors, timeouts (10 s) and non-2xx answers (autocannon), plus answers that are not a working skill: not JSON, no speech, the error handler's apology, or "I couldn't save your progress" / "I couldn't reach your saved progress". Target: 0.

| store | connections | requests | conversations | requests/s | p50 | p99 | max | in the service: p99 / max | errors | heap after |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}

Memory of the service process, after a full garbage collection: before the measured phases (after the warm-up), after the first 200-connection phase, and after the same phase again. Growth between the last two is what more requests cost in memory (the store's records are all there after the warm-up).

| store | heap before | after 200 connections | after 200 again | growth | requests between | growth per request | resident set, before → end |
|---|---|---|---|---|---|---|---|
${memoryRows.map((row) => `| ${row.join(' | ')} |`).join('\n')}
${storedLine}${problems.length ? `\n\n**Problems**\n\n${problems.map((problem) => `- ${problem}`).join('\n')}` : ''}`;
  return { section, summary: problems.length ? [...summary, ...problems.map((problem) => `PROBLEM: ${problem}`)] : summary };
}

function autocannonVersion(): string {
  return (require('autocannon/package.json') as { version: string }).version;
}

async function main(): Promise<void> {
  const started = Date.now();
  const machine = await machineInfo(ROOT);
  log('npm run load: request verification is OFF in the service for this run only (the generator cannot sign requests as Alexa does)');
  const results: BackendResult[] = [];
  const logs = await mkdtemp(join(tmpdir(), 'upper-back-coach-load-'));
  try {
    results.push(await measureBackend('memory', { PERSISTENCE: 'memory' }, join(logs, 'memory.log')));
    const dynamo = await startDynalite();
    try {
      results.push(
        await measureBackend(
          'DynamoDB (dynalite)',
          { PERSISTENCE: 'dynamodb', DYNAMODB_ENDPOINT: dynamo.endpoint, DYNAMODB_TABLE: dynamo.tableName },
          join(logs, 'dynamodb.log'),
          () => storedCompletions(dynamo.endpoint, dynamo.tableName),
        ),
      );
    } finally {
      await dynamo.stop();
    }
  } finally {
    await rm(logs, { recursive: true, force: true });
  }
  const { section, summary } = render(machine, results, (Date.now() - started) / 1000, loadavg()[0] ?? NaN);
  const path = join(ROOT, 'BENCHMARKS.md');
  await writeFile(path, await withLoadSection(path, section));
  process.stdout.write(`${summary.join('\n')}\nwritten to BENCHMARKS.md (section "Under load")\n`);
  if (summary.some((line) => line.startsWith('PROBLEM'))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
