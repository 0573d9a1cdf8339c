/**
 * `npm start`: talk to the skill in the terminal, no Echo or Amazon account needed.
 * Typed text resolves through skill-package's interaction model, goes to the real
 * handler as a request envelope, and the answer is printed (or spoken with espeak-ng).
 * Progress is kept in the file store, so tomorrow's run resumes today's routine.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createStore } from '../lambda/src/stores';
import { SkillDriver, type Reply } from './lib/driver';
import { renderSpeech, speechSegments } from './lib/render';

const HELP = `Upper Back Coach, local simulator

Type what you would say to Alexa, for example "open upper back coach",
"start the desk break", "next", "is it safe to crack my back", "stop".

Options:
  --locale en-US     the locale to speak and to resolve utterances with
  --user NAME        separate saved progress per name (default: local-user)
  --date ISO         the time of the first request (default: now)
  --realtime         wait out the holds, with a countdown, so you can stretch along
  --speak            speak through espeak-ng (apt-get install espeak-ng)
  --script FILE      run a transcript: "> what the user says", "< text expected in the reply"
  --json             print the raw request and response envelopes

Commands while running:
  :date ISO          move the clock          :tomorrow   one day later
  :end               the session times out   :quit       leave
`;

const { values } = parseArgs({
  options: {
    locale: { type: 'string', default: 'en-US' },
    user: { type: 'string', default: 'local-user' },
    date: { type: 'string' },
    realtime: { type: 'boolean', default: false },
    speak: { type: 'boolean', default: false },
    script: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const start = values.date ? Date.parse(values.date) : Date.now();
if (Number.isNaN(start)) {
  console.error(`--date: cannot read "${values.date}" as a date`);
  process.exit(2);
}

const driver = new SkillDriver({
  locale: values.locale,
  userId: `amzn1.ask.account.local.${values.user}`,
  store: createStore({ PERSISTENCE: 'file', ...process.env }),
  start,
});

const espeakAvailable = values.speak && spawnSync('espeak-ng', ['--version']).status === 0;
if (values.speak && !espeakAvailable) {
  console.error('--speak: espeak-ng is not installed (apt-get install espeak-ng). Printing only.');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitWithCountdown(seconds: number): Promise<void> {
  for (let left = seconds; left > 0; left--) {
    process.stdout.write(`\r   ⏱  ${left} s `);
    await sleep(1000);
  }
  process.stdout.write('\r            \r');
}

async function show(reply: Reply): Promise<void> {
  if (values.json) {
    console.log(JSON.stringify(driver.requests[driver.requests.length - 1], null, 2));
    console.log(JSON.stringify(reply.envelope, null, 2));
  }
  if (espeakAvailable && reply.ssml) {
    spawnSync('espeak-ng', ['-v', values.locale.split('-')[0] ?? 'en', '-m', reply.ssml], { stdio: 'ignore' });
  }
  if (values.realtime) {
    process.stdout.write('Alexa: ');
    for (const segment of speechSegments(reply.ssml)) {
      if (segment.kind === 'text') process.stdout.write(`${segment.text} `);
      else {
        process.stdout.write('\n');
        await waitWithCountdown(segment.seconds);
      }
    }
    process.stdout.write('\n');
  } else {
    console.log(`Alexa: ${renderSpeech(reply.ssml) || '(silence)'}`);
  }
  if (reply.ended) console.log('       [session ended]');
  else console.log(`       [listening; if you say nothing: "${renderSpeech(reply.envelope.response.reprompt?.outputSpeech?.type === 'SSML' ? reply.envelope.response.reprompt.outputSpeech.ssml : '')}"]`);
}

/** Handles one line; returns an error message when a script expectation fails. */
async function handleLine(line: string, expectations: { last?: Reply }): Promise<string | undefined> {
  const text = line.trim();
  if (!text || text.startsWith('#')) return undefined;
  if (text.startsWith('<')) {
    const expected = text.slice(1).trim();
    const said = expectations.last?.speech ?? '';
    const regex = /^\/(.*)\/$/.exec(expected);
    const ok = regex ? new RegExp(regex[1] ?? '').test(said) : said.includes(expected);
    return ok ? undefined : `expected "${expected}" in: ${said}`;
  }
  const said = text.startsWith('>') ? text.slice(1).trim() : text;
  if (said === ':quit') process.exit(0);
  if (said === ':end') {
    await driver.sessionEnds();
    console.log('       [session timed out]');
    return undefined;
  }
  if (said === ':tomorrow' || said.startsWith(':date')) {
    const next = said === ':tomorrow' ? driver.clock + 86_400_000 : Date.parse(said.slice(5).trim());
    if (Number.isNaN(next)) return `cannot read a date in "${said}"`;
    if (driver.sessionOpen) await driver.sessionEnds('USER_INITIATED');
    driver.at(next);
    console.log(`       [clock: ${new Date(next).toISOString()}]`);
    return undefined;
  }
  console.log(`You:   ${said}`);
  const reply = await driver.says(said);
  expectations.last = reply;
  await show(reply);
  return undefined;
}

async function main(): Promise<void> {
  const expectations: { last?: Reply } = {};
  if (values.script) {
    const failures: string[] = [];
    for (const line of readFileSync(values.script, 'utf8').split('\n')) {
      const failure = await handleLine(line, expectations);
      if (failure) {
        failures.push(failure);
        console.error(`✗ ${failure}`);
      }
    }
    if (failures.length) process.exit(1);
    console.log(`✓ ${values.script}: every expectation met`);
    return;
  }
  const interactive = process.stdin.isTTY;
  if (interactive) process.stdout.write(HELP + '\n');
  const lines = createInterface({ input: process.stdin, prompt: interactive ? 'You say> ' : '' });
  if (interactive) lines.prompt();
  for await (const line of lines) {
    const failure = await handleLine(line, expectations);
    if (failure) console.error(failure);
    if (interactive) lines.prompt();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
