import { Conversation } from '../harness/conversation';
import { CountingStore } from '../harness/stores';

/**
 * What the skill asks of its store over whole sessions: one read at the start of a
 * session, then a write only on turns that change the user's progress (a new place
 * in the routine, a finished routine, a new preference), and none on turns that
 * change nothing (help, not understood, pause, a preference already set).
 */

describe('reads and writes over whole sessions', () => {
  test('one read per session; one write per change of place heard; none for turns that change nothing', async () => {
    const store = new CountingStore();
    const user = new Conversation({ store, start: '2026-11-16T08:00:00Z' });
    const writesFor = async (said: string, duringFirstHold = false): Promise<number> => {
      const before = store.writes.length;
      if (duringFirstHold) user.during((segment) => segment.kind === 'hold', 'middle');
      await user.says(said);
      return store.writes.length - before;
    };

    // A new user: that the not-medical-advice line was heard rides along with the first real write.
    expect(await writesFor('open upper back coach')).toBe(0);
    expect(await writesFor('help')).toBe(0);
    expect(await writesFor('what is the weather like on mars')).toBe(0); // not understood
    expect(await writesFor('less talking')).toBe(1);
    expect(store.writes.at(-1)).toMatchObject({ brief: true, disclaimerHeard: true });
    expect(await writesFor('less talking')).toBe(0); // already so
    expect(await writesFor('start the desk break')).toBe(1);
    // Cut in during the first stretch: the place to keep has not changed.
    expect(await writesFor('help', true)).toBe(0);
    expect(await writesFor('pause')).toBe(0);
    expect(await writesFor('resume')).toBe(0); // the same stretch again
    // Each response heard to the end moves the place on: one write.
    let responses = 1;
    while (user.inRoutine) {
      expect(await writesFor('keep going')).toBe(1);
      responses++;
    }
    expect(responses).toBe(2); // the desk break, on short instructions, in two responses
    // The routine counts once its last hold has been heard: here, when Alexa closes the session.
    const before = store.writes.length;
    await user.sessionEnds();
    expect(store.writes.length - before).toBe(1);
    expect(store.writes.at(-1)).toMatchObject({ unfinished: undefined, completedRoutines: 1, days: ['2026-11-16'] });
    expect(store.reads).toBe(1);

    // The next day: one more read, and a launch that changes nothing writes nothing.
    const tomorrow = new Conversation({ store, userId: user.userId, start: '2026-11-17T08:00:00Z' });
    store.reset();
    await tomorrow.says('open upper back coach');
    await tomorrow.says('help');
    await tomorrow.says('what routines are there');
    await tomorrow.says('stop');
    expect(store.reads).toBe(1);
    expect(store.writes).toHaveLength(0);
  });

  test('a new user who only opens the skill and leaves: the first-use note is written once, at the end', async () => {
    const store = new CountingStore();
    const user = new Conversation({ store, start: '2026-11-16T08:00:00Z' });
    expect((await user.says('open upper back coach')).speech).toContain('not medical advice');
    expect(store.writes).toHaveLength(0);
    await user.says('stop');
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]).toMatchObject({ disclaimerHeard: true });
    const again = new Conversation({ store, userId: user.userId, start: '2026-11-17T08:00:00Z' });
    expect((await again.says('open upper back coach')).speech).not.toContain('not medical advice');

    // The same when Alexa closes a silent session instead of a stop.
    const quiet = new Conversation({ store, start: '2026-11-16T08:00:00Z' });
    await quiet.says('open upper back coach');
    store.reset();
    await quiet.sessionEnds('EXCEEDED_MAX_REPROMPTS');
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]).toMatchObject({ disclaimerHeard: true });
  });

  test('resuming writes nothing until the place changes; then one write carries it all', async () => {
    const store = new CountingStore();
    const monday = new Conversation({ store, start: '2026-11-16T08:00:00Z' });
    await monday.says('ask upper back coach to start the desk break');
    await monday.after(5).says('stop');
    const tuesday = new Conversation({ store, userId: monday.userId, start: '2026-11-17T08:00:00Z' });
    store.reset();
    await tuesday.says('open upper back coach');
    expect((await tuesday.says('yes')).speech).toMatch(/^Picking up with shoulder rolls/);
    expect(store.writes).toHaveLength(0);
    await tuesday.during((segment) => segment.kind === 'hold', 'middle').says('next');
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]).toMatchObject({ unfinished: { routine: 'desk', stretch: 1, side: 0 } });
    expect(store.reads).toBe(1);
  });

  test('a one-shot request reads once; a session closed by Alexa reads nothing and writes only the place heard', async () => {
    const store = new CountingStore();
    const user = new Conversation({ store, start: '2026-11-16T08:00:00Z', userId: 'amzn1.ask.account.one-shot-gentle' });
    await user.says('ask upper back coach to start the gentle routine');
    expect(store.reads).toBe(1);
    expect(store.writes).toHaveLength(1);
    // Cut in halfway through the side reach's first side, and then say nothing more.
    await user.during((segment) => segment.kind === 'hold' && segment.place.stretch === 1, 'middle').says('pause');
    expect(store.writes).toHaveLength(2);
    await user.sessionEnds('EXCEEDED_MAX_REPROMPTS');
    expect(store.reads).toBe(1);
    // That side was cut into: next time starts there, and nothing more is written.
    expect(store.writes).toHaveLength(2);
    expect(store.writes.at(-1)).toMatchObject({ unfinished: { routine: 'gentle', stretch: 1, side: 0 } });
    await user.sessionEnds('EXCEEDED_MAX_REPROMPTS');
    expect(store.writes).toHaveLength(2);
  });

  test('every write carries the whole record, never a partial one', async () => {
    const store = new CountingStore();
    const user = new Conversation({ store });
    await user.says('open upper back coach');
    await user.says('start the morning mobility');
    await user.says('next');
    const keys = ['brief', 'completedRoutines', 'days', 'disclaimerHeard', 'seen', 'version'];
    for (const written of store.writes) expect(Object.keys(written)).toEqual(expect.arrayContaining(keys));
  });
});
