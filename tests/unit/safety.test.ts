import { emptyProgress } from '../../lambda/src/coach/progress';
import {
  SYMPTOM_IDS,
  answerAboutTheOthers,
  answerSafetyQuestion,
  answerSymptomQuestion,
  respondToSymptom,
  symptomUrgency,
  toSafetyTopicId,
  toSymptomId,
  topicAnswer,
  type SymptomId,
} from '../../lambda/src/coach/safety';
import { menu, offer, triage, waiting, type SessionState } from '../../lambda/src/coach/session';
import type { CoachTurn } from '../../lambda/src/coach/turn';
import { createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import { ssmlToText } from '../../lambda/src/speech/ssml';
import en from '../../locales/en.json';

const NOW = Date.parse('2026-11-17T08:00:00Z');
const i18n = createI18n();

function turn(state: SessionState = menu(), locale = 'en-US'): CoachTurn {
  return {
    t: translatorFor(i18n, locale),
    now: NOW,
    timeZone: 'UTC',
    state,
    progress: { ...emptyProgress(), disclaimerHeard: true, unfinished: { routine: 'desk', stretch: 2, side: 1, at: NOW - 60_000 } },
  };
}

/** Mid-hold in the seated twist, second side (the turn as settled from the timeline). */
const inRoutine = waiting({ routine: 'desk', stretch: 2, side: 1 }, 'during', 2, NOW - 120_000);

const text = (reply: { speech: { toSsml(): string } }) => ssmlToText(reply.speech.toSsml());

describe('ids', () => {
  test('only known ids pass; anything else is undefined', () => {
    expect(toSafetyTopicId('crack-safe')).toBe('crack-safe');
    expect(toSafetyTopicId('toString')).toBeUndefined();
    expect(toSafetyTopicId(undefined)).toBeUndefined();
    expect(toSymptomId('chest-pain')).toBe('chest-pain');
    expect(toSymptomId('hasOwnProperty')).toBeUndefined();
  });

  test('urgencies follow the red-flag rules, and an unknown symptom is treated as discomfort', () => {
    const by = (u: string) => SYMPTOM_IDS.filter((id) => symptomUrgency(id) === u).sort();
    expect(by('emergency')).toEqual(['breathless', 'chest-pain', 'emergency', 'radiating-pain']);
    // Alarming only in company: people sweat when they move.
    expect(by('companion')).toEqual(['faint', 'sweating-nausea']);
    expect(by('prompt')).toEqual(['bladder-bowel', 'dizzy', 'fever', 'numbness', 'shooting-pain', 'tingling', 'weakness', 'weight-loss']);
    expect(by('ease')).toEqual(['discomfort', 'pain']);
    expect(symptomUrgency(undefined)).toBe('ease');
  });
});

describe('answerSafetyQuestion', () => {
  test('mid-routine the place is kept and "continue" will return to the same side', () => {
    const reply = answerSafetyQuestion(turn(inRoutine), 'warm-up');
    expect(reply.state).toEqual(inRoutine);
    expect(reply.progress.unfinished).toBeDefined();
    expect(reply.end).toBe(false);
    expect(text(reply)).toMatch(/Say continue to go back to the seated twist/);
  });

  test('outside a routine the menu is the question', () => {
    const reply = answerSafetyQuestion(turn(), 'posture');
    expect(reply.state).toEqual(menu());
    expect(reply.end).toBe(false);
  });

  test('the disclaimer topic counts as the first-use note', () => {
    const fresh = { ...turn(), progress: emptyProgress() };
    expect(answerSafetyQuestion(fresh, 'disclaimer').progress.disclaimerHeard).toBe(true);
    expect(answerSafetyQuestion(fresh, 'posture').progress.disclaimerHeard).toBe(false);
  });

  test('the emergency number comes from the locale data, so a region can set its own', () => {
    const regional = createI18n({ en: { base: en.base, regions: { 'en-GB': { emergency: { number: '999' } } } } });
    const uk = { ...turn(inRoutine), t: translatorFor(regional, 'en-GB') };
    expect(text({ speech: topicAnswer(turn(), 'see-doctor') })).toMatch(/call 911 now/);
    expect(text({ speech: topicAnswer(uk, 'see-doctor') })).toMatch(/call 999 now/);
    expect(text(respondToSymptom(uk, 'chest-pain'))).toContain('Call 999 now');
  });
});

describe('answerSymptomQuestion', () => {
  test('an emergency sign asked about gets its urgency and the number, and the place is kept', () => {
    const reply = answerSymptomQuestion(turn(inRoutine), 'chest-pain');
    expect(text(reply)).toMatch(/^Chest pain or pressure needs help right away\. If that happens, stop at once and call 911/);
    expect(reply.end).toBe(false);
    expect(reply.state).toEqual(inRoutine);
    expect(text(reply)).toMatch(/Say continue to go back to the seated twist/);
  });

  test('a sign that needs a doctor soon says so, and to tell us if it is happening now', () => {
    expect(text(answerSymptomQuestion(turn(), 'tingling'))).toMatch(/^Tingling in your arms.*see a doctor soon\. If it's happening right now, stop stretching and tell me\./);
  });

  test('a sign alarming only in company names the signs that would make it an emergency', () => {
    expect(text(answerSymptomQuestion(turn(), 'sweating-nausea'))).toMatch(
      /^On its own, that's rarely serious\..*chest pain or pressure, pain in your arm or jaw, or trouble breathing, call 911 now\./,
    );
  });

  test('discomfort asked about gets the easing advice', () => {
    expect(text(answerSymptomQuestion(turn(), 'pain'))).toMatch(/^Stop any movement that hurts\./);
  });
});

describe('respondToSymptom', () => {
  test.each(['sweating-nausea', 'faint'] as const)('%s reported stops the stretch and asks one question about the other signs', (symptom) => {
    const reply = respondToSymptom(turn(inRoutine), symptom, [symptom, 'dizzy']);
    expect(text(reply)).toBe("Let's stop the stretch for a moment. Do you also have chest pain or pressure, pain in your arm or jaw, or trouble breathing?");
    expect(text({ speech: reply.reprompt! })).toMatch(/If you can't answer, or you're not sure, call 911 now\.$/);
    expect(reply.end).toBe(false);
    expect(reply.state).toEqual(triage([symptom, 'dizzy'], true));
    expect(reply.progress.unfinished).toBeDefined();
  });

  describe('the answer to that question', () => {
    const asked = (signs: SymptomId[], inRoutine = true) => turn(triage(signs, inRoutine));
    test('yes: the emergency answer, the routine ended, nothing kept to resume', () => {
      const reply = answerAboutTheOthers(asked(['sweating-nausea']), 'yes');
      expect(text(reply)).toBe('Stop now. Together, those signs need help right away. Call 911 now, or ask someone near you to call for you. I\'ve ended the routine. Take care.');
      expect([reply.end, reply.urgent, reply.progress.unfinished]).toEqual([true, true, undefined]);
    });
    test('no: stop for today, rest, when to get checked; the place is kept for another day', () => {
      const reply = answerAboutTheOthers(asked(['sweating-nausea']), 'no');
      expect(text(reply)).toMatch(/^Good\. Still, please stop stretching for today.*get checked by a doctor\. .*call 911 at once\. Take care\.$/);
      expect(reply.end).toBe(true);
      expect(reply.progress.unfinished).toBeDefined();
    });
    test('no, with a sign to see a doctor about heard too: that sign is said, and nothing is kept to resume', () => {
      const reply = answerAboutTheOthers(asked(['faint', 'dizzy']), 'no');
      expect(text(reply)).toMatch(/^Good\. .* Sit or lie down now, somewhere safe\./);
      expect(reply.progress.unfinished).toBeUndefined();
    });
    test('unclear: to be safe, the emergency number', () => {
      const reply = answerAboutTheOthers(asked(['sweating-nausea'], false), 'unclear');
      expect(text(reply)).toBe("I couldn't tell for sure, so to be safe, call 911 now, or ask someone near you to call for you. Take care.");
      expect([reply.end, reply.progress.unfinished]).toEqual([true, undefined]);
    });
  });

  test.each(SYMPTOM_IDS.filter((id) => symptomUrgency(id) === 'emergency' || symptomUrgency(id) === 'prompt'))('%s ends the routine and the session', (symptom) => {
    const reply = respondToSymptom(turn(inRoutine), symptom);
    expect(reply.end).toBe(true);
    expect(reply.reprompt).toBeUndefined();
    expect(reply.state).toEqual(menu());
    expect(reply.progress.unfinished).toBeUndefined();
    expect(reply.speech.toSsml()).not.toContain('<break');
  });

  test('an emergency also clears a resume offer and says the number', () => {
    const offered = turn(offer({ routine: 'desk', stretch: 2, side: 1 }));
    const reply = respondToSymptom(offered, 'breathless');
    expect(reply.state).toEqual(menu());
    expect(reply.progress.unfinished).toBeUndefined();
    expect(text(reply)).toContain('Call 911 now');
  });

  test('discomfort mid-routine keeps the place and asks to skip', () => {
    const reply = respondToSymptom(turn(inRoutine), 'discomfort');
    expect(reply.end).toBe(false);
    expect(reply.state).toEqual({ ...inRoutine, question: 'skip' });
  });

  test('discomfort outside a routine offers the menu', () => {
    const reply = respondToSymptom(turn(), 'pain');
    expect(reply.end).toBe(false);
    expect(reply.state).toEqual(menu());
  });
});
