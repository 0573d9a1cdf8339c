import { ROUTINE_IDS, getRoutine, routineHoldSeconds, routineStretches } from '../../lambda/src/coach/catalog';
import { SETTLE_SECONDS } from '../../lambda/src/coach/narration';
import { breakSeconds } from '../../lambda/src/speech/ssml';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation } from '../harness/conversation';

const ROUTINE_WORDS: Record<string, string> = {
  desk: 'desk break',
  morning: 'morning mobility',
  gentle: 'gentle routine',
  full: 'full upper back routine',
};

describe.each(ROUTINE_IDS)('running the %s routine to its end', (routine) => {
  test('every stretch and side is narrated, the holds add up, and a closing message ends it', async () => {
    const store = new MemoryStore();
    const user = new Conversation({ store });
    await user.says('open upper back coach');
    const replies = [await user.says(`start the ${ROUTINE_WORDS[routine]}`)];
    while (user.inRoutine) {
      replies.push(await user.says('next'));
      expect(replies.length).toBeLessThan(40);
    }
    const segments = routineStretches(routine).reduce((sum, s) => sum + s.sides, 0);
    expect(replies).toHaveLength(segments);

    const pauses = replies.flatMap((r) => breakSeconds(r.ssml)).reduce((sum, s) => sum + s, 0);
    expect(pauses - segments * SETTLE_SECONDS).toBe(routineHoldSeconds(routine));

    const count = getRoutine(routine).steps.length;
    const closing = replies[replies.length - 1]!.speech;
    expect(closing).toMatch(
      new RegExp(`That's the ${ROUTINE_WORDS[routine]} done: ${count} stretches in about \\d+ minutes\\. Nice work\\. Would you like another routine\\?$`),
    );
    // The session stays open for another routine; "no" says goodbye.
    expect(user.last!.ended).toBe(false);
    const goodbye = await user.says('no');
    expect(goodbye.speech).toBe('Okay. Go easy on that back, and see you next time.');
    expect(goodbye.ended).toBe(true);
    // Finished routines are not offered again.
    const tomorrow = new Conversation({ store, userId: user.userId, start: user.clock + 86_400_000 });
    expect((await tomorrow.says('open upper back coach')).speech).toBe(
      'Welcome back to Upper Back Coach. Desk break, morning mobility, gentle, or full?',
    );
  });
});

describe('how long the routine took', () => {
  test('the closing message reports the minutes that really passed', async () => {
    const user = new Conversation({ start: '2026-11-17T08:00:00Z' });
    await user.says('ask upper back coach to start the gentle routine');
    for (let turn = 0; turn < 40 && user.inRoutine; turn++) await user.says('next');
    const minutes = Number(/in about (\d+) minutes/.exec(user.last!.speech)?.[1]);
    const elapsed = (user.clock - Date.parse('2026-11-17T08:00:00Z')) / 60_000;
    expect(Math.abs(minutes - elapsed)).toBeLessThanOrEqual(1.5);
  });

  test('a routine hurried through with "next" is "about a minute", never "1 minutes"', async () => {
    const user = new Conversation({ start: '2026-11-17T08:00:00Z' });
    await user.says('ask upper back coach to start the desk break');
    for (let turn = 0; turn < 40 && user.inRoutine; turn++) await user.after(2).says('next');
    expect(user.last!.speech).toMatch(/That's the desk break done: \d+ stretches in about a minute\. Nice work\./);
  });
});

describe('broken session attributes', () => {
  test('garbage in the session resets to a safe state with an apology, never a crash', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    await user.says('start the desk break');
    const attributes = user.sessionAttributes!;
    attributes.state = { v: 1, paused: 'yes', position: { routine: 'desk', stretch: 99, side: 0 } };
    // The session state is gone, but the stored progress still knows the place.
    const reply = await user.says('next');
    expect(reply.speech).toMatch(/^Sorry, I lost track of where we were for a moment\. Picking up with shoulder rolls\./);
    expect(reply.ended).toBe(false);
  });
});
