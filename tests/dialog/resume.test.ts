import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation, type Reply } from '../harness/conversation';
import { STORE_BACKENDS, type StoreUnderTest } from '../harness/stores';

/**
 * Progress that lasts: a routine stopped in one session is offered in the next,
 * days later, against each store the skill can run on. Each session is a fresh
 * Conversation on the same store and user, at the time the test sets.
 */

const MENU_SHORT = 'Desk break, morning mobility, gentle, or full?';
const MENU_FULL = 'You can do a desk break, morning mobility, a gentle routine, or the full upper back routine. Which would you like?';

let userCounter = 0;

describe.each(STORE_BACKENDS)('resuming with the %s', (_name, createBackend) => {
  let backend: StoreUnderTest;
  let userId: string;

  beforeEach(() => {
    backend = createBackend();
    userId = `amzn1.ask.account.resume-${++userCounter}`;
  });
  afterEach(() => backend.dispose());

  /** A new session for the same user, its first request at `at`. */
  function sessionAt(at: string): Conversation {
    return new Conversation({ store: backend.store, userId, start: at });
  }

  async function stored() {
    return backend.stored(userId);
  }

  /**
   * Says "next" until the routine closes, and lets the session end after the closing (its
   * last hold heard, the routine counts); returns the closing reply.
   */
  async function nextUntilDone(user: Conversation): Promise<Reply> {
    for (let turns = 0; turns < 40; turns++) {
      const reply = await user.says('next');
      if (!user.inRoutine) {
        await user.sessionEnds();
        return reply;
      }
    }
    throw new Error('the routine never ended');
  }

  /** Monday: opens the skill, does the desk break's first two stretches, says next, and stops during the seated twist. */
  async function stopDuringSeatedTwist(at = '2026-11-16T08:00:00Z'): Promise<void> {
    const user = sessionAt(at);
    await user.says('open upper back coach');
    await user.says('one at a time');
    await user.says('start the desk break');
    await user.says('next'); // chair backrest stretch, first side
    await user.says('next'); // chair backrest stretch, second side
    await user.says('next'); // seated twist, first side
    const stop = await user.after(8).says('stop');
    expect(stop.speech).toBe("Okay. Go easy on that back, and see you next time. I'll remember where you stopped.");
    expect(stop.ended).toBe(true);
  }

  test('stopped after the second stretch yesterday: today the skill offers the seated twist, and yes continues there', async () => {
    await stopDuringSeatedTwist('2026-11-16T08:00:00Z');
    expect((await stored()).unfinished).toMatchObject({ routine: 'desk', stretch: 2, side: 0 });

    const today = sessionAt('2026-11-17T07:30:00Z');
    const offer = await today.says('open upper back coach');
    expect(offer.speech).toBe(
      'Welcome back to Upper Back Coach. Yesterday, you stopped at seated twist in your desk break. Shall we pick up there?',
    );
    expect(offer.reprompt).toBe('Say yes to pick up at seated twist, or no to choose a routine.');
    expect(offer.speech).not.toContain('not medical advice');
    expect(offer.ended).toBe(false);

    const resumed = await today.says('yes');
    expect(resumed.speech).toMatch(/^Picking up with seated twist\. /);
    expect(resumed.speech).toContain('turn slowly to the right');
    expect(resumed.speech).toMatch(/That's one side\. Say next for the other side\.$/);
    const otherSide = await today.says('next');
    expect(otherSide.speech).toMatch(/^Come slowly back to the middle\. Now turn to the left/);
    expect(otherSide.speech).toMatch(/Next up, chest opener\. Say next when you're ready\.$/);
  });

  test('stopped on the second side of a two-sided stretch: resumes on that side, then goes on', async () => {
    const monday = sessionAt('2026-11-16T08:00:00Z');
    await monday.says('open upper back coach');
    await monday.says('one at a time');
    await monday.says('start the desk break');
    await monday.says('next');
    await monday.says('next'); // chair backrest stretch, second side (lower on the backrest)
    await monday.after(5).says('stop'); // barged in mid-hold
    expect((await stored()).unfinished).toMatchObject({ routine: 'desk', stretch: 1, side: 1 });

    const tuesday = sessionAt('2026-11-17T08:00:00Z');
    expect((await tuesday.says('open upper back coach')).speech).toContain(
      'Yesterday, you stopped at chair backrest stretch in your desk break. Shall we pick up there?',
    );
    const resumed = await tuesday.says('yes');
    expect(resumed.speech).toMatch(/^Picking up with chair backrest stretch, a little lower\. Sit up for a moment\. Shift in your seat/);
    expect(resumed.speech).not.toContain('Lace your fingers behind your head'); // the first side's setup is not repeated
    expect(resumed.speech).toMatch(/Next up, seated twist\. Say next when you're ready\.$/);
    expect((await tuesday.says('next')).speech).toMatch(/^Seated twist\. /);
    expect((await stored()).unfinished).toMatchObject({ routine: 'desk', stretch: 2, side: 0 });
  });

  test('no to the offer: the routines are offered, and choosing one starts it', async () => {
    await stopDuringSeatedTwist();
    const today = sessionAt('2026-11-17T08:00:00Z');
    await today.says('open upper back coach');
    const declined = await today.says('no');
    expect(declined.speech).toBe(`No problem. ${MENU_FULL}`);
    expect(declined.ended).toBe(false);
    const started = await today.says('gentle');
    expect(started.speech).toMatch(/^Let's do the gentle routine, about/);
    expect((await stored()).unfinished).toMatchObject({ routine: 'gentle', stretch: 0, side: 0 });
  });

  test.each([
    ['later the same day', '2026-11-16T19:00:00Z', 'Earlier today, you stopped at seated twist in your desk break. Shall we pick up there?'],
    ['the next day', '2026-11-17T08:00:00Z', 'Yesterday, you stopped at seated twist in your desk break. Shall we pick up there?'],
    ['three days later', '2026-11-19T08:00:00Z', 'On Monday, you stopped at seated twist in your desk break. Shall we pick up there?'],
    ['six days later', '2026-11-22T08:00:00Z', 'On Monday, you stopped at seated twist in your desk break. Shall we pick up there?'],
  ])('opened %s: the offer says when', async (_when, at, offer) => {
    await stopDuringSeatedTwist('2026-11-16T08:00:00Z'); // a Monday
    expect((await sessionAt(at).says('open upper back coach')).speech).toBe(`Welcome back to Upper Back Coach. ${offer}`);
  });

  test('more than a week later the routine is offered without pressure, and the menu is one word away', async () => {
    await stopDuringSeatedTwist('2026-11-16T08:00:00Z');
    const later = sessionAt('2026-11-27T08:00:00Z');
    const offer = await later.says('open upper back coach');
    expect(offer.speech).toBe(
      'Welcome back to Upper Back Coach. Last time, you were partway through your desk break. You can pick up at seated twist, or choose something new. Shall we pick up there?',
    );
    expect((await later.says('morning mobility')).speech).toMatch(/^Let's do the morning mobility, about/);
  });

  test('a finished routine is not offered again, including one finished after resuming', async () => {
    const monday = sessionAt('2026-11-16T08:00:00Z');
    await monday.says('open upper back coach');
    await monday.says('one at a time');
    await monday.says('start the desk break');
    expect((await nextUntilDone(monday)).speech).toMatch(/That's the desk break done: 5 stretches in about \d+ minutes\. Nice work\./);
    expect((await stored()).unfinished).toBeUndefined();
    expect((await sessionAt('2026-11-17T08:00:00Z').says('open upper back coach')).speech).toBe(
      `Welcome back to Upper Back Coach. ${MENU_SHORT}`,
    );

    await stopDuringSeatedTwist('2026-11-18T08:00:00Z');
    const thursday = sessionAt('2026-11-19T08:00:00Z');
    await thursday.says('open upper back coach');
    await thursday.says('yes');
    expect((await nextUntilDone(thursday)).speech).toContain("That's the desk break done");
    expect((await sessionAt('2026-11-20T08:00:00Z').says('open upper back coach')).speech).toBe(
      `Welcome back to Upper Back Coach. ${MENU_SHORT}`,
    );
  });

  test.each(['pick up where I left off', 'resume my routine'])(
    'one-shot "ask upper back coach to %s" goes straight back to the stretch',
    async (request) => {
      await stopDuringSeatedTwist();
      const today = sessionAt('2026-11-17T08:00:00Z');
      const reply = await today.says(`ask upper back coach to ${request}`);
      expect(reply.speech).toMatch(/^Picking up with seated twist\. /);
      expect(reply.speech).not.toContain('Welcome');
      expect(reply.speech).toMatch(/That's one side\. Say next for the other side\.$/);
      expect(reply.ended).toBe(false);
    },
  );

  test('one-shot resume with nothing unfinished says so and offers the routines', async () => {
    const reply = await sessionAt('2026-11-17T08:00:00Z').says('ask upper back coach to pick up where I left off');
    expect(reply.speech).toMatch(/^A quick note first\. .*not medical advice.* There's no routine in progress\. /);
    expect(reply.speech).toMatch(new RegExp(`${MENU_FULL.replace(/[.?]/g, '\\$&')}$`));
  });

  test('"start over" after resuming restarts the routine from its first stretch, and that is what is kept', async () => {
    await stopDuringSeatedTwist();
    const today = sessionAt('2026-11-17T08:00:00Z');
    await today.says('open upper back coach');
    await today.says('yes');
    const restarted = await today.says('start over');
    expect(restarted.speech).toMatch(/^Starting the desk break from the top\. Shoulder rolls\. /);
    expect((await stored()).unfinished).toMatchObject({ routine: 'desk', stretch: 0, side: 0 });
    await today.after(3).says('stop');
    expect((await sessionAt('2026-11-17T18:00:00Z').says('open upper back coach')).speech).toContain(
      'Earlier today, you stopped at shoulder rolls in your desk break.',
    );
  });

  test('"less talking" is remembered in the next session', async () => {
    const monday = sessionAt('2026-11-16T08:00:00Z');
    await monday.says('open upper back coach');
    expect((await monday.says('less talking')).speech).toMatch(/^Okay, less talking\. Just short reminders and the holds from now on\./);
    await monday.says('stop');
    expect((await stored()).brief).toBe(true);

    const tuesday = sessionAt('2026-11-17T08:00:00Z');
    await tuesday.says('open upper back coach');
    const started = await tuesday.says('start the desk break');
    expect(started.speech).toMatch(/^Desk break, \d minutes\. Shoulder rolls\. Roll your shoulders back in slow circles\. /);
    expect(started.speech).not.toContain('Lift your shoulders toward your ears');

    await tuesday.says('more detail');
    await tuesday.says('stop');
    const wednesday = sessionAt('2026-11-18T08:00:00Z');
    await wednesday.says('open upper back coach');
    expect((await wednesday.says('no')).speech).toContain('No problem.');
    expect((await wednesday.says('desk break')).speech).toMatch(/^Let's do the desk break, about \d minutes\./);
  });

  test('finishing on consecutive days: the closing mentions the week, then the streak', async () => {
    const closings: string[] = [];
    for (const day of ['2026-11-16', '2026-11-17', '2026-11-18']) {
      const user = sessionAt(`${day}T08:00:00Z`);
      await user.says('open upper back coach');
      await user.says('one at a time');
      await user.says('start the desk break');
      closings.push((await nextUntilDone(user)).speech);
    }
    expect(closings[0]).toMatch(/Nice work\. Would you like another routine\?$/);
    expect(closings[1]).toMatch(/Nice work\. That's 2 days of stretching in the last week\. Would you like another routine\?$/);
    expect(closings[2]).toMatch(/Nice work\. That's 3 days in a row\. Would you like another routine\?$/);
    expect((await stored()).days).toEqual(['2026-11-16', '2026-11-17', '2026-11-18']);
    expect((await stored()).completedRoutines).toBe(3);
  });

  test('a stretch counts as done once the user moves past it: stopping during the first one is not a day of stretching', async () => {
    const monday = sessionAt('2026-11-16T08:00:00Z');
    await monday.says('open upper back coach');
    await monday.says('one at a time');
    await monday.says('start the desk break');
    await monday.after(4).says('stop'); // during shoulder rolls, never moved past
    expect(await stored()).toMatchObject({ days: [], unfinished: { routine: 'desk', stretch: 0, side: 0 } });

    const tuesday = sessionAt('2026-11-17T08:00:00Z');
    expect((await tuesday.says('open upper back coach')).speech).toContain('Yesterday, you stopped at shoulder rolls');
    await tuesday.says('yes');
    await tuesday.says('next'); // moved past shoulder rolls: today counts
    expect((await stored()).days).toEqual(['2026-11-17']);
    await tuesday.after(4).says('stop');

    const wednesday = sessionAt('2026-11-18T08:00:00Z');
    await wednesday.says('open upper back coach');
    await wednesday.says('yes');
    // Tuesday and Wednesday count; Monday (stopped mid-stretch) does not.
    expect((await nextUntilDone(wednesday)).speech).toMatch(/Nice work\. That's 2 days of stretching in the last week\. Would you like another routine\?$/);
    expect((await stored()).days).toEqual(['2026-11-17', '2026-11-18']);
  });
});

/** Two edges of resuming: a stop just after a stretch was heard, and "start over" as the answer to the offer. */
describe('resuming at the edges', () => {
  test('stopping after a stretch was heard to the end offers the next stretch (the issue\'s own example)', async () => {
    const store = new MemoryStore();
    const userId = 'amzn1.ask.account.resume-gap-heard';
    const monday = new Conversation({ store, userId, start: '2026-11-16T08:00:00Z' });
    await monday.says('open upper back coach');
    await monday.says('one at a time');
    await monday.says('start the desk break');
    await monday.says('next');
    await monday.says('next'); // "... Next up, seated twist. Say next when you're ready."
    await monday.says('stop'); // two seconds after the chair backrest stretch was heard to the end
    const tuesday = new Conversation({ store, userId, start: '2026-11-17T08:00:00Z' });
    expect((await tuesday.says('open upper back coach')).speech).toContain('Yesterday, you stopped at seated twist in your desk break.');
  });

  test('"start over" in answer to the offer restarts the offered routine', async () => {
    const store = new MemoryStore();
    const userId = 'amzn1.ask.account.resume-gap-start-over';
    const monday = new Conversation({ store, userId, start: '2026-11-16T08:00:00Z' });
    await monday.says('open upper back coach');
    await monday.says('one at a time');
    await monday.says('start the desk break');
    await monday.says('next');
    await monday.after(5).says('stop');
    const tuesday = new Conversation({ store, userId, start: '2026-11-17T08:00:00Z' });
    await tuesday.says('open upper back coach');
    expect((await tuesday.says('start over')).speech).toMatch(/^Starting the desk break from the top\. Shoulder rolls\. /);
  });
});
