import type { SafetyTopicId } from '../../lambda/src/coach/safety';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation } from '../harness/conversation';

/** One way to ask each topic, and words the answer must contain. */
const TOPICS: Record<SafetyTopicId, { say: string; hear: RegExp }> = {
  'crack-safe': { say: 'is it safe to crack my back', hear: /usually harmless.*Never force it/ },
  'crack-why': { say: 'why does my back pop', hear: /gas bubble forms in the joint fluid/ },
  'crack-worse': { say: 'can cracking make it worse', hear: /Forcing a crack can strain ligaments/ },
  'crack-often': { say: 'how often can i crack my back', hear: /Less is better/ },
  'crack-someone': { say: 'should someone else crack my back', hear: /Only a licensed professional.*no walking on backs/ },
  'stretch-vs-crack': { say: 'stretching or cracking which is better', hear: /Stretching is the better choice/ },
  'stretch-frequency': { say: 'how often should i stretch', hear: /Three or four times a week/ },
  'hold-length': { say: 'how long should i hold a stretch', hear: /twenty to thirty seconds/ },
  'warm-up': { say: 'should i warm up', hear: /Yes, warm up first/ },
  'feel-little': { say: "i don't feel the stretch", hear: /That's fine\. A stretch should feel like a gentle pull, never pain, and some you'll hardly feel/ },
  'should-hurt': { say: 'should stretching hurt', hear: /gentle pull, never pain.*If it hurts, stop at once/ },
  numbness: { say: 'what if i feel numbness or tingling', hear: /see a doctor soon\. If it's happening right now, stop stretching and tell me\./ },
  'shooting-pain': { say: 'what if pain shoots down my arm', hear: /shoots down an arm.*If it's happening right now/ },
  injury: { say: 'i fell', hear: /After a fall.*get checked by a doctor soon.*If it's happening right now/ },
  'see-doctor': { say: 'when should i see a doctor', hear: /See a doctor soon for numbness.*call 911 now/ },
  causes: { say: 'what causes upper back pain', hear: /long hours of sitting.*Only a doctor can tell/ },
  posture: { say: 'posture tips', hear: /ears, shoulders and hips in one line/ },
  'heat-ice': { say: 'should i use heat or ice', hear: /Heat, like a warm bath.*ice pack/ },
  painkiller: { say: 'can i take a painkiller', hear: /I can't advise on medicines\. Please ask a pharmacist or your doctor/ },
  pregnancy: { say: "i'm pregnant", hear: /check with your doctor or midwife before you start/ },
  osteoporosis: { say: 'i have osteoporosis', hear: /ask your doctor or a physical therapist before you start/ },
  surgery: { say: 'i had surgery', hear: /ask your surgeon or doctor before you start/ },
  disclaimer: { say: 'is this medical advice', hear: /not a doctor, and this is not medical advice/ },
};
const TOPIC_CASES = Object.entries(TOPICS).map(([id, { say, hear }]) => [id, say, hear] as const);

const MENU_OFFER = 'You can ask another question, or choose a routine. Desk break, morning mobility, gentle, or full?';

/** Cut in halfway through the first hold of the last response. */
const duringHold = (user: Conversation) => user.during((segment) => segment.kind === 'hold', 'middle');

/**
 * A user who just started a routine, one stretch at a time (so "next" moves one side on);
 * the next request comes halfway through the first hold.
 */
async function midHold(routine = 'desk break'): Promise<Conversation> {
  const store = new MemoryStore();
  const user = new Conversation({ store, userId: 'amzn1.ask.account.safety' });
  await user.says('open upper back coach');
  await user.says('one at a time');
  await user.says(`start the ${routine}`);
  return duringHold(user);
}

describe('safety questions', () => {
  test.each(TOPIC_CASES)('outside a routine, %s ("%s") is answered, then another question or a routine is offered', async (_id, say, hear) => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says(say);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech.endsWith(MENU_OFFER)).toBe(true);
    expect(reply.ended).toBe(false);
    expect(reply.reprompt).toMatch(/Which routine would you like/);
  });

  test.each(TOPIC_CASES)('mid-stretch, %s ("%s") stops the hold, answers, and offers to go back', async (_id, say, hear) => {
    const user = await midHold();
    const reply = await user.says(say);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech).toMatch(/Say continue to go back to the shoulder rolls, or ask me something else\.$/);
    expect(reply.ssml).not.toContain('<break');
    expect(reply.ended).toBe(false);
    expect(reply.reprompt).toBe('Say continue to go back to the shoulder rolls, or ask me something else.');
  });

  test.each(TOPIC_CASES)('one-shot: "ask upper back coach %s" answers %s and keeps the session open', async (_id, say, hear) => {
    const user = new Conversation();
    const reply = await user.says(`ask upper back coach ${say}`);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech.endsWith(MENU_OFFER)).toBe(true);
    expect(reply.ended).toBe(false);
  });

  test('a first-time one-shot hears the not-medical-advice note, then the answer', async () => {
    const user = new Conversation();
    const reply = await user.says('ask upper back coach is it safe to crack my back');
    expect(reply.speech).toMatch(/^A quick note first\. I'm a stretching guide, not medical advice.*Gently cracking your own back is usually harmless/);
  });

  test('asking "is this medical advice" first thing hears the disclaimer once, not twice', async () => {
    const user = new Conversation();
    const reply = await user.says('ask upper back coach is this medical advice');
    expect(reply.speech).toMatch(/^No\. I'm a stretching guide, not a doctor, and this is not medical advice\./);
    expect(reply.speech).not.toContain('A quick note first');
  });

  test('an unknown topic gets an honest answer and examples of what can be asked', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says('what about yoga mats');
    expect(reply.speech).toMatch(/^I can't answer that one\. A doctor or physical therapist can\. You can ask me things like, is it safe to crack my back/);
    expect(reply.speech.endsWith(MENU_OFFER)).toBe(true);
    expect(reply.ended).toBe(false);
  });

  test('the examples offered after an unknown topic are questions the skill answers', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    for (const [example, hear] of [
      ['is it safe to crack my back', TOPICS['crack-safe'].hear],
      ['how long should i hold a stretch', TOPICS['hold-length'].hear],
      ['should stretching hurt', TOPICS['should-hurt'].hear],
    ] as const) {
      expect((await user.says(example)).speech).toMatch(hear);
    }
  });

  test('an unknown topic mid-stretch still offers to go back to the stretch', async () => {
    const user = await midHold();
    const reply = await user.says('what about yoga mats');
    expect(reply.speech).toMatch(/^I can't answer that one\..*Say continue to go back to the shoulder rolls/);
  });

  test('after the answer outside a routine, the user can pick a routine', async () => {
    const user = new Conversation();
    await user.says('open upper back coach');
    await user.says('should i warm up');
    const reply = await user.says('desk break');
    expect(reply.speech).toContain("Let's do the desk break, about");
  });
});

describe('a question mid-routine keeps the user\'s place', () => {
  test('"continue" after a question cut into a hold goes back to the same stretch', async () => {
    const user = await midHold();
    await user.says('should it hurt');
    const reply = await user.says('continue');
    expect(reply.speech).toMatch(/^Picking up with shoulder rolls\./);
    expect(reply.ssml).toContain('<break');
    expect(reply.speech).toMatch(/Next up, chair backrest stretch\./);
  });

  test('a question during the second side, then "continue", returns to that second side', async () => {
    const user = await midHold();
    await user.says('next');
    const firstSide = await user.says('next');
    expect(firstSide.speech).toMatch(/^Sit up for a moment\./);
    const answer = await duringHold(user).says('how long should i hold a stretch');
    expect(answer.speech).toMatch(/Say continue to go back to the chair backrest stretch, or ask me something else\.$/);
    const reply = await user.says('continue');
    expect(reply.speech).toMatch(/^Picking up with chair backrest stretch, a little lower\. Sit up for a moment\./);
  });

  test('two questions in a row, then "yes", still go back to the stretch', async () => {
    const user = await midHold();
    await user.says('should i warm up');
    const second = await user.says('what causes upper back pain');
    expect(second.speech).toMatch(/Say continue to go back to the shoulder rolls/);
    const reply = await user.says('yes');
    expect(reply.speech).toMatch(/^Picking up with shoulder rolls\./);
  });

  test('a question after a stretch has finished offers the next one, and "continue" goes on to it', async () => {
    const user = await midHold();
    user.after(120); // the shoulder rolls have been heard to the end
    const answer = await user.says('posture tips');
    expect(answer.speech).toMatch(/Say continue to go on to the chair backrest stretch, or ask me something else\.$/);
    const reply = await user.says('continue');
    expect(reply.speech).not.toContain('Picking up');
    expect(reply.speech).toMatch(/Chair backrest stretch\./);
    expect(reply.ssml).toContain('<break');
  });

  test('a question between the two sides of a stretch offers the other side', async () => {
    const user = await midHold();
    for (let i = 0; i < 3; i++) await user.says('next'); // seated twist, first side, heard to the end
    const answer = await user.says('should i use heat or ice');
    expect(answer.speech).toMatch(/Say continue for the other side, or ask me something else\.$/);
    const reply = await user.says('continue');
    expect(reply.speech).toMatch(/^Come slowly back to the middle\./);
  });

  test('a question between the two rounds of the chair stretch offers to go a little lower', async () => {
    const user = await midHold();
    await user.says('next');
    const answer = await user.says('should i use heat or ice');
    expect(answer.speech).toMatch(/Say continue to go a little lower, or ask me something else\.$/);
    const reply = await user.says('continue');
    expect(reply.speech).toMatch(/^Sit up for a moment\./);
  });

  test('a question while paused mid-stretch, then "continue", goes back to that stretch', async () => {
    const user = await midHold();
    await user.says('pause');
    await user.says('should i warm up');
    const reply = await user.says('continue');
    expect(reply.speech).toMatch(/^Picking up with shoulder rolls\./);
  });
});

describe('a question instead of an answer to the resume offer', () => {
  test('leaves the offer standing: "yes" afterwards still picks up the routine', async () => {
    const store = new MemoryStore();
    const monday = new Conversation({ store, userId: 'amzn1.ask.account.offer-question', start: '2026-11-16T08:00:00Z' });
    await monday.says('ask upper back coach to start the desk break');
    await monday.after(5).says('stop');
    const tuesday = new Conversation({ store, userId: 'amzn1.ask.account.offer-question', start: '2026-11-17T08:00:00Z' });
    await tuesday.says('open upper back coach');
    const answer = await tuesday.says('should stretching hurt');
    expect(answer.speech).toMatch(/Say yes to pick up at shoulder rolls, or no to choose a routine\.$/);
    expect((await tuesday.says('yes')).speech).toMatch(/^Picking up with shoulder rolls\./);
  });
});
