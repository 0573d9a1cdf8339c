import { parseProgress, type ProgressRecord } from '../../lambda/src/coach/progress';
import { Conversation } from '../harness/conversation';
import { STORE_BACKENDS, type StoreUnderTest } from '../harness/stores';

/**
 * Households with voice profiles: Alexa sends `context.System.person.personId` when it
 * recognises who is speaking. Each recognised person has their own progress, preferences
 * and resume offer; without a recognised speaker the account's record is used, as before.
 * In terms of what people do and what is stored, not of exact speech.
 */

const ANA = 'amzn1.ask.person.ana';
const BEN = 'amzn1.ask.person.ben';

let accountCounter = 0;

describe.each(STORE_BACKENDS)('people on one account, with the %s', (_name, createBackend) => {
  let backend: StoreUnderTest;
  let account: string;
  beforeEach(() => {
    backend = createBackend();
    account = `amzn1.ask.account.people-${++accountCounter}`;
  });
  afterEach(() => backend.dispose());

  const person = (personId: string | undefined, start: string) => new Conversation({ store: backend.store, userId: account, personId, start });
  /** Cut in halfway through the hold of the routine's second stretch, in the response playing it. */
  const duringSecondStretch = (user: Conversation) => user.during((segment) => segment.kind === 'hold' && segment.place.stretch === 1, 'middle');
  const stored = async (personId?: string): Promise<ProgressRecord> => parseProgress(await backend.stored(account, personId)).progress;

  test('two recognised people each resume their own routine the next day; someone not recognised gets the account’s', async () => {
    const ana = person(ANA, '2026-11-16T07:00:00Z');
    await ana.says('open upper back coach');
    await ana.says('start the desk break');
    await duringSecondStretch(ana).says('stop');

    const ben = person(BEN, '2026-11-16T07:30:00Z');
    const bensFirst = await ben.says('open upper back coach');
    expect(bensFirst.speech).toContain('not medical advice'); // a first use: Ben's own record, not Ana's
    await ben.says('less talking');
    await ben.says('start the gentle routine');
    await duringSecondStretch(ben).says('stop');

    expect(await stored(ANA)).toMatchObject({ unfinished: { routine: 'desk' }, brief: false, disclaimerHeard: true });
    expect(await stored(BEN)).toMatchObject({ unfinished: { routine: 'gentle' }, brief: true, disclaimerHeard: true });
    expect(await backend.stored(account)).toEqual({});

    const anaTomorrow = person(ANA, '2026-11-17T07:00:00Z');
    const anasOffer = await anaTomorrow.says('open upper back coach');
    expect(anasOffer.speech).toMatch(/desk break/i);
    expect((await anaTomorrow.says('yes')).speech).toMatch(/^Picking up with chair backrest stretch\./);

    const benTomorrow = person(BEN, '2026-11-17T07:30:00Z');
    const bensOffer = await benTomorrow.says('open upper back coach');
    expect(bensOffer.speech).toMatch(/gentle routine/i);
    expect((await benTomorrow.says('yes')).speech).toMatch(/^Picking up with side reach\./);

    // A guest, or a household member without a voice profile: the account's own record, new so far.
    const guest = person(undefined, '2026-11-17T08:00:00Z');
    const guestsWelcome = await guest.says('open upper back coach');
    expect(guestsWelcome.speech).toContain('not medical advice'); // a first use for this record
    await guest.says('start the morning mobility');
    await guest.after(5).says('stop');
    expect(await stored()).toMatchObject({ unfinished: { routine: 'morning' } });
    expect((await stored(ANA)).unfinished?.routine).toBe('desk');
    expect((await stored(BEN)).unfinished?.routine).toBe('gentle');
  });

  test('a session keeps the record it began with when a later request in it is not recognised, or recognised as someone else', async () => {
    const ana = person(ANA, '2026-11-16T07:00:00Z');
    await ana.says('open upper back coach');
    await ana.says('start the desk break');
    ana.personId = undefined; // recognition is per utterance: this one was not placed
    await duringSecondStretch(ana).says('pause');
    ana.personId = BEN;
    await ana.says('resume');
    await ana.after(5).says('stop');
    expect(await stored(ANA)).toMatchObject({ unfinished: { routine: 'desk' }, days: ['2026-11-16'] });
    expect(await backend.stored(account)).toEqual({});
    expect(await backend.stored(account, BEN)).toEqual({});
  });

  test('finished routines and days are counted per person', async () => {
    for (const [personId, start] of [
      [ANA, '2026-11-16T07:00:00Z'],
      [ANA, '2026-11-17T07:00:00Z'],
      [BEN, '2026-11-17T19:00:00Z'],
    ] as const) {
      const user = person(personId, start);
      await user.says('ask upper back coach to start the desk break');
      while (user.inRoutine) await user.says('next');
      // The routine counts once its last hold has been heard: here when Alexa closes the session.
      await user.sessionEnds();
    }
    expect(await stored(ANA)).toMatchObject({ completedRoutines: 2, days: ['2026-11-16', '2026-11-17'] });
    expect(await stored(BEN)).toMatchObject({ completedRoutines: 1, days: ['2026-11-17'] });
  });
});
