import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { promisify } from 'node:util';
import { version as esbuildVersion } from 'esbuild';
import type { Bundle } from './bundles';
import type { HoldReport } from './holds';
import { formatKiB, formatMs, formatRatio, ratio } from './stats';
import type { RoutineRun } from '../lib/routine-measures';
import type { StorageReport } from './storage';
import { loadSectionOf } from '../lib/benchmarks-file';

const run = promisify(execFile);

/**
 * DynamoDB on-demand prices in us-east-1 (since the November 2024 price cut), in US
 * dollars per request unit. An item under 1 KB costs one write unit per PutItem and one
 * read unit per strongly consistent GetItem (the store reads with ConsistentRead).
 */
const DOLLARS_PER_WRITE_UNIT = 0.625 / 1e6;
const DOLLARS_PER_READ_UNIT = 0.125 / 1e6;

export const TARGETS = { coldRatio: 1.5, warmP99Ms: 0.5, bundleBytes: 1024 * 1024, coldReadBytes: 500 * 1000, firstPauseNew: 15, firstPauseBrief: 6 } as const;

/** The cold-start variant of a new user's launch in a language other than English (English's is the shipped variant's launch). */
export const newUserIn = (locale: string, sdk: string) => `skill, SDK ${sdk}, no storage, new user in ${locale}`;
const NEW_USER_IN = /, new user in (\S+)$/;

/**
 * A new user's cold start in each language, the shipped variant's launch (en-US) first:
 * its row, the language's file, and its ratios to hello-world.
 */
function perLanguage(rows: ColdRow[], shipped: ColdRow, bundle: Bundle | undefined) {
  const hello = rows.find((row) => row.baseline)!;
  return [{ locale: 'en-US', row: shipped }, ...rows.flatMap((row) => {
    const locale = NEW_USER_IN.exec(row.name)?.[1];
    return locale && row.name.startsWith(shipped.name) ? [{ locale, row }] : [];
  })].map(({ locale, row }) => {
    const languageBytes = bundle?.languageBytes?.[locale.split('-')[0]!];
    return {
      locale,
      row,
      languageBytes,
      readBytes: bundle && languageBytes !== undefined ? bundle.bytes + languageBytes : undefined,
      inProcessRatio: ratio(row.inProcessMs, hello.inProcessMs),
      wallRatio: ratio(row.wallMs, hello.wallMs),
    };
  });
}

/** The language whose new user's cold start is slowest, whole process. */
const worstOf = (languages: ReturnType<typeof perLanguage>) => languages.reduce((worst, language) => (language.wallRatio > worst.wallRatio ? language : worst));

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  esbuild: string;
  commit: string;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  loadAtStart: number;
}

export interface ColdRow {
  name: string;
  baseline: boolean;
  requireMs: number;
  firstAnswerMs: number;
  inProcessMs: number;
  sinceStartMs: number;
  wallMs: number;
  minInProcessMs: number;
}

export interface WarmRow {
  name: string;
  p50: number;
  p99: number;
  max: number;
  baselineName: string;
  baselineP50: number;
  baselineP99: number;
}

export interface ReportInput {
  machine: Machine;
  quick: boolean;
  coldRuns: number;
  warmup: number;
  iterations: number;
  bundles: { bundled: Bundle; external: Bundle; hello: Bundle; shippedBytes: number; shipped?: string };
  cold: ColdRow[];
  /**
   * The cold start and the warm latency again on the Lambda runtime's Node.js, when
   * LAMBDA_NODE names one (or .ci/run has fetched it): what users get, so the warm target
   * is checked there.
   */
  lambdaNode?: { version: string; rows: ColdRow[]; warm?: WarmRow[] };
  warm: WarmRow[];
  safetySkipped?: string;
  storage: StorageReport;
  holds: HoldReport;
  routines: RoutineRun[];
  problems: string[];
  seconds: number;
}

export async function machineInfo(root: string): Promise<Machine> {
  let commit = 'unknown';
  try {
    const { stdout: head } = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: root });
    // The report this run rewrites is not a change to what is measured.
    const { stdout: status } = await run('git', ['status', '--porcelain', '--', '.', ':(exclude)BENCHMARKS.md'], { cwd: root });
    commit = `${head.trim()}${status.trim() ? ' with uncommitted changes' : ''}`;
  } catch {
    // Not a git checkout: leave it unknown.
  }
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    esbuild: esbuildVersion,
    commit,
    loadAtStart: loadavg()[0] ?? NaN,
  };
}

const warmTable = (rows: WarmRow[]) =>
  table(
    ['scenario', 'p50', 'p99', 'max', 'hello-world', 'hello p50', 'hello p99', 'p50 ratio', 'p99 ratio'],
    rows.map((row) => [
      row.name,
      formatMs(row.p50),
      formatMs(row.p99),
      formatMs(row.max),
      row.baselineName,
      formatMs(row.baselineP50),
      formatMs(row.baselineP99),
      formatRatio(ratio(row.p50, row.baselineP50)),
      formatRatio(ratio(row.p99, row.baselineP99)),
    ]),
  );
const check = (ok: boolean) => (ok ? 'met' : '**missed**');
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const dollars = (value: number) => `$${value < 0.01 ? value.toPrecision(2) : value.toFixed(2)}`;
const seconds = (value: number) => `${value.toFixed(2)} s`;

/** The cold start on the Lambda runtime's Node.js, whole process, skill against hello-world. */
function lambdaNodeSummary(lambdaNode: { version: string; rows: ColdRow[] }): string[] {
  const hello = lambdaNode.rows.find((row) => row.baseline)!;
  const skill = lambdaNode.rows.find((row) => !row.baseline)!;
  const wallRatio = ratio(skill.wallMs, hello.wallMs);
  return [
    `cold start on ${lambdaNode.version}, the Lambda runtime's Node.js (spawn to exit, median)`,
    `${formatMs(skill.wallMs)} vs ${formatMs(hello.wallMs)}: **${formatRatio(wallRatio)}** (in-process ${formatMs(skill.inProcessMs)} vs ${formatMs(hello.inProcessMs)})`,
    `≤ ${TARGETS.coldRatio}x hello-world`,
    check(wallRatio <= TARGETS.coldRatio),
  ];
}

/**
 * A warm scenario: p50 / p99 on the Lambda runtime's Node.js, which carries the target, and
 * on this machine's; or on this machine's alone when the runtime's was not measured.
 */
function warmSummary(row: WarmRow, node: string, lambdaNode: ReportInput['lambdaNode']): string[] {
  const figures = (r: WarmRow, bold: boolean) =>
    `${formatMs(r.p50)} / ${bold ? `**${formatMs(r.p99)}**` : formatMs(r.p99)} (${formatRatio(ratio(r.p99, r.baselineP99))} hello-world's p99)`;
  const onRuntime = lambdaNode?.warm?.find((r) => r.name === row.name);
  if (!onRuntime) {
    return [`warm ${row.name}, p50 / p99`, figures(row, true), `p99 < ${TARGETS.warmP99Ms} ms`, check(row.p99 < TARGETS.warmP99Ms)];
  }
  return [
    `warm ${row.name}, p50 / p99`,
    `on ${lambdaNode!.version} (Lambda's): ${figures(onRuntime, true)}; on ${node}: ${figures(row, false)}`,
    `p99 < ${TARGETS.warmP99Ms} ms on Lambda's Node.js`,
    check(onRuntime.p99 < TARGETS.warmP99Ms),
  ];
}

export async function writeReport(path: string, input: ReportInput): Promise<{ summary: string }> {
  const { machine, bundles, cold, warm, storage, holds, routines } = input;
  const hello = cold.find((row) => row.baseline)!;
  const coldRow = (name: string) => cold.find((row) => row.name === name);
  const shippedExternal = bundles.shipped === bundles.external.name;
  const shippedCold = coldRow(`skill, SDK ${shippedExternal ? 'external' : 'bundled'}, no storage`)!;
  const shippedColdDynamo = coldRow(`skill, SDK ${shippedExternal ? 'external' : 'bundled'}, DynamoDB (dynalite)`)!;
  const coldRatio = ratio(shippedCold.inProcessMs, hello.inProcessMs);
  const shippedBundle = shippedExternal ? bundles.external : bundles.bundled;
  const languages = perLanguage(cold, shippedCold, shippedBundle);
  const worst = worstOf(languages);
  const largestRead = languages.reduce((largest, language) => ((language.readBytes ?? 0) > (largest.readBytes ?? 0) ? language : largest));
  const runtimeLanguages = input.lambdaNode
    ? perLanguage(input.lambdaNode.rows, input.lambdaNode.rows.find((row) => row.name === 'skill, SDK external, no storage')!, bundles.external)
    : undefined;
  const coldWallRatio = ratio(shippedCold.wallMs, hello.wallMs);
  const sessionsOk = storage.sessions.every((s) => s.reads === 1 && s.extraWrites.length === 0);

  const summaryRows: string[][] = [
    [
      'cold start: a fresh `node` process loads the bundle and answers one LaunchRequest (spawn to exit, median)',
      `${formatMs(shippedCold.wallMs)} vs ${formatMs(hello.wallMs)}: **${formatRatio(coldWallRatio)}**`,
      `≤ ${TARGETS.coldRatio}x hello-world`,
      check(coldWallRatio <= TARGETS.coldRatio),
    ],
    [
      'of which the bundle: require + first answer, timed inside the process (median)',
      `${formatMs(shippedCold.inProcessMs)} vs ${formatMs(hello.inProcessMs)}: **${formatRatio(coldRatio)}**`,
      'none: shown to see where the time goes',
      coldRatio <= TARGETS.coldRatio ? `within ${TARGETS.coldRatio}x` : `above ${TARGETS.coldRatio}x`,
    ],
    ...(input.lambdaNode ? [lambdaNodeSummary(input.lambdaNode)] : []),
    [
      `cold start of a new user, worst of the ${languages.length} languages (process, median; per language below)`,
      `${worst.locale}: ${formatMs(worst.row.wallMs)} vs ${formatMs(hello.wallMs)}: **${formatRatio(worst.wallRatio)}**${
        runtimeLanguages
          ? `; on ${input.lambdaNode!.version}: ${worstOf(runtimeLanguages).locale} **${formatRatio(worstOf(runtimeLanguages).wallRatio)}**`
          : ''
      }`,
      `≤ ${TARGETS.coldRatio}x hello-world in every language`,
      check(worst.wallRatio <= TARGETS.coldRatio && (!runtimeLanguages || worstOf(runtimeLanguages).wallRatio <= TARGETS.coldRatio)),
    ],
    [
      "what a cold start reads: index.js and the language's file (the largest)",
      largestRead.readBytes === undefined ? 'not built' : `${formatKiB(largestRead.readBytes)} (${largestRead.locale})`,
      `< ${TARGETS.coldReadBytes / 1000} KB`,
      check(largestRead.readBytes !== undefined && largestRead.readBytes < TARGETS.coldReadBytes),
    ],
    ...warm.map((row) => warmSummary(row, input.machine.node, input.lambdaNode)),
    [
      'bundle (lambda/dist/index.js)',
      `${formatKiB(bundles.shippedBytes)} (${formatRatio(ratio(bundles.shippedBytes, bundles.hello.bytes))} hello-world)`,
      '< 1 MiB',
      check(bundles.shippedBytes < TARGETS.bundleBytes),
    ],
    [
      'DynamoDB per session',
      storage.sessions
        .map(
          (s) =>
            `session ${s.session}: ${s.reads} read, ${s.writes} writes for ${s.placeChanges} changes of place` +
            (s.extraWrites.length ? ` (also ${s.extraWrites.join('; ')})` : ''),
        )
        .join('; '),
      '1 read per session, 1 write per change of place',
      check(sessionsOk),
    ],
  ];
  const flowing = routines.filter((r) => r.pace === 'flow');
  const worstNew = Math.max(...routines.filter((r) => !r.brief).map((r) => r.firstPauseAfter));
  const worstBrief = Math.max(...routines.filter((r) => r.brief).map((r) => r.firstPauseAfter));
  summaryRows.push(
    [
      'routines straight through: user turns after choosing one (of them, waits for a move)',
      flowing.filter((r) => !r.brief).map((r) => `${r.routine} ${r.userTurns} (${r.moves})`).join(', '),
      'the desk break at most 1',
      check((flowing.find((r) => r.routine === 'desk' && !r.brief)?.userTurns ?? Infinity) <= 1),
    ],
    [
      'speech before the first movement, new user / short instructions (worst routine, at 150 words a minute)',
      `${worstNew.toFixed(1)} s / ${worstBrief.toFixed(1)} s`,
      `≤ ${TARGETS.firstPauseNew} s / ≤ ${TARGETS.firstPauseBrief} s`,
      check(worstNew <= TARGETS.firstPauseNew && worstBrief <= TARGETS.firstPauseBrief),
    ],
  );
  if (input.safetySkipped) summaryRows.push(['warm safety answer', `skipped: ${input.safetySkipped}`, '', '']);
  if (holds.available) {
    const worstSilence = Math.max(...holds.rows.map((row) => Math.abs(row.silenceSeconds - row.nominalSeconds)));
    const extra = holds.rows.map((row) => row.heardSeconds - row.nominalSeconds);
    summaryRows.push([
      'holds (espeak-ng + sox)',
      `silence within ${worstSilence.toFixed(2)} s of nominal; heard hold is nominal + ${Math.min(...extra).toFixed(1)} to ${Math.max(...extra).toFixed(1)} s of cues`,
      'never shorter than nominal',
      check(holds.rows.every((row) => row.breakSeconds === row.nominalSeconds && row.heardSeconds >= row.nominalSeconds - 0.05)),
    ]);
  } else {
    summaryRows.push(['holds', `skipped: ${holds.reason}`, '', '']);
  }

  const bundleRows = [bundles.bundled, bundles.external, bundles.hello].map((bundle) => [
    `${bundle.name}${bundle.name === bundles.shipped ? ' (**shipped**)' : ''}`,
    `${bundle.bytes.toLocaleString('en-US')} B (${formatKiB(bundle.bytes)})`,
    bundle.parts
      .slice(0, 6)
      .map((part) => `${part.name} ${formatKiB(part.bytes)}`)
      .join(', '),
  ]);
  const bundledDynamo = coldRow('skill, SDK bundled, DynamoDB (dynalite)')!;
  const externalDynamo = coldRow('skill, SDK external, DynamoDB (dynalite)')!;
  const bundledNone = coldRow('skill, SDK bundled, no storage')!;
  const externalNone = coldRow('skill, SDK external, no storage')!;
  const stub = coldRow('skill, SDK not loaded (stub), no storage');

  const sections: string[] = [];
  sections.push(`# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts); do not edit by hand. Numbers depend on the
machine: compare ratios against the hello-world skill, which is measured in the same run.
The last section, the web service under load, is written by \`npm run load\` (scripts/load.ts)
and kept by the bench.

- Command: \`npm run bench\`${input.quick ? ' -- --quick (**reduced repetitions: not for comparison**)' : ''}
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}
- Node ${machine.node}, esbuild ${machine.esbuild}; commit ${machine.commit}
- Date: ${new Date().toISOString().slice(0, 10)}; the run took ${input.seconds.toFixed(0)} s
- Load average (1 min): ${machine.loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? NaN).toFixed(1)} at the end, on ${machine.cores} cores${
    Math.max(machine.loadAtStart, loadavg()[0] ?? 0) > machine.cores / 2 ? ' (other work was running: timings, p99 above all, may be inflated)' : ''
  }
- Baseline: the plain ask-sdk-core hello-world skill (scripts/bench/hello-world.ts), bundled with the same esbuild options`);

  sections.push(`## Summary

${table(['what', 'measured (skill vs hello-world)', 'target', ''], summaryRows)}`);

  sections.push(`## Bundle size

Every variant is built with the options of scripts/build.ts (minified CommonJS for node20);
the sizes are of index.js without its source map, what every cold start loads. The skill's
screens are built beside it as screens.js (${bundles.external.screensBytes === undefined ? 'not built' : formatKiB(bundles.external.screensBytes)}), loaded only the first time a device
with a screen asks.

${table(['variant', 'size', 'biggest parts'], bundleRows)}

\`@aws-sdk/*\` external saves ${formatKiB(bundles.bundled.bytes - bundles.external.bytes)} (${formatKiB(bundles.bundled.bytes)} → ${formatKiB(bundles.external.bytes)}).
The nodejs24.x runtime ships SDK v3, so the function still finds it. Cold start with DynamoDB:
SDK external ${formatMs(externalDynamo.inProcessMs)} vs bundled ${formatMs(bundledDynamo.inProcessMs)} in-process
(${formatMs(externalDynamo.wallMs)} vs ${formatMs(bundledDynamo.wallMs)} for the whole process).
scripts/build.ts ships: **${bundles.shipped ?? 'neither variant (see problems)'}**.`);

  sections.push(`## Cold start

A fresh \`node\` process requires the bundle and answers one LaunchRequest (a new user each
time); ${input.coldRuns} runs per variant, interleaved, medians shown. "Process" is spawn to
exit, including Node's own start-up, which Lambda pays for every function alike: the
target is on this one. "In-process" is require + first answer, timed inside the process:
the part the bundle decides, where the skill's extra code (its content and handlers,
compiled on load and on first use) shows undiluted.
Console output goes to a file descriptor through fs.writeSync, set up before the bundle
loads, as Lambda's Node.js runtime sends it (scripts/bench/probe.ts); each skill variant
wrote one log line for its one request.
"DynamoDB" runs against dynalite on 127.0.0.1: the SDK's first request (client set-up,
signing and a GetItem; a new user's launch writes nothing) is part of a real cold start.

${table(
  ['variant', 'require', 'first answer', 'in-process', 'ratio', 'fastest in-process', 'process', 'ratio'],
  cold.map((row) => [
    row.name,
    formatMs(row.requireMs),
    formatMs(row.firstAnswerMs),
    formatMs(row.inProcessMs),
    formatRatio(ratio(row.inProcessMs, hello.inProcessMs)),
    formatMs(row.minInProcessMs),
    formatMs(row.wallMs),
    formatRatio(ratio(row.wallMs, hello.wallMs)),
  ]),
)}

Where the time goes: the skill's own code (the SDK replaced by an empty module) loads in
${formatMs(stub?.requireMs ?? NaN)} and answers in ${formatMs(stub?.firstAnswerMs ?? NaN)}; loading AWS SDK v3 as well takes the load to
${formatMs(bundledNone.requireMs)} (bundled) or ${formatMs(externalNone.requireMs)} (external, from node_modules); with DynamoDB the
first answer, including the SDK's set-up and its first GetItem, takes ${formatMs(shippedColdDynamo.firstAnswerMs)}.${
    input.lambdaNode
      ? `

On ${input.lambdaNode.version}, the Node.js of the Lambda runtime the skill deploys to (\`LAMBDA_NODE\`):

${table(
  ['variant', 'require', 'first answer', 'in-process', 'ratio', 'process', 'ratio'],
  input.lambdaNode.rows.map((row) => {
    const base = input.lambdaNode!.rows.find((r) => r.baseline)!;
    return [
      row.name,
      formatMs(row.requireMs),
      formatMs(row.firstAnswerMs),
      formatMs(row.inProcessMs),
      formatRatio(ratio(row.inProcessMs, base.inProcessMs)),
      formatMs(row.wallMs),
      formatRatio(ratio(row.wallMs, base.wallMs)),
    ];
  }),
)}`
      : ''
  }`);

  const languageTable = (rows: ReturnType<typeof perLanguage>) =>
    table(
      ['locale', 'its language file', 'cold start reads', 'in-process', 'ratio', 'process', 'ratio'],
      rows.map((language) => [
        language.locale,
        language.languageBytes === undefined ? 'n/a' : formatKiB(language.languageBytes),
        language.readBytes === undefined ? 'n/a' : formatKiB(language.readBytes),
        formatMs(language.row.inProcessMs),
        formatRatio(language.inProcessRatio),
        formatMs(language.row.wallMs),
        formatRatio(language.wallRatio),
      ]),
    );
  sections.push(`## Cold start per language

A new user's LaunchRequest in each language's first locale, on the shipped bundle without
storage (en-US is the shipped variant's row above): the process reads index.js
(${formatKiB(shippedBundle.bytes)}) and that language's file in languages/, never another's.
Worst: **${worst.locale}, ${formatRatio(worst.wallRatio)}** hello-world (process).

${languageTable(languages)}${
    runtimeLanguages
      ? `

On ${input.lambdaNode!.version}, the Lambda runtime's Node.js:

${languageTable(runtimeLanguages)}`
      : ''
  }`);

  sections.push(`## Warm latency

One process (PERSISTENCE=memory, so storage costs no network), ${input.warmup} warm-up requests,
then ${input.iterations} timed requests per scenario, each on its own copy of the envelope.
The skill's envelopes come from the source skill driven through the interaction model
("open upper back coach"; "keep going" after the desk break's first response; the same from
an Echo Show 8, whose answer also carries the routine screen's RenderDocument, built by
screens.js, which the speaker's requests never load; "is it safe to crack my back"
mid-routine). Each timed request is a new user's: the requests of its session before it
are played first, untimed, with the session attributes carried from answer to request as
Alexa carries them, so a step writes over the revision its session read, as it would live
(replaying one turn over itself would be a conflict every time). The bundle's first answer
to each was checked against the source skill's. Hello-world answers a LaunchRequest and
HelloWorldIntent.

${
    input.lambdaNode?.warm
      ? `On ${input.lambdaNode.version}, the Node.js of the Lambda runtime the skill deploys to (the target's):

${warmTable(input.lambdaNode.warm)}

On ${machine.node}, this machine's Node.js (its V8 keeps more of each request alive through
a minor garbage collection, see README, *Benchmarks*, so its p99 runs higher):

`
      : ''
  }${warmTable(warm)}${input.safetySkipped ? `\n\nSafety answer skipped: ${input.safetySkipped}.` : ''}`);

  sections.push(`## Routines, hands-free

Every routine played through the real skill (en-US) by a user who chooses it and then
only answers what they are asked: "ready" after a move, "keep going" when a response is
full, "next" when going one at a time. *User turns* counts what they say after choosing
the routine; *moves* are the turns where the skill waited for them to get onto the floor,
up from it, or to a wall, doorway, towel or roller. *First movement after* is the speech
between choosing the routine and the first timed pause, at 150 words a minute, for a new
user and for a returning one on short instructions. *Talk* is the share of the routine's
time spent talking outside holds (setups, transitions, questions), from the timelines.

${table(
  ['routine', 'pace', 'instructions', 'user turns', 'moves', 'responses', 'first movement after', 'talk'],
  routines.map((r) => [
    r.routine,
    r.pace === 'flow' ? 'straight through' : 'one at a time',
    r.brief ? 'short' : 'full (new user)',
    String(r.userTurns),
    String(r.moves),
    String(r.responses),
    `${r.firstPauseAfter.toFixed(1)} s`,
    `${Math.round(r.talkShare * 100)}%`,
  ]),
)}`);

  const totalReads = storage.sessions.reduce((sum, s) => sum + s.reads, 0);
  const totalWrites = storage.sessions.reduce((sum, s) => sum + s.writes, 0);
  const perSession = (s: { reads: number; writes: number }) => s.reads * DOLLARS_PER_READ_UNIT + s.writes * DOLLARS_PER_WRITE_UNIT;
  sections.push(`## Storage per session

The desk break against dynalite through the real DynamoDB store; every command the SDK
client sends is counted. Target: one read per session, one write per change of place. The
place is the one saved (routine, stretch, side) that the next session offers to resume: it
moves when a response was heard, and leaves the record once the routine's last hold was heard.

${table(
  ['session', 'what the user did', 'turns', 'GetItem', 'PutItem', 'changes of place', 'writes without a change of place', 'cost (us-east-1 on-demand)'],
  storage.sessions.map((s) => [
    String(s.session),
    s.description,
    String(s.turns),
    String(s.reads),
    String(s.writes),
    String(s.placeChanges),
    s.extraWrites.length ? s.extraWrites.join('; ') : 'none',
    dollars(perSession(s)),
  ]),
)}

The stored item is about ${storage.itemBytes} bytes, under 1 KB: one write unit per PutItem and one
read unit per GetItem (strongly consistent). Both sessions together: ${totalReads} reads and ${totalWrites} writes,
${dollars(perSession({ reads: totalReads, writes: totalWrites }))}; a thousand such pairs of sessions cost ${dollars(1000 * perSession({ reads: totalReads, writes: totalWrites }))}.

<details><summary>Turn by turn</summary>

${table(
  ['session', 'said', 'intent', 'saved place after', 'record fields changed', 'GetItem', 'PutItem', 'other calls'],
  storage.turns.map((t) => [
    String(t.session),
    `"${t.said}"`,
    t.intent,
    t.place,
    t.changed.join(', '),
    String(t.reads),
    String(t.writes),
    String(t.deletes + t.other),
  ]),
)}

</details>`);

  if (holds.available) {
    sections.push(`## Hold accuracy

Each segment of the desk break rendered with espeak-ng (voice ${holds.voice}), measured with
\`soxi -D\`. The hold runs from the end of the settle pause to the end of its last break.
"Silence" renders each of the hold's breaks alone between two words (less the two words) and
adds them up: how exactly a break becomes silence. "Heard" renders the
response up to the end of the hold minus the response up to the settle pause: the hold as
the user lives it, breaks plus the cues spoken inside it, which the skill adds on top on
purpose so that a cue never shortens a hold. "Estimate" is the skill's own reckoning of the
whole response (used to tell a barge-in from a finished stretch) against the rendered length.

${table(
  ['segment', 'nominal', 'breaks in SSML', 'silence', 'heard', 'heard − nominal', 'response rendered', 'estimate'],
  holds.rows.map((row) => [
    row.label,
    `${row.nominalSeconds} s`,
    `${row.breakSeconds} s`,
    seconds(row.silenceSeconds),
    seconds(row.heardSeconds),
    `+${(row.heardSeconds - row.nominalSeconds).toFixed(2)} s`,
    seconds(row.segmentSeconds),
    seconds(row.estimatedSeconds),
  ]),
)}${holds.notes.length ? `\n\n${holds.notes.map((note) => `- ${note}`).join('\n')}` : ''}`);
  } else {
    sections.push(`## Hold accuracy

Skipped: ${holds.reason}.`);
  }

  if (input.problems.length) {
    sections.push(`## Problems

${input.problems.map((p) => `- ${p}`).join('\n')}`);
  }

  // The web service under load is measured by `npm run load`, which keeps its own section here.
  const load = await loadSectionOf(path);
  sections.push(load ?? `## Under load

Not measured yet: \`npm run load\` drives the web service with many users' conversations and writes its figures here.`);

  await writeFile(path, `${sections.join('\n\n')}\n`);
  const summary = summaryRows.map((row) => `${row[0]}: ${row[1]?.replace(/\*\*/g, '')} [${row[3]?.replace(/\*\*/g, '') || '-'}]`).join('\n');
  const loadNote = load
    ? 'the web service under load: kept from the last `npm run load` (run it again to measure this commit)'
    : 'the web service under load: not measured yet, run `npm run load`';
  return { summary: `${summary}\n${loadNote}\nwritten to BENCHMARKS.md\n` };
}
