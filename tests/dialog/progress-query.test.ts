import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation } from '../harness/conversation';

/** "How much longer?": where the user is, what is left, and then the routine goes on from the same place. */

const WHERE = /^You're on stretch (\d) of 5, ([a-z ]+)\. About (a|\d+) minutes? to go\. /;

function minutesLeft(speech: string): number {
  const said = WHERE.exec(speech)?.[3];
  return said === 'a' ? 1 : Number(said);
}

/** The desk break, one stretch at a time, so every question lands between two known stretches. */
async function inDeskBreak(store = new MemoryStore()): Promise<{ user: Conversation; announced: number }> {
  const user = new Conversation({ store, userId: 'amzn1.ask.account.progress-query' });
  await user.says('open upper back coach');
  await user.says('one at a time');
  const start = await user.says('start the desk break');
  return { user, announced: Number(/the desk break, about (\d+) minutes/.exec(start.speech)?.[1]) };
}

describe('asking how much is left', () => {
  test('between stretches: which stretch of how many and the minutes left, then the same question again; "next" goes on', async () => {
    const { user, announced } = await inDeskBreak();
    const reply = await user.says('how much longer');
    expect(reply.speech).toMatch(WHERE);
    expect(reply.speech).toMatch(/^You're on stretch 1 of 5, shoulder rolls\. /);
    // Shoulder rolls are done: what is left is the routine less its first stretch.
    expect(minutesLeft(reply.speech)).toBeLessThanOrEqual(announced);
    expect(minutesLeft(reply.speech)).toBeGreaterThanOrEqual(announced - 2);
    expect(reply.speech).toMatch(/Say continue to go on to the chair backrest stretch, or ask me something else\.$/);
    expect(reply.ended).toBe(false);
    expect((await user.says('next')).speech).toMatch(/^Chair backrest stretch\./);
  });

  test('the minutes left go down as the routine goes on, and the last stretch leaves about a minute', async () => {
    const { user } = await inDeskBreak();
    const left: number[] = [];
    for (let turn = 0; turn < 20; turn++) {
      const reply = await user.says('where are we');
      left.push(minutesLeft(reply.speech));
      await user.says('next');
      if (!user.inRoutine) break;
    }
    expect(left.length).toBeGreaterThanOrEqual(7);
    for (let i = 1; i < left.length; i++) expect(left[i]).toBeLessThanOrEqual(left[i - 1]!);
    expect(left[left.length - 1]).toBe(1);
    expect((await user.says('how much longer')).speech).toBe("There's no routine under way right now. Desk break, morning mobility, gentle, or full?");
  });

  test('cut in mid-stretch, the stretch under way still counts, and "continue" does it again', async () => {
    const { user } = await inDeskBreak();
    await user.says('next'); // chair backrest stretch, first height, heard to the end
    const between = minutesLeft((await user.says('how many more')).speech);
    await user.says('next'); // the second height
    const cutIn = await user.after(4).says('how many stretches are left');
    expect(cutIn.speech).toMatch(/^You're on stretch 2 of 5, chair backrest stretch\. /);
    expect(minutesLeft(cutIn.speech)).toBeLessThanOrEqual(between);
    // The stretch that was cut into is kept to come back to.
    expect(cutIn.speech).toMatch(/Say continue to go back to the chair backrest stretch, or ask me something else\.$/);
    expect((await user.says('continue')).speech).toMatch(/^Picking up with chair backrest stretch, a little lower\./);
  });

  test('at the offer to resume, it says no routine is under way and asks the same question again; yes still resumes', async () => {
    const store = new MemoryStore();
    const { user } = await inDeskBreak(store);
    await user.says('next');
    await user.says('stop');
    const tomorrow = new Conversation({ store, userId: user.userId, start: user.clock + 86_400_000 });
    const offer = await tomorrow.says('open upper back coach');
    expect(offer.speech).toMatch(/Shall we pick up there\?$/);
    const reply = await tomorrow.says('how much longer');
    expect(reply.speech).toBe("There's no routine under way right now. Say yes to pick up at chair backrest stretch, or no to choose a routine.");
    expect((await tomorrow.says('yes')).speech).toMatch(/^Picking up with chair backrest stretch, a little lower\./);
  });
});

test('asked in one go the next day ("ask upper back coach how much longer"), it offers the place saved yesterday', async () => {
  const store = new MemoryStore();
  const { user } = await inDeskBreak(store);
  await user.says('next');
  await user.says('stop');
  const tomorrow = new Conversation({ store, userId: user.userId, start: user.clock + 86_400_000 });
  const reply = await tomorrow.says('ask upper back coach how much longer');
  expect(reply.speech).toMatch(/^There's no routine under way right now\. Yesterday, you stopped at chair backrest stretch in your desk break\. Shall we pick up there\?$/);
  expect((await tomorrow.says('yes')).speech).toMatch(/^Picking up with chair backrest stretch, a little lower\./);
});

// In every locale, "how much longer" mid-stretch says where the user is in the locale's words: tests/dialog/locales.test.ts.
