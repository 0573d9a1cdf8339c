import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `npm start` as a developer or CI runs it: the simulator spawned with tsx, on the
 * in-memory store, reading a transcript or piped lines. Every spawn runs concurrently.
 */

const ROOT = resolve(__dirname, '..', '..');
const MODELS = join(ROOT, 'skill-package', 'interactionModels', 'custom');
const LOCALES = readdirSync(MODELS)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();
const DATE = '2026-11-20T08:00:00Z';
const SPAWN_TIMEOUT_MS = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface SimulateOptions {
  input?: string;
  env?: Record<string, string>;
  /** Through npx, exactly as documented; otherwise node with tsx's loader, the same program without npm's start-up second. */
  viaNpx?: boolean;
}

function simulate(args: string[], options: SimulateOptions = {}): Promise<Run> {
  const [command, launcher] = options.viaNpx ? ['npx', ['tsx']] : [process.execPath, ['--import', 'tsx']];
  return new Promise((done, fail) => {
    const child = spawn(command, [...launcher, 'scripts/simulator.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, PERSISTENCE: 'memory', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(), SPAWN_TIMEOUT_MS - 2_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'simulator-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('every locale with an interaction model has a transcript', () => {
  expect(LOCALES.filter((locale) => !existsSync(join(ROOT, 'transcripts', `${locale}.txt`)))).toEqual([]);
});

describe('--script runs a transcript', () => {
  test.concurrent.each(LOCALES)(
    'transcripts/%s.txt: every expectation met, exit 0',
    async (locale) => {
      // en-US runs the command as the README and CI documentation give it.
      const args = locale === 'en-US' ? ['--script', 'transcripts/en-US.txt', '--date', DATE] : ['--locale', locale, '--script', `transcripts/${locale}.txt`, '--date', DATE];
      const run = await simulate(args, { viaNpx: locale === 'en-US' });
      expect(run.stderr).not.toContain('✗');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`✓ transcripts/${locale}\\.txt: \\d+ expectations met`));
      expect(run.stdout).toMatch(/^You: {3}\S/m);
      expect(run.stdout).toMatch(/^Alexa: \S/m);
      expect(run.stdout).toContain('[session ended]');
    },
    SPAWN_TIMEOUT_MS,
  );

  test.concurrent(
    'a transcript with an unmet expectation exits non-zero and says which',
    async () => {
      const file = join(scratch, 'failing.txt');
      writeFileSync(
        file,
        [
          '> open upper back coach',
          '< Welcome to Upper Back Coach.',
          '< this is not what Alexa says',
          '> start the desk break',
          "< /^Let's do the yoga/",
        ].join('\n'),
      );
      const run = await simulate(['--script', file, '--date', DATE]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('✗ expected "this is not what Alexa says" in: Welcome to Upper Back Coach.');
      expect(run.stderr).toContain(`✗ ${file}: 2 of 3 expectations failed`);
      // The conversation still ran to the end.
      expect(run.stdout).toContain("Alexa: Let's do the desk break, about");
    },
    SPAWN_TIMEOUT_MS,
  );
});

describe('piped input', () => {
  test.concurrent(
    'works like typing: one utterance a line, "Alexa:" answers, new sessions and clock moves, exit at the end of input',
    async () => {
      const input = [
        'open upper back coach',
        'start the desk break',
        'stop',
        'what routines are there',
        'stop',
        ':tomorrow',
        'open upper back coach',
        '',
      ].join('\n');
      // --speak with espeak-ng missing: a clear message, and printing goes on.
      const run = await simulate(['--date', DATE, '--speak'], { input, env: { ESPEAK_NG: join(scratch, 'no-espeak-ng-here') } });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('--speak: espeak-ng is not installed');
      const answers = run.stdout.split('\n').filter((line) => line.startsWith('Alexa: '));
      expect(answers).toHaveLength(6);
      expect(answers[0]).toMatch(/^Alexa: Welcome to Upper Back Coach\./);
      // Holds are shown, not waited out.
      expect(answers[1]).toMatch(/\(hold \d+ s\)/);
      // After "stop" ended the session, the next words start a new one, as "ask upper back coach ..." would.
      expect(run.stdout).toMatch(/You: {3}what routines are there\n {7}\[new session\]\nAlexa: There are four routines/);
      // :tomorrow moves the clock a day, and the saved place is offered.
      expect(run.stdout).toContain('[clock: 2026-11-21T');
      expect(answers[5]).toContain('Yesterday, you stopped at');
    },
    SPAWN_TIMEOUT_MS,
  );

  test.concurrent(
    'reminders through the stand-in for Alexa\u2019s APIs: the simulated Alexa says yes to the permission, or no with --deny-permissions',
    async () => {
      const input = 'open upper back coach\nremind me to stretch every weekday at 10\nyes\nwhat reminders do i have\n';
      const yes = await simulate(['--date', DATE, '--time-zone', 'Europe/Berlin'], { input });
      expect(yes.code).toBe(0);
      expect(yes.stdout).toContain('[Alexa asks for permission to set reminders: the user says yes]');
      expect(yes.stdout).toContain("Alexa: Okay, every weekday at 10 in the morning. I'll remind you to stretch.");
      expect(yes.stdout).toContain('Alexa: You have a stretch reminder every weekday at 10 in the morning.');
      const no = await simulate(['--date', DATE, '--deny-permissions'], { input });
      expect(no.stdout).toContain('[Alexa asks for permission to set reminders: the user says no]');
      expect(no.stdout).toContain('Alexa: Okay, no reminder then.');
      // Still not allowed: the list says so, with the card.
      expect(no.stdout).toContain("Alexa: You haven't allowed reminders for Upper Back Coach yet");
      const badZone = await simulate(['--time-zone', 'Mars/Olympus']);
      expect(badZone.code).toBe(2);
      expect(badZone.stderr).toContain('--time-zone: "Mars/Olympus" is no time zone');
    },
    SPAWN_TIMEOUT_MS,
  );

  test.concurrent(
    '--person speaks as a recognised voice profile: that person’s progress, kept apart from the account’s',
    async () => {
      const file = join(scratch, 'people.json');
      const env = { PERSISTENCE: 'file', LOCAL_STORE_FILE: file };
      const ana = await simulate(['--date', DATE, '--person', 'ana'], { input: 'open upper back coach\nstart the desk break\nstop\n', env });
      expect(ana.code).toBe(0);
      const tomorrow = '2026-11-21T08:00:00Z';
      const anaAgain = await simulate(['--date', tomorrow, '--person', 'ana'], { input: 'open upper back coach\n', env });
      expect(anaAgain.stdout).toContain('Yesterday, you stopped at');
      const account = await simulate(['--date', tomorrow], { input: 'open upper back coach\n', env });
      expect(account.stdout).toMatch(/Alexa: Welcome to Upper Back Coach\./);
    },
    SPAWN_TIMEOUT_MS,
  );

  test.concurrent(
    '--screen shows beside each answer what the screen shows, and :touch touches it; a Fire TV says what to say instead',
    async () => {
      const input = ['open upper back coach', ':touch start desk', ':touch pause', 'is it safe to crack my back', 'i have chest pain', ''].join('\n');
      const run = await simulate(['--date', DATE, '--screen'], { input });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('[device with a screen: Echo Show 8, 960×600 dp, touch]');
      expect(run.stdout).toMatch(/\[screen: menu · Choose a routine\]\n {9}cards: Desk break \(About \d+ min, Chair\) \[start desk\]/);
      // The routine screen: each frame with the second it starts, the countdowns, the routine's end.
      expect(run.stdout).toContain('You:   (touch start desk)');
      expect(run.stdout).toMatch(/\[screen: routine · Desk break, \d+ frames\]\n {10}\s+0\.0 s {2}Shoulder rolls · Get into position · Stretch 1 of 5/);
      expect(run.stdout).toMatch(/\d+\.\d s {2}Shoulder rolls · Keep moving · countdown \d+ s/);
      expect(run.stdout).toContain('[screen: the routine showing stops its clock where it is, and shows resume (ExecuteCommands)]');
      expect(run.stdout).toMatch(/\[screen: safety · Safety · Gently cracking your own back is usually harmless/);
      expect(run.stdout).toContain('[screen: emergency, red · Stop stretching now · Call 911 now · Chest pain or pressure needs help right away.]');
      expect(run.stdout).toContain('[not listening; the screen stays up a while]');

      const tv = await simulate(['--date', DATE, '--viewport', 'tvLandscapeXLarge'], { input: 'open upper back coach\n:touch start desk\n' });
      expect(tv.stdout).toContain('[device with a screen: Fire TV, 960×540 dp, no touch: the screen says what to say]');
      expect(tv.stdout).toContain('Say a routine’s name, like “desk break”');
      // No touch on a Fire TV: the simulator touches only what a device could.
      const speaker = await simulate(['--date', DATE], { input: 'open upper back coach\n:touch next\n' });
      expect(speaker.stderr).toContain('there is no screen to touch: run with --screen');
    },
    SPAWN_TIMEOUT_MS,
  );

  test.concurrent(
    'an unknown locale is refused with the ones there are, exit 2',
    async () => {
      const run = await simulate(['--locale', 'xx-XX']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--locale: there is no interaction model for "xx-XX" (there is: ');
    },
    SPAWN_TIMEOUT_MS,
  );
});
