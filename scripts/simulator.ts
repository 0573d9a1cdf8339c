/**
 * `npm start`: talk to the skill in the terminal, no Echo or Amazon account needed.
 * Typed text resolves through skill-package's interaction model, goes to the real
 * handler as a request envelope, and the answer is printed (or spoken with espeak-ng).
 * Progress is kept in the file store, so tomorrow's run resumes today's routine.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { parseArgs } from 'node:util';
import { SPEECH_START_SECONDS, WAKE_WORD_SECONDS, type Timeline } from '../lambda/src/coach/timeline';
import type { RecordStore } from '../lambda/src/stores/record-store';
import { estimateSpokenSeconds } from '../lambda/src/speech/ssml';
import { createStore } from '../lambda/src/stores';
import { SkillDriver, type Reply } from './lib/driver';
import { EspeakVoice } from './lib/espeak';
import { describeScreen } from './lib/screen-view';
import { VIEWPORT_PROFILES } from '../lambda/src/screens/viewports';
import { INDENT, playInRealTime } from './lib/realtime';
import { renderSpeech } from './lib/render';
import { fakeAlexaApi, type FakeAlexaApi } from './lib/alexa-api';

const COMMANDS = `Commands while running:
  :date ISO          move the clock          :tomorrow   one day later
  :end               the session times out   :quit       leave
  :touch ARGS        touch the screen (--screen): next, back, pause, resume, repeat,
                     stop, or start ROUTINE (desk, morning, gentle, full)
  :help              this list
`;

const HELP = `Upper Back Coach, local simulator

Type what you would say to Alexa, for example "open upper back coach",
"start the desk break", "next", "is it safe to crack my back", "stop".

Options:
  --locale en-US     the locale to speak and to resolve utterances with
  --user NAME        separate saved progress per name (default: local-user)
  --person NAME      speak as a person Alexa recognises by voice on that account: their
                     own progress and preferences (without it, the account's)
  --date ISO         the time of the first request (default: now)
  --realtime         take as long as Alexa would, counting down the holds, so you can
                     stretch along, with a line at each part of a routine's timeline
                     (stretch, side, setup or hold); typing while it plays cuts in, as
                     "Alexa, ..." would, and says where
  --speak            speak through espeak-ng (apt-get install espeak-ng; ESPEAK_NG=path
                     to use another binary)
  --script FILE      run a transcript: "> what the user says", "< text expected in the
                     reply" (or "< /regex/"); exits 1 if an expectation fails
  --json             print the raw request and response envelopes
  --screen           a device with a screen (an Echo Show 8): beside each answer, what
                     the screen shows (its kind, the stretch, the countdowns, a routine's
                     frames with the second each starts); :touch touches it
  --viewport ID      another screen (implies --screen): hubRoundSmall (Echo Spot),
                     hubLandscapeSmall (Show 5), hubLandscapeMedium (Show 8),
                     hubLandscapeLarge (Show 10), hubLandscapeXLarge (Show 15),
                     hubPortraitMedium (Show 15 upright), tvLandscapeXLarge (Fire TV)
  --time-zone ZONE   the device's time zone, as Alexa's settings API answers it (default UTC)
  --deny-permissions when the skill asks for the reminders permission, say no (without
                     it, the simulated Alexa says yes); and decline the Alexa Routines offer

Alexa's APIs are played by a local stand-in (scripts/lib/alexa-api.ts): reminders you
set are kept while the simulator runs, and "[Alexa ...]" lines say what Alexa does when
the skill hands the conversation to it (the permission question, the routine offer).

${COMMANDS}`;

const PROJECT_ROOT = resolve(__dirname, '..');
const MODELS = join(PROJECT_ROOT, 'skill-package', 'interactionModels', 'custom');

function usageError(message: string): never {
  console.error(`${message}\nRun with --help for the options.`);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        locale: { type: 'string', default: 'en-US' },
        user: { type: 'string', default: 'local-user' },
        person: { type: 'string' },
        date: { type: 'string' },
        realtime: { type: 'boolean', default: false },
        speak: { type: 'boolean', default: false },
        script: { type: 'string' },
        json: { type: 'boolean', default: false },
        screen: { type: 'boolean', default: false },
        viewport: { type: 'string' },
        'time-zone': { type: 'string', default: 'UTC' },
        'deny-permissions': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

const values = readOptions();

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

if (!existsSync(join(MODELS, `${values.locale}.json`))) {
  const known = readdirSync(MODELS)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length));
  usageError(`--locale: there is no interaction model for "${values.locale}" (there is: ${known.join(', ')}).`);
}
if (!values.user.trim()) usageError('--user: give a name.');
if (values.person !== undefined && !values.person.trim()) usageError('--person: give a name.');
if (values.script !== undefined && !existsSync(values.script)) usageError(`--script: no such file: ${values.script}`);

const screenProfile = values.viewport ?? (values.screen ? 'hubLandscapeMedium' : undefined);
const profile = screenProfile === undefined ? undefined : VIEWPORT_PROFILES.find((p) => p.id === screenProfile);
if (screenProfile !== undefined && !profile) usageError(`--viewport: no profile "${screenProfile}" (there is: ${VIEWPORT_PROFILES.map((p) => p.id).join(', ')}).`);

const start = values.date ? Date.parse(values.date) : Date.now();
if (Number.isNaN(start)) usageError(`--date: cannot read "${values.date}" as a date (try 2026-11-20T08:00:00Z).`);

function storeFromEnv(): RecordStore | undefined {
  try {
    return createStore({ PERSISTENCE: 'file', ...process.env });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

try {
  new Intl.DateTimeFormat('en', { timeZone: values['time-zone'] });
} catch {
  usageError(`--time-zone: "${values['time-zone']}" is no time zone (try Europe/Berlin).`);
}

// Alexa's APIs on 127.0.0.1; the skill reaches them with the request's endpoint and token, as on a device.
let api: FakeAlexaApi;
let driver: SkillDriver;

async function connect(): Promise<void> {
  api = await fakeAlexaApi({ timeZone: values['time-zone'], clock: () => driver.clock });
  driver = new SkillDriver({
    locale: values.locale,
    userId: `amzn1.ask.account.local.${values.user.trim()}`,
    personId: values.person === undefined ? undefined : `amzn1.ask.person.local.${values.person.trim()}`,
    store: storeFromEnv(),
    start,
    projectRoot: PROJECT_ROOT,
    screen: profile?.id,
    apiEndpoint: api.endpoint,
    apiAccessToken: api.token,
  });
}

/**
 * What Alexa does when the skill hands it the conversation: asks the user for the
 * reminders permission (yes, or no with --deny-permissions), or offers the Alexa Routine;
 * then the skill gets the answer.
 */
async function playAlexa(turns: Turns, signal: AbortSignal, typing: () => boolean): Promise<void> {
  const handoff = driver.handoff as { type: string; name?: string } | undefined;
  if (!handoff || !driver.sessionOpen) return;
  const deny = values['deny-permissions'];
  if (handoff.name === 'AskFor') {
    console.log(`${INDENT}[Alexa asks for permission to set reminders: ${deny ? 'the user says no' : 'the user says yes'}]`);
    await answer(() => driver.permissionAnswer(deny ? 'DENIED' : 'ACCEPTED'), turns, signal, typing, false);
  } else if (handoff.type === 'Connections.StartConnection') {
    console.log(`${INDENT}[Alexa offers the Alexa Routine: ${deny ? 'the user says no' : 'the user says yes'}]`);
    await answer(() => (deny ? driver.sessionResumed('400', { reason: 'REJECTED_BY_CUSTOMER' }) : driver.sessionResumed('200')), turns, signal, typing, false);
  }
}

const voice = new EspeakVoice(values.speak, values.locale);

// ---- printing what Alexa says ---------------------------------------------------------

/** Real time matters when a person waits on the output: they may cut in, and the skill sees when. */
const live = (): boolean => values.realtime || voice.speaking;

function repromptOf(reply: Reply): string {
  const reprompt = reply.envelope.response.reprompt?.outputSpeech;
  return reprompt?.type === 'SSML' ? renderSpeech(reprompt.ssml) : '';
}

/** The timeline of the routine narration the last reply started, if it narrated one. */
function narration(): Timeline | undefined {
  return driver.stateKind === 'playing' || driver.stateKind === 'finishing' ? driver.playing().timeline : undefined;
}

/** Prints (and speaks) a reply; resolves whether it was heard to the end. */
async function show(reply: Reply, signal: AbortSignal, typing: () => boolean): Promise<boolean> {
  if (values.json) {
    console.log(JSON.stringify(driver.requests[driver.requests.length - 1], null, 2));
    console.log(JSON.stringify(reply.envelope, null, 2));
  }
  const speech = voice.speak(reply.ssml, signal);
  let finished = true;
  // Alexa shows the screen, then speaks.
  if (profile) showScreen();
  if (values.realtime) finished = await playInRealTime(reply.ssml, signal, typing, narration());
  else console.log(`Alexa: ${renderSpeech(reply.ssml) || '(silence)'}`);
  await speech;
  if (!finished || signal.aborted) {
    console.log(`${INDENT}[you cut in]`);
    return false;
  }
  // A red flag on a screen leaves shouldEndSession out: the screen stays up a while, not listening.
  if (reply.ended && reply.envelope.response.shouldEndSession === undefined) console.log(`${INDENT}[not listening; the screen stays up a while]`);
  else if (reply.ended) console.log(`${INDENT}[session ended]`);
  else if (driver.handoff) console.log(`${INDENT}[Alexa takes over: ${driver.handoff.type}]`);
  else console.log(`${INDENT}[listening; if you say nothing: "${repromptOf(reply)}"]`);
  return true;
}

/** What the last answer shows on the screen, or that it leaves the screen as it was. */
function showScreen(): void {
  const view = driver.screenShown;
  const lines = view ? describeScreen(view, profile?.example.touch) : [driver.visibleToken ? '[screen: unchanged]' : '[screen: nothing of the skill]'];
  for (const line of lines) console.log(`${INDENT}${line}`);
}

// ---- one line of input ----------------------------------------------------------------

interface LineOutcome {
  failure?: string;
  quit?: boolean;
}

interface Turns {
  last?: Reply;
  /** Wall-clock time the last reply started playing, when timing is live. */
  playedAt?: number;
  /** Whether the last reply was heard to the end (not cut in on). */
  heard?: boolean;
  count: number;
}

function checkExpectation(expected: string, last: Reply | undefined): string | undefined {
  const said = last?.speech ?? '';
  const regex = /^\/(.*)\/$/.exec(expected);
  const ok = regex ? new RegExp(regex[1] ?? '').test(said) : said.includes(expected);
  return ok ? undefined : `expected "${expected}" in: ${said || '(nothing said yet)'}`;
}

async function moveClock(said: string, turns: Turns): Promise<LineOutcome> {
  const next = said === ':tomorrow' ? driver.clock + 86_400_000 : Date.parse(said.slice(':date'.length).trim());
  if (Number.isNaN(next)) return { failure: `cannot read a date in "${said}" (try :date 2026-11-21T08:00:00Z)` };
  // Moving the clock means walking away: a session still open times out first.
  if (driver.sessionOpen) await driver.sessionEnds('USER_INITIATED');
  driver.at(next);
  turns.playedAt = undefined;
  console.log(`${INDENT}[clock: ${new Date(next).toISOString()}]`);
  return {};
}

async function handleLine(line: string, turns: Turns, signal: AbortSignal, typing: () => boolean): Promise<LineOutcome> {
  const text = line.trim();
  if (!text || text.startsWith('#')) return {};
  if (text.startsWith('<')) {
    const failure = checkExpectation(text.slice(1).trim(), turns.last);
    return failure ? { failure } : {};
  }
  const said = text.startsWith('>') ? text.slice(1).trim() : text;
  if (said === ':quit') return { quit: true };
  if (said === ':help') {
    process.stdout.write(COMMANDS);
    return {};
  }
  if (said === ':end') {
    if (!driver.sessionOpen) {
      console.log(`${INDENT}[no session is open]`);
      return {};
    }
    await driver.sessionEnds();
    turns.playedAt = undefined;
    console.log(`${INDENT}[session timed out]`);
    return {};
  }
  if (said === ':tomorrow' || said === ':date' || said.startsWith(':date ')) return moveClock(said, turns);
  const touch = /^:touch(?:\s+(.*))?$/.exec(said);
  if (touch) {
    if (!profile) return { failure: 'there is no screen to touch: run with --screen' };
    if (!driver.visibleToken) return { failure: 'nothing of the skill is on the screen to touch' };
    const args = (touch[1] ?? '').trim().split(/\s+/).filter(Boolean);
    if (!args.length) return { failure: 'touch what? :touch next, :touch start desk, ...' };
    console.log(`You:   (touch ${args.join(' ')})`);
    return answer(() => driver.touch(...args), turns, signal, typing, false);
  }
  if (said.startsWith(':')) return { failure: `unknown command "${said}"; :help lists them` };

  console.log(`You:   ${said}`);
  return answer(() => driver.says(said), turns, signal, typing, true);
}

/** Sends what the user said or touched, timed as a device would send it, and shows the answer. */
async function answer(send: () => Promise<Reply>, turns: Turns, signal: AbortSignal, typing: () => boolean, spoken: boolean): Promise<LineOutcome> {
  // When a person is waiting on real time, the next request comes when they actually spoke. Here
  // the reply plays at once; on a device Alexa starts a moment after answering, and a cut-in
  // request leaves once "Alexa, ..." has been said, so the request is timed as a device's would be.
  // Timers and the skill's own estimate differ by milliseconds: a reply heard to the end must not look cut in on.
  if (live() && turns.playedAt !== undefined) {
    const elapsed = (Date.now() - turns.playedAt) / 1000 + SPEECH_START_SECONDS;
    const heardToTheEnd = turns.heard && turns.last ? SPEECH_START_SECONDS + estimateSpokenSeconds(turns.last.ssml) + 1 : 0;
    // A touch leaves at once; words only once "Alexa, ..." has been said.
    driver.after(turns.heard ? Math.max(elapsed, heardToTheEnd) : elapsed + (spoken ? WAKE_WORD_SECONDS : 0));
  }
  const reply = await send();
  const request = driver.requests[driver.requests.length - 1];
  if (turns.count > 0 && request?.session?.new && request.request.type !== 'LaunchRequest') {
    console.log(`${INDENT}[new session]`);
  }
  turns.count++;
  turns.last = reply;
  turns.playedAt = live() ? Date.now() : undefined;
  turns.heard = await show(reply, signal, typing);
  await playAlexa(turns, signal, typing);
  return {};
}

// ---- input sources --------------------------------------------------------------------

/** Lines as they arrive; `onLine` hears each one at once, even while an earlier one is being handled. */
class LineQueue {
  private readonly pending: string[] = [];
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(lines: Interface, onLine: (line: string) => void) {
    lines.on('line', (line) => {
      this.pending.push(line);
      onLine(line);
      this.wake?.();
    });
    lines.on('close', () => {
      this.closed = true;
      this.wake?.();
    });
  }

  async next(): Promise<string | undefined> {
    for (;;) {
      const line = this.pending.shift();
      if (line !== undefined) return line;
      if (this.closed) return undefined;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}

async function runScript(file: string): Promise<number> {
  const turns: Turns = { count: 0 };
  const failures: string[] = [];
  let expectations = 0;
  const never = new AbortController().signal;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim().startsWith('<')) expectations++;
    const outcome = await handleLine(line, turns, never, () => false);
    if (outcome.failure) {
      failures.push(outcome.failure);
      console.error(`✗ ${outcome.failure}`);
    }
    if (outcome.quit) break;
  }
  if (failures.length) {
    console.error(`✗ ${file}: ${failures.length} of ${expectations} expectations failed`);
    return 1;
  }
  console.log(`✓ ${file}: ${expectations} expectations met`);
  return 0;
}

async function runConversation(): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY);
  const turns: Turns = { count: 0 };
  const lines = createInterface({ input: process.stdin, prompt: interactive ? 'You say> ' : '' });
  let playing: AbortController | undefined;
  // In real time, typing while Alexa talks cuts in, as speaking would; piped lines wait their turn.
  const queue = new LineQueue(lines, (line) => {
    if (interactive && live() && line.trim()) playing?.abort();
  });
  // Ctrl+C leaves at once, even in the middle of a hold.
  lines.on('SIGINT', () => {
    playing?.abort();
    lines.close();
  });
  const typing = () => interactive && lines.line.length > 0;
  if (interactive) {
    process.stdout.write(HELP + '\n');
    lines.prompt();
  }
  for (let line = await queue.next(); line !== undefined; line = await queue.next()) {
    playing = new AbortController();
    const outcome = await handleLine(line, turns, playing.signal, typing);
    playing = undefined;
    if (outcome.failure) console.error(outcome.failure);
    if (outcome.quit) break;
    if (interactive) lines.prompt();
  }
  lines.close();
  return 0;
}

if (profile) {
  const { name, width, height, touch } = profile.example;
  console.log(`[device with a screen: ${name}, ${width}×${height} dp, ${touch ? 'touch' : 'no touch: the screen says what to say'}]`);
}

connect()
  .then(() => (values.script ? runScript(values.script) : runConversation()))
  .then(
  // Exit explicitly: a DynamoDB store keeps sockets open that would hold the process.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
