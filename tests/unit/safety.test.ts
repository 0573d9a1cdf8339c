import { emptyProgress } from '../../lambda/src/coach/progress';
import {
  SYMPTOM_IDS,
  answerSafetyQuestion,
  respondToSymptom,
  symptomUrgency,
  toSafetyTopicId,
  toSymptomId,
  topicAnswer,
} from '../../lambda/src/coach/safety';
import { menu, offer, waiting, type SessionState } from '../../lambda/src/coach/session';
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
    expect(by('emergency')).toEqual(['breathless', 'chest-pain', 'emergency', 'radiating-pain', 'sweating-nausea']);
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

describe('respondToSymptom', () => {
  test.each(SYMPTOM_IDS.filter((id) => symptomUrgency(id) !== 'ease'))('%s ends the routine and the session', (symptom) => {
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
