import { SYMPTOMS, type SymptomId } from '../../lambda/src/coach/safety';
import { MemoryStore } from '../../lambda/src/stores/memory';
import { Conversation } from '../harness/conversation';
import { FaultyStore } from '../harness/stores';

/** One way to report each symptom, and words the reply must contain. */
const REPORTS: Record<SymptomId, { say: string; hear: RegExp }> = {
  emergency: { say: 'call an ambulance', hear: /That needs help right away/ },
  'chest-pain': { say: 'i have chest pain', hear: /Chest pain or pressure needs help right away/ },
  breathless: { say: "i'm short of breath", hear: /Trouble breathing needs help right away/ },
  'radiating-pain': { say: 'i have pain spreading to my jaw', hear: /spreads to your jaw or arm needs help right away/ },
  'sweating-nausea': { say: "i'm in a cold sweat", hear: /Sweating or feeling sick along with back pain/ },
  faint: { say: 'i feel faint', hear: /Feeling faint along with back pain needs help right away/ },
  numbness: { say: 'my arm is numb', hear: /Numbness in your arms, hands or legs.*see a doctor soon/ },
  tingling: { say: 'my arm is tingling', hear: /Tingling in your arms, hands or legs.*see a doctor soon/ },
  weakness: { say: 'my arm feels weak', hear: /Weakness in an arm or leg.*see a doctor soon/ },
  'shooting-pain': { say: 'i have a shooting pain', hear: /shoots down an arm.*see a doctor soon/ },
  dizzy: { say: 'i feel dizzy', hear: /Sit or lie down now.*If the dizziness doesn't pass quickly, get checked/ },
  fever: { say: 'i have a fever', hear: /Back pain together with a fever.*see a doctor soon/ },
  'bladder-bowel': { say: "i can't control my bladder", hear: /loss of bladder or bowel control needs a doctor's check today/ },
  'weight-loss': { say: "i'm losing weight without trying", hear: /weight loss you can't explain.*see a doctor soon/ },
  pain: { say: 'it hurts', hear: /gentle pull, never pain/ },
  discomfort: { say: "that's uncomfortable", hear: /Ease off until it feels like a gentle pull/ },
};
const cases = (urgency: string) =>
  Object.entries(REPORTS)
    .filter(([id]) => SYMPTOMS[id as SymptomId] === urgency)
    .map(([id, { say, hear }]) => [id, say, hear] as const);
const EMERGENCY = cases('emergency');
const COMPANION = cases('companion');
const PROMPT = cases('prompt');
const EASE = cases('ease');
const RED_FLAGS = [...EMERGENCY, ...PROMPT];

const USER_ID = 'amzn1.ask.account.symptoms';

/** Cut in halfway through the first hold of the last response. */
const duringHold = (user: Conversation) => user.during((segment) => segment.kind === 'hold', 'middle');

/** A user who just started a routine, one stretch at a time; the next request comes halfway through the first hold. */
async function midHold(store = new MemoryStore(), routine = 'desk break'): Promise<Conversation> {
  const user = new Conversation({ store, userId: USER_ID });
  await user.says('open upper back coach');
  await user.says('one at a time');
  await user.says(`start the ${routine}`);
  return duringHold(user);
}

describe('emergency symptoms', () => {
  test.each([
    'emergency',
    'this is an emergency',
    'i need an ambulance',
    "i think i'm having a heart attack",
    "i'm having a stroke",
    'i passed out',
  ])('"%s" mid-stretch is an emergency: stop now, call 911 now', async (say) => {
    const user = await midHold();
    const reply = await user.says(say);
    expect(reply.speech).toMatch(/^Stop now\. That needs help right away\. Call 911 now/);
    expect(reply.ended).toBe(true);
  });

  test.each(EMERGENCY)('mid-stretch, %s ("%s"): stop now, call 911 now, the routine and the session end', async (_id, say, hear) => {
    const user = await midHold();
    const reply = await user.says(say);
    expect(reply.speech).toMatch(/^Stop now\./);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech).toContain('Call 911 now');
    expect(reply.speech).toContain("I've ended the routine.");
    expect(reply.ended).toBe(true);
  });

  test.each(EMERGENCY)('outside a routine, %s ("%s") says to call 911 now and ends the session', async (_id, say, hear) => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says(say);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech).toContain('Call 911 now');
    expect(reply.speech).not.toContain('routine');
    expect(reply.ended).toBe(true);
  });

  test.each(EMERGENCY)('one-shot %s: "ask upper back coach %s" starts with the emergency words, not the first-use note', async (_id, say, hear) => {
    const user = new Conversation();
    const reply = await user.says(`ask upper back coach ${say}`);
    expect(reply.speech).toMatch(/^Stop now\./);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech).toContain('Call 911 now');
    expect(reply.ended).toBe(true);
  });
});

describe('signs alarming only in company: one question, then the answer it calls for', () => {
  const QUESTION = 'Do you also have chest pain or pressure, pain in your arm or jaw, or trouble breathing?';

  test.each(COMPANION)('mid-stretch, %s ("%s"): the stretch stops and one question is asked, nothing held', async (_id, say) => {
    const user = await midHold();
    const reply = await user.says(say);
    expect(reply.speech).toBe(`Let's stop the stretch for a moment. ${QUESTION}`);
    expect(reply.ssml).not.toContain('<break');
    expect(reply.ended).toBe(false);
    // If no answer comes, the reprompt already says what to do.
    expect(reply.reprompt).toMatch(/If you can't answer, or you're not sure, call 911 now\.$/);
  });

  test.each(COMPANION)('%s, then yes: call 911 now, the routine and the session end, nothing to resume', async (_id, say) => {
    const store = new MemoryStore();
    const user = await midHold(store);
    await user.says(say);
    const reply = await user.says('yes');
    expect(reply.speech).toMatch(/^Stop now\. Together, those signs need help right away\. Call 911 now/);
    expect(reply.speech).toContain("I've ended the routine.");
    expect(reply.ended).toBe(true);
    const later = new Conversation({ store, userId: USER_ID });
    expect((await later.says('open upper back coach')).speech).not.toMatch(/pick up/i);
  });

  test('naming an emergency sign instead of yes is a yes', async () => {
    const user = await midHold();
    await user.says("i'm in a cold sweat");
    const reply = await user.says('i have chest pain');
    expect(reply.speech).toMatch(/^Stop now\. Together, those signs need help right away\. Call 911 now/);
    expect(reply.ended).toBe(true);
  });

  test.each(COMPANION)('%s, then no: stop for today and when to get checked; tomorrow offers the same place', async (_id, say) => {
    const store = new MemoryStore();
    const user = await midHold(store);
    await user.says(say);
    const reply = await user.says('no');
    expect(reply.speech).toMatch(/^Good\. Still, please stop stretching for today/);
    expect(reply.speech).toContain('get checked by a doctor');
    expect(reply.speech).toContain('call 911 at once');
    expect(reply.ended).toBe(true);
    const later = new Conversation({ store, userId: USER_ID });
    expect((await later.says('open upper back coach')).speech).toMatch(/pick up/i);
    expect((await later.says('yes')).speech).toMatch(/^Picking up with shoulder rolls\./);
  });

  test.each(['maybe', "i don't know", 'stop'])('an answer that is not yes or no ("%s") says to call 911 to be safe', async (say) => {
    const user = await midHold();
    await user.says('i feel faint');
    const reply = await user.says(say);
    expect(reply.speech).toMatch(/^I couldn't tell for sure, so to be safe, call 911 now/);
    expect(reply.ended).toBe(true);
  });

  test('no answer at all: the session ends after the reprompt, and nothing is kept to resume', async () => {
    const store = new MemoryStore();
    const user = await midHold(store);
    await user.says("i'm in a cold sweat");
    await user.sessionEnds('EXCEEDED_MAX_REPROMPTS');
    const later = new Conversation({ store, userId: USER_ID });
    expect((await later.says('open upper back coach')).speech).not.toMatch(/pick up/i);
  });

  test.each(COMPANION)('outside a routine, %s ("%s") asks the question without a stretch to stop', async (_id, say) => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says(say);
    expect(reply.speech).toBe(QUESTION);
    const no = await user.says('no');
    expect(no.speech).not.toContain('routine');
    expect(no.ended).toBe(true);
  });

  test.each(COMPANION)('one-shot %s: "ask upper back coach %s" starts with the question, not the first-use note', async (_id, say) => {
    const user = new Conversation();
    const reply = await user.says(`ask upper back coach ${say}`);
    expect(reply.speech).toMatch(new RegExp(`^${QUESTION.replace(/[?]/g, '\\?')}`));
    expect(reply.ended).toBe(false);
  });
});

describe('symptoms that need prompt medical care', () => {
  test.each(PROMPT)('mid-stretch, %s ("%s"): stop for today, get checked, the routine and the session end', async (_id, say, hear) => {
    const user = await midHold();
    const reply = await user.says(say);
    expect(reply.speech).toMatch(/^Please stop stretching for today\./);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech).toContain('If it gets worse, or you have chest pain or trouble breathing, call 911.');
    expect(reply.speech).toContain("I've ended the routine.");
    expect(reply.ended).toBe(true);
  });

  test.each(PROMPT)('outside a routine, %s ("%s") advises care and ends the session', async (_id, say, hear) => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says(say);
    expect(reply.speech).toMatch(/^Please stop stretching for today\./);
    expect(reply.speech).toMatch(hear);
    expect(reply.ended).toBe(true);
  });

  test.each(PROMPT)('one-shot %s: "ask upper back coach %s" advises care', async (_id, say, hear) => {
    const user = new Conversation();
    const reply = await user.says(`ask upper back coach ${say}`);
    expect(reply.speech).toMatch(hear);
    expect(reply.ended).toBe(true);
  });
});

describe('a red flag never continues a hold', () => {
  test.each(RED_FLAGS)('after %s ("%s") nothing more is held, and the next session offers no resume', async (_id, say) => {
    const store = new MemoryStore();
    const user = await midHold(store);
    const reply = await user.says(say);
    expect(reply.ssml).not.toContain('<break');
    expect(reply.ended).toBe(true);
    expect(user.sessionOpen).toBe(false);

    const later = new Conversation({ store, userId: USER_ID });
    const welcome = await later.says('open upper back coach');
    expect(welcome.speech).not.toMatch(/pick up/i);
    expect(welcome.speech).toBe('Welcome back to Upper Back Coach. Desk break, morning mobility, gentle, or full?');
    const resume = await later.says('resume');
    expect(resume.speech).toMatch(/^There's no routine in progress\./);
  });

  test('a red flag while paused mid-stretch also ends the routine', async () => {
    const user = await midHold();
    await user.says('pause');
    const reply = await user.says('i have chest pain');
    expect(reply.speech).toContain('Call 911 now');
    expect(reply.ssml).not.toContain('<break');
    expect(reply.ended).toBe(true);
  });
});

describe('ordinary discomfort', () => {
  test.each(EASE)('mid-stretch, %s ("%s") stops the stretch and offers to skip it or go gentle', async (_id, say, hear) => {
    const user = await midHold();
    const reply = await user.says(say);
    expect(reply.speech).toMatch(/^Let's stop this stretch\./);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech).toMatch(/Shall I skip this stretch\? Or say gentle routine for softer stretches\.$/);
    expect(reply.ssml).not.toContain('<break');
    expect(reply.ended).toBe(false);
    expect(reply.reprompt).toBe('Say yes to skip this stretch, or say gentle routine.');
  });

  test.each(EASE)('outside a routine, %s ("%s") advises and offers the routines', async (_id, say, hear) => {
    const user = new Conversation();
    await user.says('open upper back coach');
    const reply = await user.says(say);
    expect(reply.speech).toMatch(hear);
    expect(reply.speech).toMatch(/the gentle routine suits sore days\. Desk break, morning mobility, gentle, or full\?$/);
    expect(reply.ended).toBe(false);
  });

  test.each(EASE)('one-shot %s: "ask upper back coach %s" advises and offers the routines', async (_id, say, hear) => {
    const user = new Conversation();
    const reply = await user.says(`ask upper back coach ${say}`);
    expect(reply.speech).toMatch(hear);
    expect(reply.ended).toBe(false);
  });

  test('"yes" skips the stretch that hurt', async () => {
    const user = await midHold();
    await user.says('it hurts');
    const reply = await user.says('yes');
    expect(reply.speech).toMatch(/^Skipping that one\. Chair backrest stretch\./);
  });

  test('"gentle routine" switches to the gentle routine', async () => {
    const user = await midHold();
    await user.says("that's too much");
    const reply = await user.says('gentle routine');
    expect(reply.speech).toMatch(/^Let's do the gentle routine, about/);
  });

  test('"no" keeps the place without going on', async () => {
    const user = await midHold();
    await user.says('it hurts');
    const reply = await user.says('no');
    // Not "say next": next would move past the stretch the user stopped in.
    expect(reply.speech).toBe("Okay. Say resume when you're ready, or stop to finish for now.");
    expect(reply.ended).toBe(false);
    expect((await user.says('resume')).speech).toMatch(/^Picking up with shoulder rolls\./);
  });

  test('"skip it" after a report of pain skips the whole two-sided stretch, not just this side', async () => {
    const user = await midHold();
    await user.says('next'); // the chair backrest stretch, first side
    await duringHold(user).says('it hurts');
    const reply = await user.says('skip it');
    expect(reply.speech).toMatch(/^Skipping that one\. Seated twist\./);
  });

  test('in the gentle routine, only skipping is offered', async () => {
    const user = await midHold(new MemoryStore(), 'gentle routine');
    const reply = await user.says("that's painful");
    expect(reply.speech).toMatch(/Shall I skip this stretch\?$/);
    expect(reply.speech).not.toContain('say gentle routine');
    expect(reply.reprompt).toBe('Say yes to skip this stretch, or stop to finish for now.');
  });

  test('a symptom Alexa could not match is treated as discomfort', async () => {
    const user = await midHold();
    const reply = await user.says('i feel funny');
    // Not knowing what the user felt, the answer also names the signs that need help.
    expect(reply.speech).toMatch(
      /^Let's stop this stretch\. If anything hurts, ease out of it slowly and rest\. If you feel numbness, tingling, or chest pain, stop and get medical help\. Shall I skip this stretch\?/,
    );
    expect(reply.ssml).not.toContain('<break');
    expect(reply.ended).toBe(false);
  });
});

describe('red flags come before anything about storage', () => {
  test('with saving failing, or the saved progress out of reach, the first words are still "Stop now"', async () => {
    const failingSaves = new FaultyStore();
    const user = new Conversation({ store: failingSaves });
    await user.says('ask upper back coach to start the desk break');
    failingSaves.failWrites = true;
    const reply = await user.after(5).says('i have chest pain');
    expect(reply.speech).toMatch(/^Stop now\./);
    expect(reply.speech).not.toContain("couldn't save");

    const failingReads = new FaultyStore();
    failingReads.failReads = true;
    const oneShot = new Conversation({ store: failingReads });
    const answer = await oneShot.says('tell upper back coach i have chest pain');
    expect(answer.speech).toMatch(/^Stop now\./);
    expect(answer.speech).not.toContain("couldn't reach");
  });
});
