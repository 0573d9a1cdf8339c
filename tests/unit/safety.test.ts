import type { CoachTurn } from '../../lambda/src/coach/coaching';
import { emptyProgress } from '../../lambda/src/coach/progress';
import {
  SYMPTOM_IDS,
  answerSafetyQuestion,
  answerSymptomQuestion,
  respondToSymptom,
  symptomUrgency,
  toSafetyTopicId,
  toSymptomId,
  topicAnswer,
} from '../../lambda/src/coach/safety';
import { initialSessionState, type SessionState } from '../../lambda/src/coach/session';
import { createI18n, translatorFor } from '../../lambda/src/localization/i18n';
import { ssmlToText } from '../../lambda/src/speech/ssml';
import en from '../../locales/en.json';

const NOW = Date.parse('2026-11-17T08:00:00Z');
const i18n = createI18n();

function turn(state: Partial<SessionState> = {}, locale = 'en-US'): CoachTurn {
  return {
    t: translatorFor(i18n, locale),
    now: NOW,
    timeZone: 'UTC',
    state: { ...initialSessionState(), ...state },
    progress: { ...emptyProgress(), disclaimerHeard: true, unfinished: { routine: 'desk', stretch: 2, side: 1, at: NOW - 60_000 } },
  };
}

/** Mid-hold in the seated twist, second side: its speech is still playing. */
const inRoutine: Partial<SessionState> = {
  position: { routine: 'desk', stretch: 2, side: 1 },
  pending: 'next',
  segmentEndsAt: NOW + 10_000,
  startedAt: NOW - 120_000,
};

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
  test('mid-routine the position is kept and "continue" will return to the same segment', () => {
    const reply = answerSafetyQuestion(turn(inRoutine), 'warm-up');
    expect(reply.state.position).toEqual(inRoutine.position);
    expect(reply.state.pending).toBe('continue');
    expect(reply.state.segmentEndsAt).toBeUndefined();
    expect(reply.state.startedAt).toBe(inRoutine.startedAt);
    expect(reply.progress.unfinished).toBeDefined();
    expect(reply.end).toBe(false);
    expect(text(reply)).toMatch(/Say continue to go back to the seated twist/);
  });

  test('outside a routine the menu is the question', () => {
    const reply = answerSafetyQuestion(turn(), 'posture');
    expect(reply.state.pending).toBe('chooseRoutine');
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
    expect(reply.state.position).toEqual(inRoutine.position);
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
  test.each(['sweating-nausea', 'faint'] as const)(
    '%s reported gets the emergency answer until the one-question triage is in the session state machine',
    (symptom) => {
      const reply = respondToSymptom(turn(inRoutine), symptom);
      expect(text(reply)).toMatch(/^Stop now\..*Call 911 now/);
      expect(reply.end).toBe(true);
    },
  );

  test.each(SYMPTOM_IDS.filter((id) => symptomUrgency(id) !== 'ease'))('%s ends the routine and the session', (symptom) => {
    const reply = respondToSymptom(turn(inRoutine), symptom);
    expect(reply.end).toBe(true);
    expect(reply.reprompt).toBeUndefined();
    expect(reply.state.position).toBeUndefined();
    expect(reply.state.pending).toBeUndefined();
    expect(reply.state.segmentEndsAt).toBeUndefined();
    expect(reply.progress.unfinished).toBeUndefined();
    expect(reply.speech.toSsml()).not.toContain('<break');
  });

  test('an emergency also clears a resume offer and says the number', () => {
    const offered = turn({ pending: 'resume', offer: { routine: 'desk', stretch: 2, side: 1 } });
    const reply = respondToSymptom(offered, 'breathless');
    expect(reply.state.offer).toBeUndefined();
    expect(text(reply)).toContain('Call 911 now');
  });

  test('discomfort mid-routine keeps the place and asks to skip', () => {
    const reply = respondToSymptom(turn(inRoutine), 'discomfort');
    expect(reply.end).toBe(false);
    expect(reply.state.position).toEqual(inRoutine.position);
    expect(reply.state.pending).toBe('skip');
    expect(reply.state.paused).toBe(true);
    expect(reply.state.segmentEndsAt).toBeUndefined();
  });

  test('discomfort outside a routine offers the menu', () => {
    const reply = respondToSymptom(turn(), 'pain');
    expect(reply.end).toBe(false);
    expect(reply.state.pending).toBe('chooseRoutine');
  });
});
