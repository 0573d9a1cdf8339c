import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation } from '../harness/conversation';

describe('opening the skill and choosing a routine', () => {
  test('a new user hears a welcome, the not-medical-advice note and the choices', async () => {
    const user = new Conversation({ store: new MemoryStore() });
    const reply = await user.says('open upper back coach');
    expect(reply.speech).toMatch(/^Welcome to Upper Back Coach/);
    expect(reply.speech).toContain('not medical advice');
    expect(reply.speech).toMatch(/desk break, morning mobility, a gentle routine, or the full upper back routine/);
    expect(reply.ended).toBe(false);
    expect(reply.reprompt).toMatch(/Which routine would you like/);
  });

  test('a returning user hears a shorter welcome and no disclaimer again', async () => {
    const store = new MemoryStore();
    const first = new Conversation({ store, userId: 'amzn1.ask.account.returning' });
    await first.says('open upper back coach');
    await first.says('stop');
    const again = new Conversation({ store, userId: 'amzn1.ask.account.returning' });
    const reply = await again.says('open upper back coach');
    expect(reply.speech).toBe('Welcome back to Upper Back Coach. Desk break, morning mobility, gentle, or full?');
  });

  test('user says "start the desk break": the stretches begin with real holds and go on from one to the next', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says('start the desk break');
    expect(reply.speech).toMatch(/^Let's do the desk break, about \d minutes\. Shoulder rolls\. .* Begin, nice and slow\. Say Alexa, pause, to stop me\./);
    expect(reply.ssml).toContain('<break time="');
    expect(reply.speech).toMatch(/And relax\. Next, chair backrest stretch\. Sit in a sturdy chair/);
    expect(reply.speech).toMatch(/Shall I keep going\?$/);
    expect(reply.reprompt).toBe("Say keep going when you're ready, or stop to finish for now.");
  });

  test('"Alexa, pause" is explained once per user, in the opening of the first routine', async () => {
    const store = new MemoryStore();
    const user = new Conversation({ store, userId: 'amzn1.ask.account.pause-tip' });
    await user.says('open upper back coach');
    expect((await user.says('start the desk break')).speech).toContain('Say Alexa, pause, to stop me.');
    expect((await user.says('start the gentle routine')).speech).not.toContain('Alexa, pause');
    const later = new Conversation({ store, userId: 'amzn1.ask.account.pause-tip', start: user.clock + 86_400_000 });
    expect((await later.says('ask upper back coach to start the desk break')).speech).not.toContain('Alexa, pause');
  });

  test('a one-shot "ask upper back coach to start the gentle routine" starts it directly', async () => {
    const user = new Conversation();
    const reply = await user.says('ask upper back coach to start the gentle routine');
    expect(reply.speech).toContain('not medical advice');
    expect(reply.speech).toContain("Let's do the gentle routine, about");
  });

  test.each([
    ['something quick', 'desk break'],
    ["i'm at my desk", 'desk break'],
    ['no equipment', 'gentle routine'],
    ['i have a foam roller', 'full upper back routine'],
    ['morning mobility', 'morning mobility'],
  ])('a need like "%s" picks the %s', async (said, routine) => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says(said);
    expect(reply.speech).toContain(`Let's do the ${routine}, about`);
  });

  test('"what routines are there?" lists each routine with its length', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says('what routines are there');
    for (const name of ['desk break', 'morning mobility', 'gentle routine', 'full upper back routine']) {
      expect(reply.speech).toMatch(new RegExp(`The ${name} takes about \\d+ minutes`));
    }
    expect(reply.speech).toMatch(/Which one would you like\?$/);
  });

  test('an unknown routine name is said so, and the choices are offered', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.intent('StartRoutineIntent', { routine: { value: 'yoga' } });
    expect(reply.speech).toBe(
      "I don't have that routine. You can do a desk break, morning mobility, a gentle routine, or the full upper back routine. Which would you like?",
    );
  });
});
