import { MemoryStore } from '../../lambda/src/stores/memory';
import { storedRecord } from '../harness/stores';
import { Conversation } from '../harness/conversation';

/** A user who has opened the skill, asked to go one stretch at a time, and started the desk break. */
async function inDeskBreak(): Promise<Conversation> {
  const user = new Conversation({ store: new MemoryStore() });
  await user.says('open upper back coach');
  await user.says('one at a time');
  await user.says('start the desk break');
  return user;
}

describe('voice controls during a routine, one stretch at a time', () => {
  test('next moves on to the next stretch; a two-sided stretch asks for the other side, the chair stretch for a lower spot', async () => {
    const user = await inDeskBreak();
    let reply = await user.says('next');
    expect(reply.speech).toMatch(/^Chair backrest stretch\./);
    expect(reply.speech).toMatch(/That's the first height\. Say next to go a little lower\.$/);
    reply = await user.says('ready');
    expect(reply.speech).toMatch(/^Sit up for a moment\. Shift in your seat/);
    expect(reply.speech).toMatch(/Next up, seated twist\. Say next when you're ready\.$/);
    reply = await user.says('next');
    expect(reply.speech).toMatch(/^Seated twist\./);
    expect(reply.speech).toMatch(/That's one side\. Say next for the other side\.$/);
  });

  test('yes after "say next when you are ready" goes on too', async () => {
    const user = await inDeskBreak();
    const reply = await user.says('yes');
    expect(reply.speech).toMatch(/^Chair backrest stretch\./);
  });

  test('back returns to the previous stretch; at the first stretch it says so', async () => {
    const user = await inDeskBreak();
    let reply = await user.says('go back');
    expect(reply.speech).toMatch(/^This is the first stretch, so here it is again\. Shoulder rolls\./);
    await user.says('next');
    reply = await user.says('previous');
    expect(reply.speech).toMatch(/^Going back\. Shoulder rolls\./);
  });

  test('repeat does the whole current stretch again, not just the last sentence', async () => {
    const user = await inDeskBreak();
    await user.says('next');
    const reply = await user.says('repeat');
    expect(reply.speech).toMatch(/^Once more\. Chair backrest stretch\./);
    expect(reply.ssml).toContain('<break time="');
    expect(reply.speech).toContain('And gently release.');
  });

  test.each(['what was that', 'say that again', 'come again'])('"%s" does the current stretch again', async (said) => {
    const user = await inDeskBreak();
    await user.says('next');
    expect((await user.says(said)).speech).toMatch(/^Once more\. Chair backrest stretch\./);
  });

  test('outside a routine, repeat says the last answer again; mid-routine the session carries the timeline, not the words', async () => {
    const user = new Conversation();
    const welcome = await user.says('open upper back coach');
    expect((await user.says('repeat')).speech).toBe(welcome.speech);
    await user.says('start the desk break');
    const carried = JSON.stringify(user.sessionAttributes);
    expect(carried).not.toContain('Lift your shoulders');
    expect(carried).toContain('"kind":"playing"');
    expect(carried.length).toBeLessThan(2000);
  });

  test('start over goes back to the first stretch', async () => {
    const user = await inDeskBreak();
    await user.says('next');
    await user.says('next');
    const reply = await user.says('start over');
    expect(reply.speech).toMatch(/^Starting the desk break from the top\. Shoulder rolls\./);
  });

  test('pause mid-stretch, then resume: the same stretch and side again', async () => {
    const user = await inDeskBreak();
    await user.says('next');
    await user.says('next');
    let reply = await user.after(12).says('pause');
    expect(reply.speech).toBe("Paused. Take your time. Say resume when you're ready, or stop to finish for now.");
    expect(reply.ended).toBe(false);
    reply = await user.after(60).says('resume');
    expect(reply.speech).toMatch(/^Picking up with chair backrest stretch, a little lower\. Sit up for a moment\./);
  });

  test('pause between stretches, then resume: goes on to the next stretch', async () => {
    const user = await inDeskBreak();
    await user.says('pause');
    const reply = await user.after(60).says('continue');
    expect(reply.speech).toMatch(/^Chair backrest stretch\./);
  });

  test('help during a routine explains the controls and where you are', async () => {
    const user = await inDeskBreak();
    const reply = await user.says('help');
    expect(reply.speech).toMatch(/^You're on shoulder rolls\. Say next to move on, back for the previous stretch, repeat/);
    expect(reply.ended).toBe(false);
    const after = await user.says('next');
    expect(after.speech).toMatch(/^Chair backrest stretch\./);
  });

  test('help before a routine describes the routines', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says('help');
    expect(reply.speech).toMatch(/^I guide you through stretches for your upper back/);
    expect(reply.speech).toMatch(/Which routine would you like\?$/);
  });

  test('stop says goodbye, remembers the place and ends the session', async () => {
    const user = await inDeskBreak();
    const reply = await user.says('stop');
    expect(reply.speech).toBe("Okay. Go easy on that back, and see you next time. I'll remember where you stopped.");
    expect(reply.ended).toBe(true);
  });

  test('without a store, stop does not promise to remember', async () => {
    const user = new Conversation();
    await user.says('ask upper back coach to start the desk break');
    expect((await user.says('stop')).speech).toBe('Okay. Go easy on that back, and see you next time.');
  });

  test('cancel ends the session too', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says('cancel');
    expect(reply.speech).toBe('Okay. Go easy on that back, and see you next time.');
    expect(reply.ended).toBe(true);
  });

  test('words the skill does not understand get "I didn\'t catch that" and what to say', async () => {
    const user = await inDeskBreak();
    const reply = await user.says('purple elephant sandwich');
    expect(reply.speech).toBe("Sorry, I didn't catch that. Say continue to go on to the chair backrest stretch, or ask me something else.");
    expect(reply.reprompt).toBe('Say continue to go on to the chair backrest stretch, or ask me something else.');
    const menu = new Conversation();
    await menu.says('open upper back coach');
    expect((await menu.says('purple elephant sandwich')).speech).toBe(
      "Sorry, I didn't catch that. Say desk break, morning mobility, gentle, or full.",
    );
  });

  test('navigate home leaves the skill and keeps the place', async () => {
    const user = await inDeskBreak();
    const reply = await user.intent('AMAZON.NavigateHomeIntent');
    expect(reply.speech).toBe("Okay, heading out. I'll remember where you stopped.");
    expect(reply.ended).toBe(true);
  });

  test('"less talking" shortens the next stretch; "more detail" brings the steps back', async () => {
    const user = await inDeskBreak();
    let reply = await user.says('less talking');
    expect(reply.speech).toMatch(/^Okay, less talking\. Just short reminders and the holds from now on\. Say continue to go on/);
    reply = await user.says('next');
    expect(reply.speech).toMatch(/^Chair backrest stretch\. Hands behind your head, and lean back gently/);
    expect(reply.speech).not.toContain('Sit in a sturdy chair');
    await user.says('more detail');
    reply = await user.says('start over');
    expect(reply.speech).toContain('Sit or stand tall. Lift your shoulders toward your ears');
  });

  test('"one at a time" and "keep going" are kept with the progress; "keep going" also carries on', async () => {
    const store = new MemoryStore();
    const user = new Conversation({ store, userId: 'amzn1.ask.account.pace' });
    await user.says('open upper back coach');
    await user.says('start the desk break');
    // Cut in during the shoulder rolls' hold.
    let reply = await user.after(20).says('one at a time');
    expect(reply.speech).toBe(
      "Okay, one stretch at a time. I'll wait for you to say next after each one. Say continue to go back to the shoulder rolls, or ask me something else.",
    );
    expect((await storedRecord(store, user.userId)).pace).toBe('step');
    reply = await user.says('continue');
    expect(reply.speech).toMatch(/^Picking up with shoulder rolls\. .* And relax\. Next up, chair backrest stretch\. Say next when you're ready\.$/);
    reply = await user.says('keep going');
    expect(reply.speech).toMatch(/^Okay, I'll keep going from one stretch to the next.* Chair backrest stretch\. .* Now a little lower\. /);
    expect((await storedRecord(store, user.userId)).pace).toBe('flow');
  });

  test('controls before any routine say there is none and offer the routines', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    for (const said of ['next', 'go back', 'start over']) {
      const reply = await user.says(said);
      expect(reply.speech).toMatch(/^There's no routine in progress\. You can do a desk break/);
    }
    expect((await user.says('pause')).speech).toMatch(/^There's nothing to pause right now\./);
  });

  test('"next" at the start of a session carries on with the routine left unfinished', async () => {
    const store = new MemoryStore();
    const monday = new Conversation({ store, userId: 'amzn1.ask.account.next-later', start: '2026-11-16T08:00:00Z' });
    await monday.says('ask upper back coach to start the desk break');
    await monday.after(5).says('stop');
    const tuesday = new Conversation({ store, userId: 'amzn1.ask.account.next-later', start: '2026-11-17T08:00:00Z' });
    const reply = await tuesday.says('ask upper back coach next');
    expect(reply.speech).toMatch(/^Picking up with shoulder rolls\. Sit or stand tall/);
  });

  test('help, words not understood or "less talking" in the middle of a hold keep that stretch to come back to', async () => {
    for (const aside of ['help', 'purple elephant sandwich', 'less talking']) {
      const user = await inDeskBreak();
      await user.says('next'); // chair backrest stretch, first side
      await user.after(8).says(aside);
      const reply = await user.after(60).says('resume');
      expect([aside, reply.speech]).toEqual([aside, expect.stringMatching(/^Picking up with chair backrest stretch\./)]);
    }
  });

  test('"what can I do?" mid-routine lists the routines and keeps the place', async () => {
    const user = await inDeskBreak();
    const reply = await user.says('what can i do');
    expect(reply.speech).toMatch(/^There are four routines\..*Say continue to go on to the chair backrest stretch/);
    expect((await user.says('next')).speech).toMatch(/^Chair backrest stretch\./);
  });

  test('words that only look like a routine request do not drop the routine', async () => {
    const user = await inDeskBreak();
    const reply = await user.intent('StartRoutineIntent', { routine: { value: 'a cramp' } });
    expect(reply.speech).toMatch(/^I don't have that routine\. Say continue to go on to the chair backrest stretch/);
    expect((await user.says('next')).speech).toMatch(/^Chair backrest stretch\./);
  });

  test('back onto the second side of the stretch before says which stretch it is', async () => {
    const user = await inDeskBreak();
    await user.says('next');
    await user.says('next');
    await user.says('next'); // seated twist, first side
    const reply = await user.says('go back');
    expect(reply.speech).toMatch(/^Going back\. Picking up with chair backrest stretch, a little lower\. Sit up for a moment\./);
  });

  test('back onto the second side of a two-sided stretch names the side', async () => {
    const user = await inDeskBreak();
    for (let i = 0; i < 4; i++) await user.says('next'); // seated twist, second side
    await user.says('next'); // side reach, first side
    const reply = await user.says('go back');
    expect(reply.speech).toMatch(/^Going back\. Picking up with seated twist, second side\. /);
  });

  test('the last stretch keeps the session open, and "no" to another routine says goodbye', async () => {
    const user = new Conversation({ store: new MemoryStore() });
    await user.says('ask upper back coach to start the gentle routine');
    for (let turn = 0; turn < 20 && user.inRoutine; turn++) await user.says('next');
    expect(user.last!.speech).toMatch(/Would you like another routine\?$/);
    expect(user.last!.ended).toBe(false);
    expect((await user.says('yes')).speech).toBe('Desk break, morning mobility, gentle, or full?');
  });

  test('no to "which routine" ends the session politely', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says('no');
    expect(reply.ended).toBe(true);
  });

  test('every open response has a reprompt that repeats the choice', async () => {
    const user = await inDeskBreak();
    expect(user.last?.reprompt).toBe('Say next to go on to chair backrest stretch, repeat to do this one again, or stop to finish for now.');
    await user.says('next');
    expect(user.last?.reprompt).toBe('Say next to go a little lower, or repeat to do this height again.');
    await user.says('next');
    await user.says('next');
    expect(user.last?.reprompt).toBe('Say next for the other side, or repeat to do this side again.');
  });
});
